"""The library's document list and its search results have context menus (Shift+F10, the Menu
key, a right-click) at the current row: open, copy the title, copy it in 《》 (issue 15, item 3)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QGuiApplication

from tests.ui.common.view_menu_keys import choose, open_by_keyboard, opened_at_current_item, texts
from tests.ui.library.test_library_search import library, search  # noqa: F401 - fixture
from viewer.ui.common import i18n

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
]
EXPECTED = ["Open", "Copy Title", "Copy Title in 《》"]
LATIN = re.compile(r"[A-Za-z]{2,}")


def current_row(view, row: int = 0):
    view.setCurrentIndex(view.model().index(row, 0))
    return view


def test_document_list_menu_opens_and_copies(qtbot, window, library):  # noqa: F811
    table = current_row(library.view.table)
    menu = open_by_keyboard(qtbot, window, table)
    assert texts(menu) == EXPECTED
    assert opened_at_current_item(table, menu)
    choose(menu, "Copy Title in 《》")
    title = QGuiApplication.clipboard().text()
    assert title.startswith("《") and title.endswith("》") and len(title) > 2
    menu = open_by_keyboard(qtbot, window, table)
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        choose(menu, "Open")
    assert f"《{window.current_document.title}》" == title


def test_search_results_menu_opens_the_document(qtbot, window, library):  # noqa: F811
    search(qtbot, library, "合同")
    results = current_row(library.panel.results)
    menu = open_by_keyboard(qtbot, window, results)
    assert texts(menu) == EXPECTED
    choose(menu, "Copy Title")
    assert QGuiApplication.clipboard().text() == "中华人民共和国合同法"
    menu = open_by_keyboard(qtbot, window, results)
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        choose(menu, "Open")
    assert window.current_document.title == "中华人民共和国合同法"


def test_library_menus_in_chinese(qtbot, window, library):  # noqa: F811
    i18n.install("zh")
    menu = open_by_keyboard(qtbot, window, current_row(library.view.table))
    assert len(texts(menu)) == len(EXPECTED)
    assert not [t for t in texts(menu) if LATIN.search(t)], texts(menu)
    menu.close()


def test_ctrl_shift_f_puts_the_keyboard_in_the_library_search(qtbot, window, library):  # noqa: F811
    from PySide6.QtCore import Qt

    window.activateWindow()
    window.setFocus()
    library.panel.box.setText("合同")
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(library.panel.box.hasFocus, timeout=5000)
    assert library.panel.box.selectedText() == "合同"  # typing replaces the last query


def test_ctrl_shift_r_puts_the_keyboard_in_cited_by(qtbot, window):
    from PySide6.QtCore import Qt

    from viewer.ui.articles.controller import install_articles

    controller = install_articles(window)
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(controller.cited_by.tree.hasFocus, timeout=5000)
    assert controller.cited_dock.isVisible()
