"""A started window's first frame is its reading view; the panels, menus and status bar follow
right after it is painted, with the document's topics and the panels' saved places."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget

from viewer.cli.main import build_parser

pytestmark = pytest.mark.gui


def start(qtbot, path, *options):
    from viewer.ui.window.app import open_window

    args = build_parser().parse_args([str(path), "--theme", "light", *options])
    window = open_window(QApplication.instance(), args, path, None, None)
    qtbot.addWidget(window)
    return window


def finish(qtbot, window) -> None:
    from viewer.ui.common.workers import wait_for_all

    qtbot.waitUntil(lambda: getattr(window, "search_panel", None) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.search_panel.controller.ready, timeout=30_000)
    wait_for_all(30_000)
    window.close()


def docks(window) -> dict[str, QDockWidget]:
    return {dock.objectName(): dock for dock in window.findChildren(QDockWidget)}


def test_a_cached_document_is_the_first_frame_and_the_panels_follow_it(qtbot, sample_md):
    finish(qtbot, start(qtbot, sample_md))  # the first launch fills the document cache
    window = start(qtbot, sample_md)
    assert window.current_view() is not None  # shown before the window appears
    assert not window.chrome_built and docks(window) == {}  # the first frame: reading only
    qtbot.waitUntil(lambda: window.chrome_built, timeout=10_000)
    document = window.current_document
    names = set(docks(window))
    assert docks(window)["topicsDock"].isVisible() and docks(window)["outlineDock"].isVisible()
    assert {"topicsDock", "outlineDock", "metadataDock", "searchDock", "bookmarksDock"} <= names
    titles = [window.pane_list.item(row).text() for row in range(window.pane_list.count())]
    assert titles == [pane.title for pane in document.panes]
    assert window.pane_list.currentRow() == document.panes.index(
        document.pane(window.current_pane_id)
    )
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&File" in menus and "&View" in menus
    assert window.zoom_label.text() == "Zoom 100%"
    finish(qtbot, window)


def test_a_document_being_parsed_shows_the_panels_and_its_progress_at_once(qtbot, sample_md):
    window = start(qtbot, sample_md)  # not in the cache: parsed on a worker
    assert window.chrome_built and window._load_task is not None
    assert window.busy.isVisibleTo(window) and "topicsDock" in docks(window)
    qtbot.waitUntil(lambda: window.current_document is not None, timeout=10_000)
    assert not window.busy.isVisibleTo(window)
    finish(qtbot, window)


def test_a_cached_document_is_in_the_first_frame_and_its_panels_come_back(qtbot, sample_md):
    first = start(qtbot, sample_md)
    qtbot.waitUntil(lambda: first.chrome_built and first.current_document is not None)
    docks(first)["outlineDock"].close()  # the user closed a panel
    finish(qtbot, first)

    second = start(qtbot, sample_md)  # the document comes from the parsed-document cache
    assert second.current_document is not None and second.current_view() is not None
    assert not second.chrome_built
    qtbot.waitUntil(lambda: second.chrome_built, timeout=10_000)
    shown = docks(second)
    assert not shown["outlineDock"].isVisible() and shown["topicsDock"].isVisible()
    assert second.pane_list.count() == len(second.current_document.panes)
    finish(qtbot, second)


def test_a_language_chosen_on_the_command_line_is_checked_in_the_menu(qtbot, sample_md):
    window = start(qtbot, sample_md, "--lang", "en")
    qtbot.waitUntil(lambda: window.chrome_built, timeout=10_000)
    assert window.language_actions["en"].isChecked()
    finish(qtbot, window)


def test_a_shortcut_pressed_before_the_menus_exist_acts_once_they_do(qtbot, sample_md):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    finish(qtbot, start(qtbot, sample_md))  # the first launch fills the document cache
    window = start(qtbot, sample_md)
    assert not window.chrome_built  # no Go menu, no Ctrl+2 yet
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    document = window.current_document
    qtbot.waitUntil(lambda: window.current_pane_id == document.panes[1].id, timeout=10_000)
    finish(qtbot, window)


def test_a_document_that_cannot_be_opened_still_gets_the_whole_window(qtbot, tmp_path):
    """A damaged PDF given at start is never painted: search, bookmarks and their menus come
    all the same (they waited for the first paint), and a document opened next works."""
    broken = tmp_path / "报告.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    window = start(qtbot, broken)
    window.quiet_errors = True  # no modal dialog in a test
    qtbot.waitUntil(lambda: getattr(window, "search_panel", None) is not None, timeout=30_000)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Search" in menus and "&Bookmarks" in menus
    assert window.current_document is None
    from viewer.ui.common.workers import wait_for_all

    wait_for_all(30_000)
    window.close()
