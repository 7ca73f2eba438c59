"""Search state of the window: the index, the running query, the results and the current match.

- Once a document has loaded and been painted (nothing of the search core is imported before
  the first paint) its search is prepared on a worker. Its Whoosh index is opened or built on
  another worker when the first query is run, not before: searches answer from an exact scan
  of the text meanwhile (same counts, ranked by matches), so the first result never waits for
  the index, and a document that is only read never loads Whoosh (about 15 MB).
- Typing restarts a short debounce timer; searches run on a worker, one at a time; each request
  bumps a generation counter and a result whose generation is old is dropped.
- Queries typed before the search is prepared run as soon as it is.
- Matches are kept as pane ranges in document order (search_matches) for F3 / Shift+F3.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from viewer.ui.common.workers import BackgroundTask, run_in_background
from viewer.ui.document.matches import (
    Match,
    index_in_pane,
    matches_in_order,
    pane_ranges,
    passage_starts,
)
from viewer.ui.document.topic_pane import TopicPane
from viewer.ui.search.jobs import build_index, prepare_search, run_search

log = logging.getLogger(__name__)
DEBOUNCE_MS = 200
INDEX_DELAY_MS = 100  # after the first paint, so start-up never waits for the index
INDEX_FALLBACK_MS = 2000


class SearchController(QObject):
    state_changed = Signal(str)  # "idle", "indexing", "ready"
    results_changed = Signal()  # new results, a new pane filter, or cleared
    current_changed = Signal(int, int)  # (1-based position, count); (0, n) when none
    search_finished = Signal(object)  # SearchResults applied (tests, --screenshot)
    index_ready_changed = Signal()  # the index was built or opened: results rank by it now

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.state = "idle"
        self.query = ""
        self.results = None  # SearchResults of `query`, when it has run
        self.pane_filter: str | None = None
        self.matches: list[Match] = []  # in document order, after the pane filter
        self.current: int | None = None  # index into matches
        self._search = None  # DocumentSearch once ready
        self._indexed = None  # the document whose index was asked for
        self._starts: dict[str, int] = {}
        self._generation = 0
        self._task: BackgroundTask | None = None
        self._index_task: BackgroundTask | None = None
        self._index_started = False  # the index of the current search was asked for
        self._pending = False  # a search was asked for while busy or indexing
        self._step_when_found = 0  # Enter was pressed: step this way once the results are in
        self._revealing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        window.document_loaded.connect(self._on_document)
        window.pane_changed.connect(self._on_pane_changed)
        if window.current_document is not None:  # installed after the document was shown
            self._on_document(window.current_document)

    # --- index ------------------------------------------------------------------------------
    def _on_document(self, document) -> None:
        if self._index_task is not None:
            self._index_task.cancel()
        self._search = None
        self._indexed = None
        self._starts = passage_starts(document)
        self._set_results(None)
        self._set_state("indexing")
        view = self.window.current_view()
        if view is None:
            self._start_indexing(document)
            return
        from viewer.ui.common.screenshot import FirstPaintWatcher

        def start() -> None:
            self._start_indexing(document)

        self._paint_watcher = FirstPaintWatcher(
            view.viewport(), lambda: QTimer.singleShot(INDEX_DELAY_MS, start)
        )
        QTimer.singleShot(INDEX_FALLBACK_MS, start)  # a window that is never painted

    def _start_indexing(self, document) -> None:
        if document is not self.window.current_document or document is self._indexed:
            return
        self._indexed = document
        self._index_task = run_in_background(
            prepare_search, document, on_done=lambda s: self._on_search_ready(document, s)
        )

    def _on_search_ready(self, document, search) -> None:
        if not isValid(self):
            return  # the window closed meanwhile
        self._index_task = None
        if document is not self.window.current_document:
            return
        self._search = search
        self._index_started = False
        self._set_state("ready")
        if self._pending or self.query.strip():
            self.run_now()

    def _ensure_index(self) -> None:
        """Start building (or opening) the index once the first query has been answered."""
        if self._index_started or self._search is None:
            return
        self._index_started = True
        self._index_task = run_in_background(build_index, self._search, on_done=self._on_index)

    def _on_index(self, search) -> None:
        if not isValid(self):
            return  # the window closed while the index was being built
        self._index_task = None
        if search is self._search:
            self.index_ready_changed.emit()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    @property
    def ready(self) -> bool:
        """Searches can run (by scan until the index is built)."""
        return self._search is not None

    @property
    def index_ready(self) -> bool:
        return self._search is not None and self._search.index_ready

    def pending_work(self) -> bool:
        """A search is waiting for the debounce timer, running, or queued."""
        return self._timer.isActive() or self._task is not None or self._pending

    # --- running queries ----------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """The box changed: search after a short pause (an empty box clears at once)."""
        self.query = text
        self._step_when_found = 0  # typing on: the Enter was for an older query
        if not text.strip():
            self.clear(keep_text=True)
            return
        self._timer.start()

    def start_with(self, query: str) -> None:
        """--search: put `query` in the box, run it when the index is ready, go to match 1."""
        panel = getattr(self, "panel", None)
        if panel is not None:
            panel.box.setText(query)
        self.query = query
        self.run_and_step(1)

    def run_and_step(self, delta: int) -> None:
        """Enter before the results are in: search now, then go to match 1 (or the last)."""
        self.run_now()
        self._step_when_found = delta if self.query.strip() else 0

    def run_now(self) -> None:
        """Search for `query` now (Enter, the debounce timer, or the index becoming ready)."""
        self._timer.stop()
        self._generation += 1
        if not self.query.strip():
            return
        self._pending = True
        if self._search is not None and self._task is None:
            self._start()

    def _start(self) -> None:
        self._pending = False
        generation, query = self._generation, self.query
        self._task = run_in_background(
            run_search,
            self._search,
            query,
            on_done=lambda r: self._on_results(generation, r),
            on_error=lambda e: self._on_error(generation, e),
        )

    def _on_results(self, generation: int, results) -> None:
        if not isValid(self):
            return  # the window closed while the search ran
        self._task = None
        self._ensure_index()  # after the first answer, which so never shares the CPU with it
        if generation == self._generation:
            self.pane_filter = None
            self._set_results(results)
            step, self._step_when_found = self._step_when_found, 0
            if step:
                self.step(step)
            self.search_finished.emit(results)
        elif self._pending:  # stale: a newer query is waiting for this one to finish
            self._start()

    def _on_error(self, generation: int, error: BaseException) -> None:
        self._task = None
        log.warning("search failed: %r", error)
        if self._pending:
            self._start()

    # --- results and matches ------------------------------------------------------------------
    def _set_results(self, results) -> None:
        self.results = results
        self._rebuild_matches()

    def set_pane_filter(self, pane_id: str | None) -> None:
        self.pane_filter = pane_id or None
        self._rebuild_matches()

    def visible_hits(self) -> list:
        hits = self.results.hits if self.results else []
        return [h for h in hits if self.pane_filter in (None, h.pane_id)]

    def _rebuild_matches(self) -> None:
        self.matches = matches_in_order(self.visible_hits(), self._starts)
        self.current = None
        self._clear_highlights()
        pane = self.window.current_pane_id
        if self.matches and pane:
            self._highlight_pane(pane)
        self.results_changed.emit()
        self.current_changed.emit(0, len(self.matches))

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) match in document order, wrapping around."""
        if not self.matches:
            return
        if self.current is None:
            target = 0 if delta > 0 else len(self.matches) - 1
        else:
            target = (self.current + delta) % len(self.matches)
        self.go_to(target)

    def go_to(self, position: int) -> None:
        match = self.matches[position]
        self.current = position
        ranges = pane_ranges(self.matches, match.pane_id)
        self._revealing = True
        try:
            self.window.reveal(
                match.pane_id, match.passage_id, ranges, index_in_pane(self.matches, position)
            )
        finally:
            self._revealing = False
        self.current_changed.emit(position + 1, len(self.matches))

    def activate_hit(self, hit) -> None:
        """A result was chosen: go to its first match."""
        for position, match in enumerate(self.matches):
            if match.passage_id == hit.passage_id:
                self.go_to(position)
                return

    def position(self) -> int:
        """1-based position of the current match; 0 when none is current."""
        return self.current + 1 if self.current is not None else 0

    def current_match(self) -> Match | None:
        return self.matches[self.current] if self.current is not None else None

    def clear(self, keep_text: bool = False) -> None:
        """Forget the query and its results; remove every highlight."""
        self._timer.stop()
        self._generation += 1  # a search still running is stale now
        self._pending = False
        self._step_when_found = 0
        if not keep_text:
            self.query = ""
        self.pane_filter = None
        self._set_results(None)

    # --- highlights ---------------------------------------------------------------------------
    def _on_pane_changed(self, pane_id: str) -> None:
        if not self._revealing and self.matches:
            self._highlight_pane(pane_id)

    def _highlight_pane(self, pane_id: str) -> None:
        view = self.window.current_view()
        if view is None or self.window.current_pane_id != pane_id:
            return
        current = self.current_match()
        index = None
        if current is not None and current.pane_id == pane_id:
            index = index_in_pane(self.matches, self.current)
        view.set_highlights(pane_ranges(self.matches, pane_id), index)

    def _clear_highlights(self) -> None:
        for view in self.window.findChildren(TopicPane):
            if view.extraSelections():
                view.set_highlights([], None)
