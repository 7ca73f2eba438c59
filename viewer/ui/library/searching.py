"""Searching an open library: debounced requests, pages of results, partial results while a
first index runs, the exact total worked out behind a first page that could only say "N+",
and the article addresses of the listed passages (see LibraryController, which mixes this in
and owns the signals, timers and state it uses)."""

from __future__ import annotations

import logging
import threading

from viewer.ui.common.workers import run_in_background

log = logging.getLogger(__name__)

PAGE_SIZE = 50  # documents per page of results
# The first page: what a results panel shows and a scroll or two beyond (a document takes up
# to four rows). Each listed document costs its text read and counted (~1 ms): the reader
# sees the first rows sooner, and scrolling fetches the next page.
FIRST_PAGE = 10


def search_library(search, query: str, filters: dict, offset: int = 0, limit: int = PAGE_SIZE):
    return search.search(query, limit=limit, offset=offset, passages_per_document=3, **filters)


class LibrarySearching:
    """The search half of LibraryController."""

    def set_query(self, query: str, **filters) -> None:
        """The box or a filter changed: search after a short pause."""
        self._stop_refining()  # its count belongs to the query shown until now
        self._request = (query, filters)
        self._generation += 1
        self._debounce.start()

    @property
    def answered(self) -> bool:
        """The shown results (or their absence) answer the query as it stands now: no search
        runs or waits for its debounce."""
        waiting = self._search_task is not None or self._debounce.isActive()
        return not waiting and self._shown_request == self._request

    @property
    def refining(self) -> bool:
        """The shown first page's "N+" total is being worked out exactly (total_refined)."""
        return self._refine_task is not None

    def search_now(self) -> None:
        self._debounce.stop()
        self._generation += 1
        query, filters = self._request
        if not query.strip() or self.searcher is None:
            self._finish(None)
            return
        if self._search_task is not None:
            return  # started when the running one returns
        generation = self._generation
        self.search_started.emit()
        self._search_task = run_in_background(
            search_library,
            self.searcher,
            query,
            filters,
            limit=FIRST_PAGE,
            on_done=lambda r: self._on_results(generation, r),
            on_error=lambda e: self._on_results(generation, None, e),
        )

    def _refresh_partial(self) -> None:
        shown = self.last_results
        busy = self._search_task is not None or self._debounce.isActive()
        if shown is not None and shown.partial and self.indexing and not busy:
            self.search_now()  # more of the folder is searchable now

    def _on_results(self, generation: int, results, error=None) -> None:
        self._search_task = None
        self.search_error = "" if error is None else str(error)  # the panel says "Search failed"
        if error is not None:
            log.warning("library search failed: %r", error)
        if generation != self._generation:
            self.search_now()  # stale: run the newest request
            return
        self._shown_request = self._request
        self._finish(results)

    def _finish(self, results) -> None:
        """Show `results` (None: none) and drop what belonged to the query shown before."""
        self.last_results = results
        self.highlights.drop_unless(self._shown_query())
        self.search_finished.emit(results)
        if results is not None:
            self._find_addresses(results, results.documents)
            self._refine_total(results)
        else:
            self._stop_refining()
        if self._list_after_search:
            self.list_files()  # the first results are shown: now the folder's files
        if results is not None and results.partial:
            self._partial_refresh.start()
        else:
            self._partial_refresh.stop()
        damaged = results is not None and results.damaged
        if damaged and not self._rebuild_asked and not self.paused:
            self._rebuild_asked = True  # once: a rebuild that does not help must not loop
            self.start_update()  # the update sees the damage note and rebuilds
        elif results is not None and not damaged:
            self._rebuild_asked = False

    def _refine_total(self, results) -> None:
        """The first page's total is a lower bound ("1,204+"): work out the exact one on a
        worker once the rows are shown, and show it (total_refined). A newer request or another
        folder cancels it: the search waits one step of it at most, the window never."""
        self._stop_refining()
        if results.total_exact or results.damaged or self.searcher is None:
            return
        query, filters = self._shown_request
        self._refine_cancel = cancel = threading.Event()
        self._refine_task = run_in_background(
            self.searcher.exact_total,
            query,
            cancel=cancel,
            **filters,
            on_done=lambda total: self._on_refined(results, total),
            on_error=lambda e: self._refine_failed(results, e),
        )

    def _refine_failed(self, results, error) -> None:
        log.warning("library total not worked out: %r", error)
        self._refine_task = self._refine_cancel = None
        if results is self.last_results:
            self.total_refined.emit(results)  # still "N+": whoever waits for it goes on

    def _on_refined(self, results, total) -> None:
        self._refine_task = self._refine_cancel = None
        if total is not None and results is self.last_results:
            results.set_exact_total(total)
            self.total_refined.emit(results)

    def _stop_refining(self) -> None:
        if self._refine_cancel is not None:
            self._refine_cancel.set()  # the worker returns after its current step
            self._refine_task.cancel()
        self._refine_task = self._refine_cancel = None

    def _shown_query(self) -> str | None:
        return self.last_results.query if self.last_results is not None else None

    def load_more(self) -> bool:
        """Fetch the next page of the shown results; False when there is nothing to fetch or
        a search is running (the reader's next scroll asks again)."""
        results = self.last_results
        if results is None or not results.has_more or self._search_task is not None:
            return False
        if self.searcher is None or self._debounce.isActive():
            return False
        generation = self._generation
        query, filters = self._shown_request
        self._search_task = run_in_background(
            search_library,
            self.searcher,
            query,
            filters,
            len(results.documents),
            on_done=lambda page: self._on_more(generation, results, page),
            on_error=lambda e: self._on_results(generation, None, e),
        )
        return True

    def _on_more(self, generation: int, results, page) -> None:
        self._search_task = None
        if generation != self._generation or results is not self.last_results:
            self.search_now()  # a newer request came meanwhile
            return
        results.extend(page)
        self.more_results.emit(page)
        self._find_addresses(results, page.documents)

    def _find_addresses(self, results, documents) -> None:
        """Addresses of the listed passages, after the rows are shown: parsing a document's
        structure never delays the results (each is parsed once while its text is loaded)."""
        from viewer.core.document.passage_addresses import library_addresses

        def found(addresses) -> None:
            if results is self.last_results:  # even none: the rows are as complete as can be
                self.addresses_found.emit(addresses)

        def failed(error) -> None:
            log.warning("passage addresses not found: %r", error)
            found({})

        run_in_background(
            library_addresses, self.searcher, list(documents), on_done=found, on_error=failed
        )
