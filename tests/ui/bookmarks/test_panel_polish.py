"""Small things a new user hit in the panels (issue 8, item 15): the empty pane filter before a
query, "1 matches", two styles of zoom label, the bookmark count ignoring the filter, the clear
button left in an emptied box, bookmarks needing a double click."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from tests.ui.bookmarks.test_bookmarks_panel import QUOTE, add_quote, open_resolved, rows
from tests.ui.conftest import BRIEFING, open_and_wait
from tests.ui.search.test_search_panel import TIMEOUT, run_query
from viewer.ui.bookmarks.controller import install_bookmarks
from viewer.ui.search.panel import install_search

pytestmark = pytest.mark.gui


@pytest.fixture
def search(qtbot, window):
    controller = install_search(window)
    window.search_panel.parentWidget().show()  # a dock added to a shown window starts hidden
    open_and_wait(qtbot, window, BRIEFING)
    qtbot.waitUntil(lambda: controller.ready, timeout=TIMEOUT)
    return controller


@pytest.fixture
def bookmarks(window):
    controller = install_bookmarks(window)
    yield controller
    if controller._task is not None:
        controller._task.cancel()


def test_pane_filter_appears_only_with_results(qtbot, search):
    combo = search.panel.pane_combo
    assert not combo.isVisible()  # an empty drop-down under the box before any query
    run_query(qtbot, search, "红包")
    assert combo.isVisible() and combo.count() > 1


def test_one_match_is_singular_everywhere(qtbot, search):
    results = run_query(qtbot, search, "复制在保险业")
    assert results.match_count == 1
    qtbot.waitUntil(lambda: search.status_label.text() != "")
    assert search.status_label.text() in ("1 match", "match 1 of 1")
    assert "1 match in 1 passage, 1 topic" in search.panel.message.text()


def test_zoom_label_has_one_style(window):
    labels = []
    for step in (0, 3, -2, 0):
        window.set_zoom(step)
        labels.append(window.zoom_label.text())
    assert labels == ["Zoom 100%", "Zoom 125%", "Zoom 83%", "Zoom 100%"]
    assert all(re.fullmatch(r"Zoom \d+%", label) for label in labels)


def clear_button(line_edit) -> QToolButton:
    return line_edit.findChild(QToolButton)


def test_escape_leaves_no_clear_button_in_the_empty_box(qtbot, search):
    box = search.panel.box
    run_query(qtbot, search, "红包")
    qtbot.waitUntil(lambda: clear_button(box).isVisible())
    search.panel.clear()
    assert box.text() == ""
    qtbot.waitUntil(lambda: not clear_button(box).isVisible())  # it fades out


def test_bookmark_header_counts_what_the_filter_shows(qtbot, window, bookmarks):
    document = open_resolved(qtbot, window, bookmarks)
    add_quote(qtbot, bookmarks, document, QUOTE, note="保险")
    add_quote(qtbot, bookmarks, document, "马化腾", note="人物")
    add_quote(qtbot, bookmarks, document, "深圳", note="城市")
    panel = bookmarks.panel
    assert panel.summary.text().startswith("3 bookmarks")
    panel.filter_edit.setText("人物")
    assert len(rows(panel)) == 1
    assert panel.summary.text().startswith("1 of 3 bookmarks")
    panel.filter_edit.clear()
    assert panel.summary.text().startswith("3 bookmarks")


def test_one_click_opens_a_bookmark(qtbot, window, bookmarks):
    document = open_resolved(qtbot, window, bookmarks)
    add_quote(qtbot, bookmarks, document, QUOTE)
    window.show_pane(document.panes[0].id)
    target = next(p for p in document.panes if QUOTE in p.text)
    assert window.current_pane_id != target.id
    panel = bookmarks.panel
    rect = panel.list_view.visualRect(panel.proxy.index(0, 0))
    qtbot.mouseClick(panel.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current_pane_id == target.id)
    assert window.current_view().highlight_ranges()
