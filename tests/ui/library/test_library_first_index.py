"""The library window while an index is first built, shared, damaged or unwritable (issue 8:
items 1, 14, 23, 24, 28). Folders and damage are made by the tests."""

from __future__ import annotations

import pytest

from tests.core.library.test_library_first_index import _damage_texts, half_built, make_folder

pytestmark = pytest.mark.gui


def search(qtbot, library, text: str):
    library.panel.box.setText(text)  # textChanged: the same path as typing
    with qtbot.waitSignal(library.search_finished, timeout=30_000) as blocker:
        library.search_now()
    return blocker.args[0]


def test_search_while_another_window_builds_the_first_index(qtbot, window, library, tmp_path):
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.lock import IndexLock
    from viewer.core.library.parse import parse_library_file
    from viewer.ui.library.docks import open_library

    root = make_folder(tmp_path / "lib", 12)
    other = LibraryIndex(root)  # "another window": holds the lock, has parsed 6 files
    lock = IndexLock(other.dir)
    assert lock.acquire()
    try:
        half_built(other, sorted(e.rel_path for e in other.entries())[:6])
        phases = []
        library.phase_changed.connect(phases.append)
        open_library(window, root)
        qtbot.waitUntil(lambda: any("another window" in p for p in phases), timeout=30_000)
        assert "being indexed by another window" in library.view.progress_label.text()
        results = search(qtbot, library, "纳税")
        assert not library.search_error
        found = {d.rel_path for d in results.documents}
        assert found == {"经济法/条例003.md", "经济法/条例009.md"}  # of the 6 parsed so far
        message = library.panel.message.text()
        assert "Searching 6 of 12 documents — indexing…" in message
        assert "2 documents" in message
        # the other window gets on: the shown results follow without a keystroke
        more = sorted(e.rel_path for e in other.entries())[6:9]
        other.texts.put_many([(p, parse_library_file(str(root), p)["blobs"]) for p in more])
        other.texts.close()
        qtbot.waitUntil(lambda: library.last_results.searched_documents == 9, timeout=15_000)
        assert "Searching 9 of 12 documents — indexing…" in library.panel.message.text()
    finally:
        lock.release()
    # the other window is done: this one finds the rest, and the results refresh by themselves
    qtbot.waitUntil(
        lambda: library.last_results is not None and not library.last_results.partial,
        timeout=120_000,
    )
    assert library.last_results.total_documents == 4
    assert "Searching" not in library.panel.message.text()


def test_writing_the_last_batch_keeps_the_bar_and_the_time_left(qtbot, window, library):
    view = library.view
    library.indexing_started.emit()
    library.progress.emit(50, 100, 40.0)
    assert "about 40 s left" in view.progress_label.text()
    # no report while a batch is written: the time left still counts down
    qtbot.waitUntil(lambda: "about 39 s left" in view.progress_label.text(), timeout=3000)
    assert view.progress_bar.value() == 50
    library.progress.emit(85, 100, 40.0)
    library.phase_changed.emit("Writing the index of 15 documents")
    assert view.progress_bar.maximum() == 100 and view.progress_bar.value() == 85
    assert "Writing the index of 15 documents" in view.progress_label.text()
    assert "s left" in view.progress_label.text()
    library.progress.emit(100, 100, 0.0)
    assert view.progress_bar.value() == 100


def test_unwritable_cache_folder_indexes_in_a_temporary_folder(
    qtbot, window, library, tmp_path, monkeypatch
):
    import tempfile

    from viewer.ui.library.docks import open_library

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_VIEWER_DATA_DIR", str(blocker / "data"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    root = make_folder(tmp_path / "lib", 6)
    with qtbot.waitSignal(library.indexing_finished, timeout=60_000) as finished:
        open_library(window, root)
    assert finished.args[0] is not None, library.error
    assert library.view.notice_label.isVisible()
    assert "temporary folder" in library.view.notice_label.text()
    assert search(qtbot, library, "纳税").total_documents == 2


def test_a_damaged_index_is_rebuilt_when_the_library_opens(qtbot, window, library, tmp_path):
    from viewer.core.library.index import LibraryIndex
    from viewer.ui.library.docks import open_library

    root = make_folder(tmp_path / "lib", 30)
    index = LibraryIndex(root)
    index.update(procs=1)
    index.texts.close()
    _damage_texts(index, "")
    with qtbot.waitSignal(library.indexing_finished, timeout=60_000) as finished:
        open_library(window, root)
    report = finished.args[0]
    assert report is not None and report.rebuilt
    assert "Index up to date" not in library.view.progress_label.text()
    assert "rebuilt" in library.view.notice_label.text()
    results = search(qtbot, library, "纳税")
    assert not library.search_error and results.total_documents == 10
