"""The document search's work on pool threads: preparing a document's search, building its
index, running a query (SearchController schedules them)."""

from __future__ import annotations

import logging

from viewer.ui.common.hit_list import MARK_CLOSE, MARK_OPEN

log = logging.getLogger(__name__)
SNIPPET_WIDTH = 64  # characters: about three lines of the results panel


def prepare_search(document):
    """Worker: the document's search, answering by scan until build_index has run."""
    from viewer.core.search.engine import DocumentSearch

    search = DocumentSearch(document, snippet_width=SNIPPET_WIDTH, mark=(MARK_OPEN, MARK_CLOSE))
    search.scan_while_indexing = True
    return search


def build_index(search):
    """Worker: build or open the index; never raises for index trouble (the next search then
    retries itself, or keeps scanning and says so in `notice`)."""
    try:
        search.open()
    except Exception as error:  # noqa: BLE001
        log.warning("could not open the search index: %r", error)
        search.scan_while_indexing = False
    return search


def run_search(search, query: str):
    """Worker: every matching passage (limit=None: all spans are needed for F3)."""
    return search.search(query, limit=None)
