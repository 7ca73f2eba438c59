"""The library's indexing line as a new reader sees it: Cancel, batch commits, the citations'
step and the summary, in English and Chinese (trial of the indexing progress, issue 9)."""

from __future__ import annotations

import pytest

from tests.core.library.test_library_first_index import half_built, make_folder
from tests.ui.library.test_library_first_index import search
from viewer.core.library import messages
from viewer.core.library.messages import Message
from viewer.core.library.report import UpdateReport
from viewer.ui.common import i18n

pytestmark = pytest.mark.gui
CANCELLING = "Cancelling: keeping what is indexed so far…"


@pytest.fixture
def chinese(qtbot):
    def switch(code: str) -> None:
        with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
            i18n.install(code)

    switch("zh")
    yield
    switch("en")


def test_after_cancel_the_line_keeps_saying_it_is_cancelling(qtbot, window, library, tmp_path):
    from viewer.ui.library.docks import open_library

    view = library.view
    with qtbot.waitSignal(library.progress, timeout=60_000):
        open_library(window, make_folder(tmp_path / "lib", 120))
    view.cancel_button.click()
    assert view.progress_label.text() == CANCELLING
    # reports already on their way from the indexing process, then a batch being written
    library.progress.emit(88, 120, 29.0)
    assert view.progress_label.text() == CANCELLING
    library.phase_changed.emit(Message(messages.writing, 40))
    assert view.progress_label.text() == CANCELLING
    assert view.cancel_button.text() == "Cancelling…" and not view.cancel_button.isEnabled()
    with qtbot.waitSignal(library.indexing_finished, timeout=60_000):
        pass
    line = view.progress_label.text()
    assert line.startswith("Indexing paused: ") and "of 120 documents can be searched" in line
    assert view.cancel_button.text() == "Resume indexing" and view.cancel_button.isEnabled()


def test_a_batch_being_written_says_so_and_claims_no_time_left(qtbot, library):
    view = library.view
    library.indexing_started.emit()
    library.progress.emit(300, 1100, 70.0)
    assert "about 1 min left" in view.progress_label.text()
    library.phase_changed.emit(Message(messages.writing_batch, 275))
    line = view.progress_label.text()
    assert line.startswith("Writing the index of 275 documents… ")
    assert "left" not in line and view.progress_bar.value() == 300
    library.progress.emit(301, 1100, 50.0)  # the next batch: the estimate is back
    assert "about 50 s left" in view.progress_label.text()


def test_the_citations_step_has_one_ellipsis_in_each_language(qtbot, library, chinese):
    from viewer.core.articles.cited_by import citation_follow_up

    view = library.view
    library.indexing_started.emit()
    phase, _function, _extra = citation_follow_up("lib")
    library.phase_changed.emit(phase)
    line = view.progress_label.text()
    assert "……" not in line and "Updating" not in line and line.startswith("正在更新引用… ")
    i18n.install("en")
    qtbot.waitUntil(lambda: view.progress_label.text().startswith("Updating citations… "))
    assert "……" not in view.progress_label.text()


def test_the_summary_groups_thousands_in_each_language(qtbot, library, chinese):
    view = library.view
    report = UpdateReport(added=[f"{n}.md" for n in range(1100)], seconds=19.2)
    library.indexing_finished.emit(report)
    assert "新增 1,100 篇" in view.progress_label.text()
    i18n.install("en")
    qtbot.waitUntil(lambda: view.progress_label.text() == "Indexed: 1,100 added (19.2 s).")
    report.indexed = 3476
    library.indexing_finished.emit(report)
    assert view.progress_label.text().endswith("(19.2 s). 3,476 documents in the index.")


def test_a_search_before_any_document_is_read_does_not_say_nothing_matches(
    qtbot, window, library, tmp_path
):
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.lock import IndexLock
    from viewer.ui.library.docks import open_library

    root = make_folder(tmp_path / "lib", 12)
    other = LibraryIndex(root)  # another window has started the first index, read nothing yet
    lock = IndexLock(other.dir)
    assert lock.acquire()
    try:
        half_built(other, [])
        with qtbot.waitSignal(library.phase_changed, timeout=30_000):
            open_library(window, root)
        qtbot.waitUntil(lambda: "another window" in library.view.progress_label.text())
        search(qtbot, library, "纳税")
        message = library.panel.message.text()
        assert "Searching 0 of 12 documents — indexing…" in message
        assert "No documents match" not in message
        assert "still being read" in message
    finally:
        lock.release()
    with qtbot.waitSignal(library.indexing_finished, timeout=60_000):
        pass
