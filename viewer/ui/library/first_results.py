"""What a library window waits for before loading the rest of the app: its first results.

Opened as a library, the window's first job is answering the query typed into it. The document
search, bookmarks, articles and versions (and the cores behind them, ~0.1 s of Python) load
once the first results are shown, or the folder's files are listed when no query was typed,
or opening failed; never later than LATEST_MS.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer

LATEST_MS = 3000


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
