"""State of an open library: its index, background indexing, change watching and searching.

- Opening a folder opens its index's searcher, then lists its files (stat + a small read of
  each head, on a worker; after the first results when a query is waiting: opening.py), then
  brings the index up to date on a dedicated one-thread pool. Any update with work to do
  runs in a child process (core.library.update_process): the Whoosh writer and its commit hold the
  GIL for 100+ ms at a time, which would stall the GUI. This thread only waits on the child's
  queue; its progress reports are throttled so the GUI thread is never flooded with signals,
  and the step running now ("Writing the index…") is reported as a phase.
- Cancel stops indexing between documents (what was done is kept); indexing is then paused
  until the user resumes it, so the change poll does not restart it behind their back.
  Quitting (shutdown) gives the child a short grace to commit, then ends it.
- Changes on disk: a QFileSystemWatcher on the folder and its subfolders, plus a poll of the
  stat-based `changes()` every POLL_MS, or less often where a check costs more than 1% of a
  core (a large library); either leads to an incremental update().
- Searches run on the global pool, debounced; every request bumps a generation and results
  of an older generation are dropped. Results come a page at a time; load_more() appends the
  next page of the same search, so every matching document can be reached.
- Nothing outlives its library or query: opening another folder clears the results and the
  folder list, and the highlights a shown hit left in the open document go with its query.
- Results that covered only part of the folder (a first index is running) are refreshed every
  PARTIAL_REFRESH_S while indexing goes on, and once more when it ends; results that met a
  damaged index start the update that rebuilds it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QThreadPool, QTimer, Signal

from viewer.core.base.allocator import trim
from viewer.core.library import messages
from viewer.core.versions import superseded_memory
from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate
from viewer.ui.common.workers import BackgroundTask, run_in_background
from viewer.ui.library.indexing import LibraryIndexing
from viewer.ui.library.last_document import remember_document, reopen_last_document
from viewer.ui.library.opening import list_library, load_search_core, open_searcher
from viewer.ui.library.reveal import RevealedHighlights
from viewer.ui.library.searching import LibrarySearching

log = logging.getLogger(__name__)
POLL_MS = 5000
WATCH_SETTLE_MS = 400  # a save often arrives as several events
DEBOUNCE_MS = 250
QUIT_GRACE_MS = 5000  # shutdown: time for a cancelled child to commit before it is ended
PARTIAL_REFRESH_S = 3.0


class LibraryController(LibraryIndexing, LibrarySearching, QObject):
    opening = Signal(str)  # a folder was chosen; its files are being listed
    opened = Signal(str)  # the folder, once its files are listed
    entries_changed = Signal()
    indexing_started = Signal()
    progress = Signal(int, int, object)  # done, total, eta seconds or None
    phase_changed = Signal(object)  # the step that started: a Message, shown again on a switch
    indexing_finished = Signal(object)  # UpdateReport, or None after an error
    categories_changed = Signal(list)
    search_started = Signal()
    search_finished = Signal(object)  # LibraryResults (its first page), or None: none shown
    more_results = Signal(object)  # the next page, already appended to last_results
    total_refined = Signal(object)  # last_results, whose "N+" total is now the exact one
    # {(rel_path, passage id): 第二章 › 第十五条} for shown rows ({}: none), after each page
    addresses_found = Signal(object)
    hit_revealed = Signal(str, str)  # document path, passage id

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.root: Path | None = None
        self.index = None
        self.searcher = None
        self.entries: list = []
        self.filter_keys: list[str] | None = None
        self.paused = False
        self.index_when_listed = True  # --screenshot: only the listing is wanted
        self.last_report = None
        self.last_results = None  # the newest LibraryResults shown (its query highlights)
        self.highlights = RevealedHighlights(window)  # what a shown hit left highlighted
        self.error = ""
        self.search_error = ""
        self.notice = ""  # e.g. the index is kept in a temporary folder
        self._rebuild_asked = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._open_task: BackgroundTask | None = None
        self._list_after_search = False  # the first results come first, then the listing
        self._update_task: BackgroundTask | None = None
        self._child = None  # the UpdateProcess of the running update
        self._check_task: BackgroundTask | None = None
        self._search_task: BackgroundTask | None = None
        self._refine_task: BackgroundTask | None = None  # the exact total behind "N+"
        self._refine_cancel: threading.Event | None = None
        self._cancel = threading.Event()
        self._again = False
        self._generation = 0
        self._request: tuple[str, dict] = ("", {})
        self._shown_request: tuple[str, dict] = ("", {})  # what last_results answered
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self._settle.start())
        self._settle = self._timer(WATCH_SETTLE_MS, self.check_changes, single=True)
        self.poll_floor_ms = POLL_MS  # the poll's interval when a check costs little
        self.poll_timer = self._timer(POLL_MS, self.check_changes)
        self._debounce = self._timer(DEBOUNCE_MS, self.search_now, single=True)
        self.hit_revealed.connect(lambda *_: self.highlights.remember(self._shown_query()))
        window.document_loaded.connect(self._on_document)
        self._placeholder_said = False  # the window's placeholder shows our hint
        i18n.notifier().changed.connect(self._show_placeholder)
        # while shown results cover part of the folder: search again as more gets indexed
        self._partial_refresh = self._timer(int(PARTIAL_REFRESH_S * 1000), self._refresh_partial)
        run_in_background(load_search_core, on_error=lambda e: log.warning("library: %r", e))

    def _timer(self, ms: int, slot, single: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(ms)
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    # --- opening ------------------------------------------------------------------------------
    def open_folder(self, folder) -> None:
        self.shutdown()
        self.root = Path(folder).resolve()
        self.window.settings.last_opened = str(self.root)  # reopened by a start without a path
        self.index = self.searcher = None
        self.entries, self.paused, self.error = [], False, ""
        self.filter_keys: list[str] | None = None
        # The old library's results, folders and highlights go now; the query stays and is
        # run again on this library once it is indexed (_on_updated).
        self.search_error = ""
        self._finish(None)
        self.categories_changed.emit([])
        self.entries_changed.emit()
        self.opening.emit(str(self.root))
        panel = getattr(self, "panel", None)
        if panel is not None:  # the versions read last time, until they are read again
            panel.superseded = superseded_memory.recall(self.root)
        self._open_task = run_in_background(
            open_searcher,
            self.root,
            getattr(self.window.settings, "library_follow_links", False),
            on_done=self._on_searcher,
            on_error=self._on_failed,
        )

    def _on_searcher(self, opened) -> None:
        self._open_task = None
        self.index, self.searcher = opened
        if self._request[0].strip() and self.index.manifest_path.exists():
            # The built index answers first, then the files are listed (both Python work:
            # side by side they would share one core and both come later).
            self._list_after_search = True
            self.search_now()
        else:
            self.list_files()

    def list_files(self) -> None:
        """List the folder's files (on a worker), unless that has started already."""
        self._list_after_search = False
        if self._open_task is None and self.root is not None and self.index is not None:
            self._open_task = run_in_background(
                list_library, self.index, on_done=self._on_loaded, on_error=self._on_failed
            )

    def _on_loaded(self, loaded) -> None:
        self._open_task = None
        entries, folders = loaded
        counted = self.last_results is not None and self.last_results.library_documents
        if counted and counted != len(entries) and self.searcher is not None:
            self.searcher.close()  # counted from the saved list: the folder has changed since
            self._shown_request = ("", {})  # the query below runs again, on the real count
        self.notice = self.index.notice
        if self.notice:
            self.window.statusBar().showMessage(messages.shown(self.notice), 15000)
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.watcher.addPaths(folders)
        self._set_entries(entries)
        self.opened.emit(str(self.root))
        self._reopen_last_document()
        if self.index_when_listed:
            self.poll_timer.start()
            self.start_update()
        answered = self._shown_request == self._request and self.last_results is not None
        if self._request[0].strip() and not answered:
            # the committed index answers now; checking for changes takes seconds (a child
            # process), and the query runs again when it has updated anything
            self.search_now()

    def _on_document(self, document) -> None:
        """A document of the folder opened, however (a result, a link, Cited by, Back): it
        is remembered, and the list selects its row."""
        remember_document(self, document)
        path = getattr(document, "path", None)
        if path is not None and self.holds(path) and getattr(self, "view", None) is not None:
            self.view.show_document(Path(path).resolve().relative_to(self.root).as_posix())

    def holds(self, path) -> bool:
        """`path` is a file of the open folder."""
        return self.root is not None and Path(path).resolve().is_relative_to(self.root)

    def _reopen_last_document(self) -> None:
        if not reopen_last_document(self):
            self._placeholder_said = True
            self._show_placeholder()

    def _show_placeholder(self, _code: str = "") -> None:
        """What the empty window says until a document of the library is open (again after a
        language switch)."""
        if self._placeholder_said and self.window.current_document is None:
            self.window.placeholder.setText(
                translate(
                    "Library", "Choose a document in the Library panel, or search the library."
                )
            )

    def _on_failed(self, error: BaseException) -> None:
        self._open_task = None
        self.error = str(error)
        log.warning("library: %s", error)
        message = translate("Library", "Library: {error}").format(error=error)
        self.window.statusBar().showMessage(message, 15000)
        self.window.load_failed.emit(message)  # --screenshot exits on it
        self.indexing_finished.emit(None)

    def _set_entries(self, entries_and_keys) -> None:
        self.entries, self.filter_keys = entries_and_keys
        if self.searcher is not None:
            self.searcher.set_catalog(self.entries)
        self.entries_changed.emit()
        trim()  # the listing's and the searcher's freed blocks (allocator)

    def problems(self) -> list:
        return [e for e in self.entries if e.error]

    def refresh_categories(self) -> None:
        if self.searcher is not None:
            run_in_background(
                self.searcher.categories,
                on_done=self.categories_changed.emit,
                on_error=lambda e: log.warning("categories: %r", e),
            )

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Stop timers and indexing: the child gets QUIT_GRACE_MS to commit what it did, then
        it (and its helper processes) is ended; wait for the indexing thread."""
        self.poll_timer.stop()
        self._settle.stop()
        self._debounce.stop()
        self._partial_refresh.stop()
        self._stop_refining()
        self._cancel.set()
        child, self._child = self._child, None
        if child is not None and not self._pool.waitForDone(min(timeout_ms, QUIT_GRACE_MS)):
            child.terminate()
        for task in (self._open_task, self._update_task, self._check_task, self._search_task):
            if task is not None:
                task.cancel()
        self._open_task = self._update_task = self._check_task = self._search_task = None
        self._generation += 1
        self._pool.waitForDone(timeout_ms)

    # --- opening a result ---------------------------------------------------------------------
    def open_entry(self, entry) -> None:
        if self.root is None:
            return
        if entry.skipped:  # opening it would read what the scan refused to read
            line = translate("Library", "{path}: {reason}")
            reason = messages.shown(entry.error)
            self.window.statusBar().showMessage(
                line.format(path=entry.display_path, reason=reason), 15000
            )
            return
        path = self.root / entry.rel_path
        current = self.window.current_document
        if current is not None and current.path is not None and Path(current.path) == path:
            return  # a double click is a click, then an activation: open once
        self.window.open_document(path)

    def open_title_match(self, doc_hits) -> None:
        """A file that matched by its title alone (no passage to show): open it at its start."""
        path, current = Path(doc_hits.document), self.window.current_document
        if current is None or current.path is None or Path(current.path) != path:
            self.window.open_document(path)

    def show_hit(self, doc_hits, hit) -> None:
        """Open the hit's document (if not shown) and reveal the passage, matches highlighted."""
        from viewer.ui.library.reveal import reveal_hit

        parsed = getattr(self.last_results, "parsed", None)
        reveal_hit(self.window, doc_hits, hit, self.hit_revealed.emit, parsed)
