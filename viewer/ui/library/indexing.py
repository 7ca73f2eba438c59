"""Keeping an open library's index current: updates in a child process with throttled
progress and phases, cancel and resume, and the change checks that start them (mixed into
LibraryController, which owns the signals, timers and state used here)."""

from __future__ import annotations

import logging
import threading
import time

from viewer.ui.common.i18n import translate
from viewer.ui.common.workers import run_in_background

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.1
# The change poll stats every file: at most this share of one core while the window is idle,
# so its interval grows with the library (5 s for the laws, about 20 s at four times them).
POLL_SHARE = 0.01


def timed_changes(index):
    """Worker: the index's change check and the CPU seconds it took (this thread's)."""
    started = time.thread_time()
    changes = index.changes()
    return changes, time.thread_time() - started


def poll_interval_ms(floor_ms: int, cost_s: float) -> int:
    """The wait before the next poll: `floor_ms`, or longer when a check costs more than
    POLL_SHARE of that wait (a check of 200 ms waits 20 s)."""
    return max(floor_ms, round(cost_s / POLL_SHARE * 1000))


def update_library(index, cancel: threading.Event, progress, child=None):
    """Worker: index what changed, in the child process `child` (an UpdateProcess) if there is
    anything to do. Reports ("progress", done, total, eta) at most every 100 ms, and
    ("phase", message) as each step starts."""
    last = 0.0

    def report(done: int, total: int, eta: float | None) -> None:
        nonlocal last
        now = time.monotonic()
        if done in (1, total) or now - last >= PROGRESS_INTERVAL_S:
            last = now
            progress(("progress", done, total, eta))

    def phase(message: str) -> None:
        progress(("phase", message))

    if child is None or (index.changes().empty and not index.suspect()):
        result = index.update(progress=report, cancel=cancel, phase=phase)
    else:
        result = child.run(progress=report, cancel=cancel, phase=phase)
    entries = index.entries()
    # searchable: the index's files, or before its first commit the texts stored so far (a
    # search scans them; a Cancel then drops the batch, not the texts)
    result.indexed = len(index.catalogue()) or index.texts.count()
    result.in_folder = len(entries)
    return result, with_keys(entries)


def with_keys(entries):
    """Entries and their filter keys: folding (OpenCC) stays off the GUI thread."""
    from viewer.ui.library.list_nodes import filter_keys

    return entries, filter_keys(entries)


class LibraryIndexing:
    """The indexing half of LibraryController."""

    @property
    def indexing(self) -> bool:
        return self._update_task is not None

    def start_update(self) -> None:
        """Bring the index up to date now (also resumes after Cancel)."""
        if self.index is None:
            return
        self.paused = False
        if self._update_task is not None:
            self._again = True  # files changed while indexing: one more pass afterwards
            return
        from viewer.core.library.update_process import UpdateProcess

        self._cancel = threading.Event()
        from viewer.core.articles.cited_by import citation_follow_up

        # the citation graph follows the index in the same child (cited-by answers at once)
        self._child = UpdateProcess(self.index, follow_up=citation_follow_up(self.index.root))
        self.indexing_started.emit()
        self._update_task = run_in_background(
            update_library,
            self.index,
            self._cancel,
            child=self._child,
            on_done=self._on_updated,
            on_error=self._on_update_error,
            on_progress=self._on_progress,
            pool=self._pool,
        )

    def _on_progress(self, message) -> None:
        if message[0] == "phase":
            self.phase_changed.emit(message[1])
        else:
            self.progress.emit(*message[1:])

    def cancel_indexing(self) -> None:
        """Stop between documents (keeping what was done) and pause until start_update()."""
        if self.index is not None:
            self.paused = True
            self._again = False
            self._cancel.set()

    def _on_updated(self, result) -> None:
        self._update_task = self._child = None
        report, entries = result
        self.last_report = report
        self.paused = self.paused or report.cancelled
        self._set_entries(entries)
        self.indexing_finished.emit(report)
        self.refresh_categories()
        if self._again and not self.paused:
            self._again = False
            self.start_update()
        if self._request[0].strip():
            self.search_now()  # the index changed under the shown results

    def _on_update_error(self, error: BaseException) -> None:
        self._update_task = self._child = None
        self.error = str(error)
        log.warning("library indexing failed: %r", error)
        message = translate("Library", "Library indexing failed: {error}").format(error=error)
        self.window.statusBar().showMessage(message, 15000)
        self.indexing_finished.emit(None)

    def check_changes(self) -> None:
        """Poll / watcher: a cheap stat-based diff on a worker; update if anything changed."""
        if self.index is None or self.paused or self.indexing or self._check_task is not None:
            return
        self._check_task = run_in_background(
            timed_changes, self.index, on_done=self._on_changes, on_error=self._on_check_error
        )

    def _on_changes(self, checked) -> None:
        self._check_task = None
        changes, cost_s = checked
        self.poll_timer.setInterval(poll_interval_ms(self.poll_floor_ms, cost_s))
        if not changes.empty and not self.paused:
            self.start_update()

    def _on_check_error(self, error: BaseException) -> None:
        self._check_task = None
        log.warning("library change check failed: %r", error)
