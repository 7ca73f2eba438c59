"""What a library window waits for before loading the rest of the app: its first results.

Opened as a library, the window's first job is answering the query typed into it. The document
search, bookmarks, articles and versions (and the cores behind them, ~0.1 s of Python) load
once the first results are shown, or the folder's files are listed when no query was typed,
or opening failed; never later than LATEST_MS.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

LATEST_MS = 3000
INDEX_WAIT_MS = 30_000


def when_first_shown(library, callback) -> None:
    """Call `callback` once, on the event-loop turn after `library` first has something to
    show (results, its files, or an error)."""
    done = []

    def fire(*_args) -> None:
        if done:
            return
        done.append(True)
        library.search_finished.disconnect(results)
        library.opened.disconnect(fire)
        library.indexing_finished.disconnect(fire)
        QTimer.singleShot(0, callback)  # after the results are painted

    def results(shown) -> None:
        if shown is not None:  # None: nothing yet (the index is still opening)
            fire()

    library.search_finished.connect(results)
    library.opened.connect(fire)
    library.indexing_finished.connect(fire)  # opening failed (or an update ended first)
    QTimer.singleShot(LATEST_MS, fire)


class AnswerShown(QObject):
    """`--screenshot PNG --search QUERY FOLDER`: `ready` once the folder is listed and the
    results panel shows the query's whole answer, never "Searching…", a first page still
    waiting for its articles' addresses, nor a count ("10+") still being worked out.

    The answer is whole once no search runs or waits (a filter known only after the listing,
    e.g. `filters_known`: the superseded versions, asks again), and it covers the whole folder:
    a folder not indexed yet (or changed) is indexed first, as a reader would wait for it, for
    INDEX_WAIT_MS at most (then the answer so far is shot, saying how much it covers: a big
    folder's first index must not run into the screenshot's time-out)."""

    ready = Signal()

    def __init__(self, library, filters_known=None) -> None:
        super().__init__(library)
        self._library = library
        self._listed = False
        self._filters_known = filters_known is None
        self._addressed = False  # the shown rows have their addresses (or have none)
        self._indexed = False  # an index run this time has ended (its answer may be partial)
        self._done = False
        self._patience = QTimer(self)  # the longest wait for the folder's index
        self._patience.setSingleShot(True)
        self._patience.setInterval(INDEX_WAIT_MS)
        self._patience.timeout.connect(self._on_indexed)
        library.opened.connect(self._on_listed)
        library.search_finished.connect(self._on_results)
        library.addresses_found.connect(self._on_addresses)
        library.total_refined.connect(lambda _r: self._check())
        # after it the index's answer is asked for: check once that search has started
        library.indexing_finished.connect(lambda _r: QTimer.singleShot(0, self._on_indexed))
        if filters_known is not None:
            filters_known.connect(self._on_filters)

    def _on_listed(self, _folder) -> None:
        self._listed = True
        self._check()

    def _on_filters(self) -> None:
        self._filters_known = True
        self._check()

    def _on_results(self, results) -> None:
        self._addressed = results is None or not results.documents
        self._check()

    def _on_addresses(self, _found) -> None:
        self._addressed = True
        self._check()

    def _on_indexed(self) -> None:
        self._indexed = True
        self._check()

    def _check(self) -> None:
        library = self._library
        if self._done or not (self._listed and self._filters_known and library.answered):
            return
        results = library.last_results
        if results is not None and results.partial and not self._indexed:
            if not library.indexing:
                library.start_update()  # its end asks again (LibraryIndexing._on_updated)
                self._patience.start()
            return
        if results is not None and not results.total_exact and library.refining:
            return  # "1,204+" until the exact count follows (total_refined)
        if self._addressed:
            self._done = True
            self.ready.emit()
