"""The Topics list has a context menu (Shift+F10, the Menu key, a right-click) at the current
topic: go there, copy its title, print or export it (issue 15, item 3)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.common.view_menu_keys import (
    choose,
    open_by_keyboard,
    opened_at_current_item,
    shortcut_of,
    texts,
)
from tests.ui.conftest import BRIEFING, open_and_wait
from viewer.ui.common import i18n

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
]


def test_topics_menu_by_keyboard(qtbot, window):
    document = open_and_wait(qtbot, window, BRIEFING)
    topics = window.pane_list
    topics.setCurrentRow(2)
    menu = open_by_keyboard(qtbot, window, topics)
    assert texts(menu) == [
        "Go to Topic",
        "Copy Title",
        "Print Topic…",
        "Export Topic as PDF…",
    ]
    assert shortcut_of(menu, "Print Topic…") == "Ctrl+P"
    assert opened_at_current_item(topics, menu)
    choose(menu, "Copy Title")
    assert QGuiApplication.clipboard().text() == document.panes[2].title
    menu = open_by_keyboard(qtbot, window, topics)
    choose(menu, "Go to Topic")
    assert window.current_pane_id == document.panes[2].id
    assert window.current_view().hasFocus()


def test_topics_menu_in_chinese(qtbot, window):
    open_and_wait(qtbot, window, BRIEFING)
    i18n.install("zh")
    window.pane_list.setCurrentRow(1)
    menu = open_by_keyboard(qtbot, window, window.pane_list)
    assert len(texts(menu)) == 4
    assert not [t for t in texts(menu) if re.search(r"[A-Za-z]{2,}", t.replace("PDF", ""))]
    menu.close()


def test_a_right_click_opens_the_menu_on_the_clicked_topic(qtbot, window):
    document = open_and_wait(qtbot, window, BRIEFING)
    topics = window.pane_list
    topics.setCurrentRow(0)
    where = topics.visualItemRect(topics.item(3)).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, where, topics.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(topics.viewport(), event)
    menu = topics.view_menu.menu
    qtbot.waitUntil(lambda: menu.isVisible(), timeout=3000)
    assert topics.currentRow() == 3  # the menu acts on the clicked topic
    choose(menu, "Copy Title")
    assert QGuiApplication.clipboard().text() == document.panes[3].title
