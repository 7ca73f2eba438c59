"""Help › Keyboard Shortcuts: generated from the window's live actions, grouped, filterable in
English and Chinese, complete against the README, usable from the keyboard alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from viewer.ui.common import i18n
from viewer.ui.help.menu import show_shortcuts
from viewer.ui.help.shortcut_list import key_name

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[3]
PORTABLE = QKeySequence.SequenceFormat.PortableText
CJK = re.compile(r"[\u3400-\u9fff]")
# Latin words allowed in the Chinese interface: key names and the like
KEY_WORDS = {"Ctrl", "Shift", "Alt", "Meta", "G"}


def readme_keys() -> list[str]:
    """Every key sequence in the README's "Keyboard shortcuts" table (first column)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## Keyboard shortcuts", 1)[1].split("\n\n", 2)[1]
    keys = []
    for row in table.splitlines()[2:]:
        cell = row.split("|")[1]
        cell = re.sub(r"\([a-z][a-z ]*\)", " ", cell)  # "(bookmarks panel)": where, not a key
        for token in re.split(r"[\s,]+", cell):  # "/" and "…" alone separate; "Ctrl+/" is a key
            token = token.strip("()")
            if token and token not in ("/", "…"):
                keys.append(token.replace("PgDn", "PgDown"))
    return keys


def shown_keys(dialog) -> set[str]:
    return {key for entry in dialog.shown_entries() for key in (*entry.keys, *entry.portable)}


def entry_for(dialog, key: str):
    sequence = QKeySequence(key)
    return next(
        (
            e
            for e in dialog.shown_entries()
            if key_name(sequence) in e.keys or sequence.toString(PORTABLE) in e.portable
        ),
        None,
    )


@pytest.fixture
def dialog(qtbot, full_window):
    full_window.activateWindow()
    dialog = show_shortcuts(full_window)
    qtbot.waitExposed(dialog)
    return dialog


def test_every_shortcut_in_the_readme_is_listed(dialog):
    keys = readme_keys()
    assert len(keys) > 25, keys  # the parse found the table
    missing = [k for k in keys if QKeySequence(k).toString(PORTABLE) not in shown_keys(dialog)]
    assert not missing, f"README shortcuts missing from the dialog: {missing}"


def test_panel_keys_are_listed_in_their_groups(dialog):
    where = {
        "Del": "Bookmarks",
        "F2": "Bookmarks",
        "Ctrl+Z": "Bookmarks",
        "Return": "Search",
        "Shift+Return": "Search",
        "F3": "Search",
        "Esc": "Search",
        "F7": "Comparison",
        "Shift+F7": "Comparison",
        "Ctrl+G": "Articles",
        "Alt+Left": "Articles",
        "Ctrl+O": "File",
        "Ctrl+0": "View",
        "Ctrl+PgDown": "Go",
        "F1": "Help",
    }
    for key, group in where.items():
        entry = entry_for(dialog, key)
        assert entry is not None, key
        assert entry.group == group, (key, entry)
        assert entry.text, key
    groups = dialog.shown_groups()
    assert groups[:4] == ["File", "View", "Go", "Search"]  # the menu bar's order first
    assert groups[-1] == "Help" and "Comparison" in groups
    assert len(groups) == len(set(groups))


def test_a_new_action_shows_up_without_any_list_to_update(qtbot, full_window, dialog):
    action = QAction("Frobnicate the Text", full_window)
    action.setShortcut(QKeySequence("Ctrl+Alt+J"))
    full_window.menu("&View").addAction(action)
    panel_key = QAction("Tidy the Library", full_window.search_panel)
    panel_key.setShortcut(QKeySequence("Ctrl+Alt+L"))
    panel_key.setProperty("shortcut_group", "Library")
    full_window.search_panel.addAction(panel_key)
    show_shortcuts(full_window)  # opened again: read again
    entry = entry_for(dialog, "Ctrl+Alt+J")
    assert (entry.group, entry.text) == ("View", "Frobnicate the Text")
    entry = entry_for(dialog, "Ctrl+Alt+L")
    assert (entry.group, entry.text) == ("Library", "Tidy the Library")
    action.setText("Frobnicate Again")  # a changed action is read again, too
    show_shortcuts(full_window)
    assert entry_for(dialog, "Ctrl+Alt+J").text == "Frobnicate Again"


def test_filter_narrows_the_list_as_you_type(qtbot, dialog):
    everything = len(dialog.shown_entries())
    QTest.keyClicks(dialog.filter, "zoom")
    shown = dialog.shown_entries()
    assert 0 < len(shown) < everything
    assert all("zoom" in e.text.lower() for e in shown)
    dialog.filter.clear()
    QTest.keyClicks(dialog.filter, "ctrl+g")  # by key, in any case
    assert [e.keys for e in dialog.shown_entries()] == [("Ctrl+G",)]
    dialog.filter.clear()
    QTest.keyClicks(dialog.filter, "no such thing")
    assert not dialog.shown_entries() and not dialog.empty.isHidden()
    dialog.filter.clear()
    assert len(dialog.shown_entries()) == everything and dialog.empty.isHidden()


def test_chinese_interface_switches_the_open_dialog_at_once(qtbot, dialog):
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install("zh")
    assert dialog.windowTitle() == "键盘快捷键"
    assert dialog.tree.headerItem().text(0) == "功能"
    groups = dialog.shown_groups()
    for chinese in ("文件", "视图", "搜索", "书签", "条文", "版本比较", "帮助"):
        assert chinese in groups
    own_texts = [
        dialog.windowTitle(),
        dialog.filter.placeholderText(),
        dialog.filter.accessibleName(),
        dialog.tree.accessibleName(),
        dialog.tree.headerItem().text(0),
        dialog.tree.headerItem().text(1),
        *groups,
        entry_for(dialog, "F1").text,
        dialog.close_button.text(),
    ]
    for text in own_texts:
        latin = set(re.findall(r"[A-Za-z]+", text)) - KEY_WORDS
        assert not latin and CJK.search(text), text
    for entry in dialog.shown_entries():  # Return and Enter both read 回车: shown once
        assert len(set(entry.keys)) == len(entry.keys), entry
    dialog.filter.setText("快捷键")  # typed CJK text arrives the same way
    shown = dialog.shown_entries()
    assert [e.text for e in shown] == ["键盘快捷键"]
    dialog.filter.setText("书签")  # a group name finds its entries
    assert {e.group for e in dialog.shown_entries()} == {"书签"}
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install("en")
    assert dialog.windowTitle() == "Keyboard Shortcuts"
    for text in (dialog.filter.placeholderText(), *dialog.shown_groups()):
        assert not CJK.search(text), text


def test_keyboard_alone_opens_filters_and_closes_it(qtbot, full_window):
    full_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is full_window)
    QTest.keyClick(full_window, Qt.Key.Key_F1)
    dialog = full_window.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.filter.hasFocus)  # typing filters at once
    for widget in (dialog.filter, dialog.tree, dialog.close_button):
        assert widget.accessibleName() or widget.text(), widget
        assert widget.accessibleDescription(), widget
    order = []
    for _ in range(6):  # Tab goes round the dialog: filter, list, Close, filter
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert {dialog.tree, dialog.close_button, dialog.filter} <= set(order)
    dialog.filter.setFocus()
    qtbot.waitUntil(dialog.filter.hasFocus)
    QTest.keyClick(dialog.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    full_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is full_window)
    QTest.keyClick(full_window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.isVisible)
    dialog.close()


def test_help_menu_holds_both_entries(full_window):
    actions = full_window.help_actions
    assert actions["shortcuts"].text().replace("&", "") == "Keyboard Shortcuts"
    assert actions["guide"].text().replace("&", "") == "User Guide"
    keys = [s.toString() for s in actions["shortcuts"].shortcuts()]
    assert keys == ["F1", "Ctrl+/"]


def test_actions_made_after_the_dialog_are_shown_retranslated(qtbot, full_window, dialog):
    from viewer.ui.common.i18n import translate

    late = QAction(full_window)  # e.g. a feature installed after the dialog first opened
    late.setShortcut(QKeySequence("Ctrl+Alt+H"))
    full_window.menu("&Help").addAction(late)
    i18n.live(late, lambda: late.setText(translate("Help", "User Guide")))
    dialog.refresh()
    assert entry_for(dialog, "Ctrl+Alt+H").text == "User Guide"
    i18n.install("zh")
    qtbot.waitUntil(lambda: entry_for(dialog, "Ctrl+Alt+H").text == "使用指南")


def test_only_keys_a_pc_keyboard_has_are_shown(dialog):
    """Qt's standard Undo also binds F14 and the Sun keyboard's Undo key (issue 15, D17)."""
    keys = {key for entry in dialog.shown_entries() for key in entry.keys}
    assert not {"F14", "Undo", "Redo", "Copy", "Paste"} & keys, keys
    assert entry_for(dialog, "Ctrl+Z").keys[0] == "Ctrl+Z"


def test_topic_keys_are_one_row_whatever_the_document(qtbot, full_window, dialog):
    from tests.ui.conftest import BRIEFING, open_and_wait

    document = open_and_wait(qtbot, full_window, BRIEFING)
    assert len(document.panes) < 9
    dialog.refresh()
    rows = [e for e in dialog.shown_entries() if "Ctrl+1" in e.portable]
    assert [(r.group, r.text, r.keys) for r in rows] == [
        ("Go", "Go to topic 1–9", ("Ctrl+1 … Ctrl+9",))
    ]
    assert not [e for e in dialog.shown_entries() if e.text.startswith("Topic ")]
    dialog.filter.setText("ctrl+7")  # a key inside the run still finds the row
    assert [e.text for e in dialog.shown_entries()] == ["Go to topic 1–9"]


def test_key_names_read_the_same_in_both_languages(qtbot, dialog):
    english = {e.portable: e.keys for e in dialog.shown_entries()}
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install("zh")
    chinese = {e.portable: e.keys for e in dialog.shown_entries()}
    assert chinese == english  # "Alt+Left" beside "Ctrl+PgDown", never "Alt+左方向"
    assert not [k for keys in chinese.values() for k in keys if CJK.search(k)]
    topic_row = next(e for e in dialog.shown_entries() if "Ctrl+1" in e.portable)
    assert topic_row.text == "转到第 1–9 个专题"
