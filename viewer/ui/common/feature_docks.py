"""Docks of the features that load after the first paint (search, bookmarks).

The window reserves them, empty, before it is shown: the layout and its saved state are then
complete from the first frame, and the features' code (and the search core behind it) is
imported only once the document is on screen. Each feature fills its dock with `setWidget`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

SEARCH_DOCK = "searchDock"
BOOKMARKS_DOCK = "bookmarksDock"


def reserve_feature_docks(window) -> dict[str, QDockWidget]:
    """Create (once) and return the feature docks by name."""
    existing = window.findChild(QDockWidget, SEARCH_DOCK)
    search = window.dock_for(SEARCH_DOCK, "Search")
    bookmarks = window.dock_for(BOOKMARKS_DOCK, "Bookmarks")
    if existing is None:
        # One tabbed column on the right (document info, search, bookmarks): each list gets
        # the column's full height, which search results and bookmarks both need.
        metadata = window.findChild(QDockWidget, "metadataDock")
        for dock in (search, bookmarks):
            if metadata is not None and window.dockWidgetArea(metadata) == window.dockWidgetArea(
                dock
            ):
                window.tabifyDockWidget(metadata, dock)
        window.resizeDocks([search], [380], Qt.Orientation.Horizontal)  # until state restore
        search.raise_()
    return {SEARCH_DOCK: search, BOOKMARKS_DOCK: bookmarks}
