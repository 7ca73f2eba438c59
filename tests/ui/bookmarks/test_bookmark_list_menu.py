"""The bookmarks list has a context menu, opened by Shift+F10 or the Menu key at the current
bookmark, in the interface language, whose entries act (issue 15, item 3)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.bookmarks.test_bookmarks_panel import (
    QUOTE,
    TITLE_PART,
    add_quote,
    bookmarks,  # noqa: F401 - fixture
    open_resolved,
    rows,
)
from tests.ui.common.view_menu_keys import (
    action,
    choose,
    open_by_keyboard,
    opened_at_current_item,
    shortcut_of,
    texts,
)
from viewer.ui.common import i18n

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
]
LATIN = re.compile(r"[A-Za-z]{2,}")


def listed(qtbot, window, controller):
    document = open_resolved(qtbot, window, controller)
    add_quote(qtbot, controller, document, QUOTE, note="one")
    panel = controller.panel
    controller.dock.show()
    controller.dock.raise_()
    panel.list_view.setCurrentIndex(panel.proxy.index(0, 0))
    return panel


def test_shift_f10_opens_the_menu_at_the_bookmark(qtbot, window, bookmarks):  # noqa: F811
    panel = listed(qtbot, window, bookmarks)
    menu = open_by_keyboard(qtbot, window, panel.list_view)
    assert texts(menu) == [
        "Go to Passage",
        "Edit Note and Tags…",
        "Colour",
        "Copy Citation",
        "Delete Bookmark",
        "Undo Delete",
        "Excerpt memo…",
    ]
    assert shortcut_of(menu, "Delete Bookmark") == "Del"
    assert shortcut_of(menu, "Copy Citation") == "Ctrl+Shift+C"
    assert shortcut_of(menu, "Edit Note and Tags…") == "F2"
    colours = action(menu, "Colour").menu()
    assert [a.text() for a in colours.actions()] == [
        "● Yellow",
        "■ Green",
        "▲ Blue",
        "◆ Pink",
        "★ Purple",
        "⬢ Orange",
    ]
    assert opened_at_current_item(panel.list_view, menu)
    menu.close()


def test_menu_key_opens_it_too(qtbot, window, bookmarks):  # noqa: F811
    panel = listed(qtbot, window, bookmarks)
    menu = open_by_keyboard(qtbot, window, panel.list_view, Qt.Key.Key_Menu, Qt.KeyboardModifier(0))
    assert "Delete Bookmark" in texts(menu)
    menu.close()


def test_delete_from_the_menu_deletes_and_undo_restores(qtbot, window, bookmarks):  # noqa: F811
    panel = listed(qtbot, window, bookmarks)
    menu = open_by_keyboard(qtbot, window, panel.list_view)
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        choose(menu, "Delete Bookmark")
    assert rows(panel) == []
    menu = open_by_keyboard(qtbot, window, panel.list_view)
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        choose(menu, "Undo Delete")
    assert len(rows(panel)) == 1


def test_colour_and_citation_from_the_menu(qtbot, window, bookmarks):  # noqa: F811
    panel = listed(qtbot, window, bookmarks)
    menu = open_by_keyboard(qtbot, window, panel.list_view)
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        choose(menu, "▲ Blue", "Colour")
    assert panel.current_entry().resolved.bookmark.color == "blue"
    menu = open_by_keyboard(qtbot, window, panel.list_view)
    QGuiApplication.clipboard().setText("")
    choose(menu, "Copy Citation")
    assert QUOTE in QGuiApplication.clipboard().text()
    assert TITLE_PART in QGuiApplication.clipboard().text()


def test_the_menu_speaks_chinese_after_a_switch(qtbot, window, bookmarks):  # noqa: F811
    panel = listed(qtbot, window, bookmarks)
    i18n.install("zh")
    menu = open_by_keyboard(qtbot, window, panel.list_view)
    shown = texts(menu) + [a.text() for a in action(menu, texts(menu)[2]).menu().actions()]
    assert len(shown) == 13
    assert not [t for t in shown if LATIN.search(t)], shown
    menu.close()
