"""Relaunching a library: the first results come from the index already built, without
waiting for the check for changed files (issue 9, target 2)."""

from __future__ import annotations

import pytest

from tests.ui.library.test_library_panels import make_library
from viewer.core.library.index import LibraryIndex
from viewer.core.library.lock import IndexLock

pytestmark = pytest.mark.gui


def test_a_query_typed_at_relaunch_is_answered_before_the_update_check_ends(
    qtbot, window, tmp_path
):
    from viewer.ui.library.docks import install_library, open_library

    folder = make_library(tmp_path / "lib")
    index = LibraryIndex(folder)
    index.update(procs=1)  # the earlier session's index
    blocker = IndexLock(index.dir)  # another window is updating it: the check must wait
    assert blocker.acquire()
    library = install_library(window)
    checked = []
    library.indexing_finished.connect(checked.append)
    try:
        library.set_query("制定本法")  # typed while the library opens
        with qtbot.waitSignal(
            library.search_finished, timeout=20_000, check_params_cb=lambda r: r is not None
        ) as shown:
            open_library(window, folder)
        results = shown.args[0]
        assert results.total_documents == 3 and results.total_exact
        assert not checked  # the update check has not ended (it waits for the other window)
        qtbot.waitUntil(lambda: library.indexing, timeout=20_000)  # it starts after the results
    finally:
        blocker.release()
        with qtbot.waitSignal(library.indexing_finished, timeout=30_000):
            pass
        library.shutdown()


def test_a_query_typed_at_relaunch_is_answered_while_the_files_are_still_listed(
    qtbot, window, tmp_path, monkeypatch
):
    import threading

    from viewer.ui.library import controller
    from viewer.ui.library.docks import install_library, open_library

    folder = make_library(tmp_path / "lib")
    LibraryIndex(folder).update(procs=1)  # the earlier session's index
    listing_may_end = threading.Event()
    real_listing = controller.list_library

    def slow_listing(index):  # a big folder on a slow disk: listing takes a while
        listing_may_end.wait(30)
        return real_listing(index)

    monkeypatch.setattr(controller, "list_library", slow_listing)
    library = install_library(window)
    try:
        library.set_query("制定本法")  # typed while the library opens
        with qtbot.waitSignal(
            library.search_finished, timeout=20_000, check_params_cb=lambda r: r is not None
        ) as shown:
            open_library(window, folder)
        assert shown.args[0].total_documents == 3
        assert library.entries == []  # the folder's files are not listed yet
    finally:
        listing_may_end.set()
        with qtbot.waitSignal(library.opened, timeout=20_000):
            pass
        library.shutdown()
    assert len(library.entries) >= 3


def test_the_folder_is_listed_after_the_first_results_not_beside_them(
    qtbot, window, tmp_path, monkeypatch
):
    """Listing the files (a stat of each) and the first search are both Python work: side by
    side they share one core and the results come later."""
    import threading

    from viewer.ui.library import controller
    from viewer.ui.library.docks import install_library, open_library

    folder = make_library(tmp_path / "lib")
    LibraryIndex(folder).update(procs=1)
    shown = threading.Event()
    listed_after_results = []
    real_listing = controller.list_library

    def listing(index):
        listed_after_results.append(shown.is_set())
        return real_listing(index)

    monkeypatch.setattr(controller, "list_library", listing)
    library = install_library(window)
    library.search_finished.connect(lambda r: r is not None and shown.set())
    try:
        library.set_query("制定本法")
        with qtbot.waitSignal(library.opened, timeout=20_000):
            open_library(window, folder)
        assert listed_after_results == [True]
        assert library.last_results.total_documents == 3
    finally:
        library.shutdown()


def test_the_first_results_need_no_stat_of_every_file_and_count_a_changed_folder_right(
    qtbot, window, tmp_path, monkeypatch
):
    from viewer.core.library import search as library_search
    from viewer.ui.library.docks import install_library, open_library

    folder = make_library(tmp_path / "lib")
    index = LibraryIndex(folder)
    index.update(procs=1)  # the earlier session's index: 5 files
    (folder / "新法.md").write_text("# 新法\n\n第一条 为了测试，制定本法。\n", encoding="utf-8")
    scanned, count = [], library_search.count_documents
    counted = lambda *a: scanned.append(a) or count(*a)  # noqa: E731
    monkeypatch.setattr(library_search, "count_documents", counted)
    blocker = IndexLock(index.dir)  # the update waits: the new file stays unindexed meanwhile
    assert blocker.acquire()
    library = install_library(window)
    try:
        library.set_query("制定本法")
        with qtbot.waitSignal(
            library.search_finished, timeout=20_000, check_params_cb=lambda r: r is not None
        ) as first:
            open_library(window, folder)
        assert not scanned  # counted from the saved file list
        assert first.args[0].library_documents == 5 and not first.args[0].partial
        # once listed, the folder's six files are counted: the results say one is not searched
        qtbot.waitUntil(
            lambda: (
                library.last_results is not None and library.last_results.library_documents == 6
            ),
            timeout=20_000,
        )
        assert library.last_results.partial and library.indexing
    finally:
        blocker.release()
        with qtbot.waitSignal(library.indexing_finished, timeout=30_000):
            pass
        library.shutdown()


def _start_app_on(folder, *options: str):
    from PySide6.QtWidgets import QApplication

    from viewer.cli.main import build_parser
    from viewer.ui.window.app import open_window

    args = build_parser().parse_args([str(folder), "--theme", "light", *options])
    return open_window(QApplication.instance(), args, folder, None, None)


def test_a_folder_opened_with_search_searches_the_library(qtbot, tmp_path):
    # `briefing-viewer FOLDER --search 制定本法`: the query goes to the library, not to the
    # search of a document that is not open
    folder = make_library(tmp_path / "lib")
    LibraryIndex(folder).update(procs=1)
    window = _start_app_on(folder, "--search", "制定本法")
    qtbot.addWidget(window)
    library = window.library
    try:
        assert library.panel.box.text() == "制定本法"
        qtbot.waitUntil(lambda: library.last_results is not None, timeout=20_000)
        assert library.last_results.total_documents == 3
        qtbot.waitUntil(lambda: getattr(window, "search_panel", None) is not None)
        assert window.search_panel.box.text() == ""  # not run again as a document search
    finally:
        library.shutdown()


def test_a_library_window_loads_the_rest_of_the_app_after_its_first_results(qtbot, tmp_path):
    """The document search, bookmarks, articles and versions are not needed for the first
    results: they load once those are shown."""
    folder = make_library(tmp_path / "lib")
    LibraryIndex(folder).update(procs=1)
    window = _start_app_on(folder)
    qtbot.addWidget(window)
    library = window.library
    features_at_results = []
    library.search_finished.connect(
        lambda r: r is not None and features_at_results.append(hasattr(window, "search_panel"))
    )
    try:
        library.panel.box.setText("制定本法")  # typed (and Enter) as the window appears
        library.panel.box.returnPressed.emit()
        qtbot.waitUntil(lambda: bool(features_at_results), timeout=20_000)
        assert features_at_results[0] is False
        qtbot.waitUntil(lambda: getattr(window, "search_panel", None) is not None)
        assert library.last_results.total_documents == 3
        qtbot.waitUntil(lambda: bool(library.entries), timeout=20_000)  # listed after them
    finally:
        library.shutdown()


def test_typing_into_the_library_box_at_start_up_reaches_it_at_once(qtbot, tmp_path, monkeypatch):
    """Keys typed while the rest of the app loads are held for it (Ctrl+F...), but plain
    typing into the library's search box goes there at once: its query need not wait."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from viewer.ui.library import controller

    folder = make_library(tmp_path / "lib")
    listing_may_end = threading.Event()
    real_listing = controller.list_library

    def slow_listing(index):  # the rest of the app waits for the listing (no query yet)
        listing_may_end.wait(30)
        return real_listing(index)

    monkeypatch.setattr(controller, "list_library", slow_listing)
    window = _start_app_on(folder)
    qtbot.addWidget(window)
    try:
        with qtbot.waitActive(window):
            window.activateWindow()
        box = window.library.panel.box
        box.setFocus()
        handle = window.windowHandle()  # the way real key presses come in
        for key in (Qt.Key.Key_L, Qt.Key.Key_A, Qt.Key.Key_W):
            QTest.keyClick(handle, key)
        assert getattr(window, "search_panel", None) is None  # the rest is not loaded yet
        assert box.text() == "law"
    finally:
        listing_may_end.set()
        with qtbot.waitSignal(window.library.opened, timeout=20_000):
            pass
        qtbot.waitUntil(lambda: getattr(window, "search_panel", None) is not None)
        window.library.shutdown()
