"""What the bookmarks actions, marks and transfer functions use of their controller."""

from __future__ import annotations

from typing import Any, Protocol


class BookmarksHost(Protocol):
    """Structural type: the real object is passed in; nothing here imports it."""

    add_action: Any
    add_bookmark: Any
    cite_action: Any
    dock: Any
    entries: Any
    export_action: Any
    import_action: Any
    library: Any
    panel: Any
    refresh: Any
    storage_problem: Any
    toggle_action: Any
    window: Any
