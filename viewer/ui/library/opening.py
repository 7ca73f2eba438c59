"""Workers that open a library (see LibraryController): the search core imported, the index's
searcher opened, the folder's files listed."""

from __future__ import annotations

from pathlib import Path

from viewer.ui.library.indexing import with_keys

MAX_WATCHED_DIRS = 500
SNIPPET_WIDTH = 64


def load_search_core() -> None:
    """Worker: import the library's search core (Whoosh among it, ~0.2 s) while the window is
    built and painted, so opening the index does not wait for it."""
    import viewer.core.library.search  # noqa: F401


def open_searcher(root: Path, follow_links: bool = False):
    """Worker: the index and its searcher, opened (Whoosh loaded): a query typed at once is
    answered from the index already built, before the folder's files are listed."""
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.search import LibrarySearch
    from viewer.ui.common.hit_list import MARK_CLOSE, MARK_OPEN

    index = LibraryIndex(root, follow_links=follow_links)
    search = LibrarySearch(index, snippet_width=SNIPPET_WIDTH, mark=(MARK_OPEN, MARK_CLOSE))
    if index.manifest_path.exists():  # else the first search scans the texts: after listing
        # The saved file list stands in for the folder until it is listed: counting the files
        # by a stat of each (~50 ms for the laws) need not delay the first results.
        search.set_catalog(index.catalogue().values())
        search.open()
    return index, search


def list_library(index):
    """Worker: the folder's files (a stat of each, a head read of the new ones) and the
    folders to watch."""
    from viewer.core.library.files import library_folders

    folders = library_folders(index.root, MAX_WATCHED_DIRS)
    return with_keys(index.entries()), folders
