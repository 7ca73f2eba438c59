"""The bookmarks panel in Chinese and English: retitled at once on a switch, no word of the
other language in its interface texts, an accessible name on every control, and colours that
are told apart by shape and name as well as by colour."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDockWidget, QLabel, QLineEdit, QWidget

from tests.ui.bookmarks.test_bookmarks_panel import QUOTE, add_quote, open_resolved, rows
from viewer.core.bookmarks.model import COLORS
from viewer.ui.bookmarks.color_marks import SHAPES, swatch
from viewer.ui.bookmarks.controller import install_bookmarks
from viewer.ui.bookmarks.dialog import BookmarkDialog
from viewer.ui.common import i18n

pytestmark = pytest.mark.gui

# Latin words a Chinese interface keeps: formats and key names.
ALLOWED_LATIN = {
    "JSON",
    "Markdown",
    "PDF",
    "Word",
    "HTML",
    "Ctrl",
    "Shift",
    "Del",
    "Delete",
    "Enter",
}
OTHER = "深圳将支持互联网金融企业开展业务创新"
CJK = re.compile(r"[\u4e00-\u9fff]")


def latin_words(texts: list[str]) -> set[str]:
    return {w for t in texts for w in re.findall(r"[A-Za-z]{2,}", t)} - ALLOWED_LATIN


def interface_texts(root: QWidget) -> list[str]:
    """Every text the interface itself puts on `root` and its children (not document text)."""
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return [t for t in texts if t]


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(root) and w.isEnabled()
    ]


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader announces (a button's own text counts)."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.fixture
def bookmarks(qtbot, window):
    controller = install_bookmarks(window)
    document = open_resolved(qtbot, window, controller)
    add_quote(qtbot, controller, document, QUOTE, color="blue", note="保险")
    add_quote(qtbot, controller, document, OTHER, color="green", tags=("金融",))
    yield controller
    if controller._task is not None:
        controller._task.cancel()


def switch(qtbot, code: str) -> None:
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install(code)


def test_switching_to_chinese_retitles_the_panel_at_once(qtbot, window, bookmarks):
    panel, dock = bookmarks.panel, window.findChild(QDockWidget, "bookmarksDock")
    assert dock.windowTitle() == "Bookmarks"
    assert panel.summary.text() == "2 bookmarks: 2 in place"
    switch(qtbot, "zh")
    assert dock.windowTitle() == "书签"
    assert panel.summary.text() == "2 个书签：2 个位置未变"
    assert panel.memo_button.text() == "摘编…" and panel.all_documents.text() == "全部文档"
    assert panel.filter_edit.placeholderText().startswith("筛选")
    assert all("位置未变" in row for row in rows(panel))
    assert {"▲ 蓝色", "■ 绿色"} <= {p for row in rows(panel) for p in re.split(" · |\n", row)}
    assert not latin_words(interface_texts(panel)), interface_texts(panel)
    assert bookmarks.add_action.text() == "添加书签(&B)…"
    switch(qtbot, "en")
    assert panel.summary.text() == "2 bookmarks: 2 in place"
    assert dock.windowTitle() == "Bookmarks"


def test_english_panel_has_no_chinese(qtbot, bookmarks):
    texts = interface_texts(bookmarks.panel)
    tags_example = "comma or space separated, e.g. 金融, 保险"  # an example of what to type
    assert not [t for t in texts if CJK.search(t) and t != tags_example]


def test_filter_summary_uses_plurals_in_both_languages(qtbot, bookmarks):
    panel = bookmarks.panel
    panel.filter_edit.setText("保险")
    assert panel.summary.text() == "1 of 2 bookmarks match the filter"
    switch(qtbot, "zh")
    assert panel.summary.text() == "2 个书签中有 1 个符合筛选条件"


def test_every_control_has_an_accessible_name_in_the_current_language(qtbot, window, bookmarks):
    panel = bookmarks.panel
    panel.list_view.setCurrentIndex(panel.proxy.index(0, 0))
    dialog = BookmarkDialog(window, quote=QUOTE)
    qtbot.addWidget(dialog)
    controls = focusable(panel) + focusable(dialog)
    assert len(controls) >= 10
    english = {w: spoken_name(w) for w in controls}
    assert all(english.values()), english
    switch(qtbot, "zh")
    # Qt retranslates its own dialog buttons on the LanguageChange event it posts.
    qtbot.waitUntil(lambda: all(CJK.search(spoken_name(w)) for w in controls), timeout=2000)
    for widget in controls:
        name = spoken_name(widget)
        assert name and name != english[widget] and CJK.search(name), english[widget]
        if isinstance(widget, QLineEdit | QComboBox) or widget is panel.list_view:
            assert CJK.search(widget.accessibleDescription())


def test_each_colour_has_its_own_shape_and_a_name(qtbot, bookmarks):
    masks = set()
    for color in COLORS:
        image = swatch(color).pixmap(28, 28).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        mask = bytes(
            image.pixelColor(x, y).alpha() > 128 for y in range(image.height()) for x in range(28)
        )
        masks.add(mask)
    assert len(masks) == len(COLORS)  # six outlines: told apart without seeing colour
    assert len({glyph for _shape, glyph in SHAPES.values()}) == len(COLORS)
    index = bookmarks.panel.proxy.index(0, 0)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        assert "▲ Blue" in index.data(role) or "■ Green" in index.data(role)
    assert "▲ Blue" in index.data(Qt.ItemDataRole.ToolTipRole) or "■ Green" in index.data(
        Qt.ItemDataRole.ToolTipRole
    )
    dialog_box = BookmarkDialog(None, quote=QUOTE, color="pink").color_box
    qtbot.addWidget(dialog_box.window())
    assert dialog_box.currentText() == "◆ Pink"
    switch(qtbot, "zh")
    assert dialog_box.currentText() == "◆ 粉色"


def test_export_and_import_sit_above_quit_whatever_its_text(qtbot, window):
    quit_action = next(a for a in window.actions() if a.objectName() == "quit")
    quit_action.setText("退出(&Q)")  # as a translated File menu shows it
    controller = install_bookmarks(window)
    actions = window.menu("&File").actions()
    assert actions.index(controller.export_action) < actions.index(quit_action)
    assert actions.index(controller.import_action) < actions.index(quit_action)
