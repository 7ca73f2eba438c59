"""The comparison window and the newer-version bar in the reader's language, switched at once;
changes marked by shape and label as well as colour; every control named."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from tests.ui.versions.test_versions import _compare, library  # noqa: F401 - a fixture
from viewer.ui.common import i18n
from viewer.ui.versions.controller import install_versions
from viewer.ui.versions.version_bar import VersionBar

pytestmark = pytest.mark.gui
CJK = re.compile(r"[\u3400-\u9fff]")
KEYS = re.compile(r"Shift\+F7|F7")


def _switch(qtbot, code: str) -> None:
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install(code)


def _latin_words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{2,}", KEYS.sub("", text))


def _controls(view) -> list[QWidget]:
    return [
        w
        for w in view.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(view)
    ]


def _labels(view) -> list[str]:
    """Every text of the window's own (the documents' titles and articles left out)."""
    texts = [view.summary.text()]
    for widget in _controls(view):
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        texts.append(widget.property("text") if isinstance(widget.property("text"), str) else "")
    return texts


def test_comparison_window_switches_language_at_once(qtbot, library):  # noqa: F811
    view = _compare(qtbot, library / "示例法(2015-03-15).md", library / "示例法(2023-03-13).md")
    assert view.windowTitle().startswith("Compare Versions — ")
    assert not any(CJK.search(text) for text in _labels(view))
    _switch(qtbot, "zh")
    assert view.windowTitle() == "新旧对照——示例法（2015-03-15） → 示例法（2023-03-13）"
    assert view.summary.text() == "4 条改号，1 条修改，1 条移动，1 条新增，1 条删除"
    assert view.next_button.text() == "下一处改动 ▶" and view.changes_only.text() == "只看改动"
    assert not [w for text in _labels(view) for w in _latin_words(text)]
    text = view.browser.toPlainText()
    assert text.startswith("图例：删除的文字 · 新增的文字 · + 新增 − 删除 ~ 修改 ↕ 移动")
    assert "第一条 → 第二条 · # 改号" in text and "第三条 · − 删除" in text
    _switch(qtbot, "en")
    assert view.summary.text() == "4 renumbered, 1 changed, 1 moved, 1 added, 1 removed"
    assert "第三条 · − removed" in view.browser.toPlainText()
    assert view.windowTitle().endswith("示例法 (2015-03-15) → 示例法 (2023-03-13)")


def test_every_control_of_the_comparison_has_a_name_and_description(qtbot, library):  # noqa: F811
    view = _compare(qtbot, library / "示例法(2015-03-15).md", library / "示例法(2023-03-13).md")
    for code in ("en", "zh"):
        _switch(qtbot, code)
        for widget in _controls(view):
            assert widget.accessibleName() or widget.property("text"), widget
            assert widget.accessibleDescription(), widget
    assert view.browser.accessibleName() == "对照内容"


def test_changes_are_marked_by_shape_and_label_not_colour_alone(qtbot, library):  # noqa: F811
    view = _compare(qtbot, library / "示例法(2015-03-15).md", library / "示例法(2023-03-13).md")
    qtbot.keyClick(view, Qt.Key.Key_F7)
    html = view.browser.toHtml().replace(" ", "")
    # the changed character: struck through on the old side, underlined on the new side
    document = view.browser.document()
    for changed, shape in (("三月", "fontStrikeOut"), ("四月", "fontUnderline")):
        cursor = document.find(changed)
        cursor.setPosition(cursor.selectionStart() + 1)  # the format of the character before
        assert getattr(cursor.charFormat(), shape)(), changed
        cursor.setPosition(cursor.position() + 1)
        assert not getattr(cursor.charFormat(), shape)(), changed  # 月 is the same in both
    assert "text-decoration:line-through" in html and "text-decoration:underline" in html
    rows = view.browser.toPlainText()
    assert "· + added" in rows and "· − removed" in rows and "· ↕ moved" in rows
    assert "▶ + added" in rows  # the current change (F7) is marked in text, not only shaded


def test_version_bar_and_menu_follow_the_language(qtbot, window):
    bar = VersionBar()
    qtbot.addWidget(bar)
    bar.show_newer("2023-03-13", "/x/示例法.md")
    assert bar.label.text() == "A newer version (2023-03-13) is in the library —"
    controller = install_versions(window)
    assert controller.compare_action.text() == "Compare &With…"
    _switch(qtbot, "zh")
    assert bar.label.text() == "文库中有较新的版本（2023-03-13）——"
    assert [b.text() for b in (bar.open_button, bar.compare_button, bar.carry_button)] == [
        "打开",
        "比较",
        "迁移书签",
    ]
    assert bar.close_button.accessibleName() == "关闭"
    assert controller.compare_action.text() == "版本比较(&W)…"
    file_actions = window.findChild(QAction, "quit").associatedObjects()
    assert any(controller.compare_action in getattr(m, "actions", list)() for m in file_actions)


def test_tab_cycles_through_the_comparison_without_a_trap(qtbot, library):  # noqa: F811
    view = _compare(qtbot, library / "示例法(2015-03-15).md", library / "示例法(2023-03-13).md")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    view.changes_only.setFocus()
    qtbot.waitUntil(view.changes_only.hasFocus, timeout=2000)
    seen = []
    for _ in range(4):
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Tab)
        seen.append(view.focusWidget())
    assert seen == [view.previous_button, view.next_button, view.browser, view.changes_only]
