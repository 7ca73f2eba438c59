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
    try:
        library.set_query("制定本法")  # typed while the library opens
        with qtbot.waitSignal(
            library.search_finished, timeout=20_000, check_params_cb=lambda r: r is not None
        ) as shown:
            open_library(window, folder)
        results = shown.args[0]
        assert results.total_documents == 3 and results.total_exact
        assert library.indexing  # the update is still waiting for the other window
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
