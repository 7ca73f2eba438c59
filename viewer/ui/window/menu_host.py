"""What the menu builders use of the main window."""

from __future__ import annotations

from typing import Any, Protocol


class MenuHost(Protocol):
    """Structural type: the real object is passed in; nothing here imports it."""

    addAction: Any
    close: Any
    current_document: Any
    menuBar: Any
    next_pane_action: Any
    open_document: Any
    pane_actions: Any
    panels_menu: Any
    prev_pane_action: Any
    recent_menu: Any
    set_theme: Any
    set_zoom: Any
    settings: Any
    show_pane_number: Any
    step_pane: Any
    theme_actions: Any
    theme_mode: Any
    zoom: Any
