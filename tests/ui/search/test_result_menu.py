"""The search results have a context menu (Shift+F10, the Menu key, a right-click) at the
current result: go to the match, cite or bookmark its passage, copy its text (issue 15, item 3)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QGuiApplication

from tests.ui.common.view_menu_keys import (
    choose,
    open_by_keyboard,
    opened_at_current_item,
    shortcut_of,
    texts,
)
from tests.ui.search.test_search_panel import run_query, search  # noqa: F401 - fixture
from viewer.ui.common import i18n
from viewer.ui.common.hit_list import HIT_ROLE

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
]
EXPECTED = ["Go to Match", "Copy Citation", "Bookmark Passage…", "Copy Text"]


@pytest.fixture
def results(qtbot, window, search):  # noqa: F811
    from viewer.ui.bookmarks.controller import install_bookmarks
    from viewer.ui.window.context_menus import wire_result_menu

    wire_result_menu(window, search, install_bookmarks(window))
    run_query(qtbot, search, "红包")
    view = search.panel.results
    view.setCurrentIndex(view.model().index(1, 0))
    return view


def test_shift_f10_on_a_result(qtbot, window, results):
    menu = open_by_keyboard(qtbot, window, results)
    assert texts(menu) == EXPECTED
    assert shortcut_of(menu, "Bookmark Passage…") == "Ctrl+D"
    assert shortcut_of(menu, "Copy Citation") == "Ctrl+Shift+C"
    assert opened_at_current_item(results, menu)
    hit = results.currentIndex().data(HIT_ROLE)
    QGuiApplication.clipboard().setText("")
    choose(menu, "Copy Text")
    assert QGuiApplication.clipboard().text() == hit.text


def test_copy_citation_cites_the_results_passage(qtbot, window, results):
    hit = results.currentIndex().data(HIT_ROLE)
    menu = open_by_keyboard(qtbot, window, results)
    QGuiApplication.clipboard().setText("")
    choose(menu, "Copy Citation")
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("“" + hit.text[:10]) and "——《" in copied
    assert window.current_pane_id == hit.pane_id  # the match is shown as well


def test_the_results_menu_in_chinese(qtbot, window, search, results):  # noqa: F811
    i18n.install("zh")
    run_query(qtbot, search, "腾讯")  # the switch re-lists the results: a fresh list
    results.setCurrentIndex(results.model().index(0, 0))
    menu = open_by_keyboard(qtbot, window, results)
    assert len(texts(menu)) == len(EXPECTED)
    assert not [t for t in texts(menu) if re.search(r"[A-Za-z]{2,}", t)], texts(menu)
    menu.close()
