"""Panel toggles (View › Panels, Ctrl+B) that respect tabs.

A dock's own toggle action only knows shown and hidden: for a panel that is shown but behind
another tab it means "hide", so choosing it made the panel disappear instead of appear. Here a
panel behind a tab is brought to the front; one that is in view is hidden.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget


def in_front(dock: QDockWidget) -> bool:
    """Shown and not covered by another tab (Qt parks a covered tab off-screen)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def toggle(dock: QDockWidget) -> None:
    if in_front(dock):
        dock.hide()
    else:
        dock.show()
        dock.raise_()


def bring_forward_on_toggle(dock: QDockWidget) -> None:
    """Make the dock's toggle action bring a covered panel to the front instead of hiding it.

    Qt has already hidden the dock when `triggered` arrives, so whether it was in front is
    tracked beforehand from visibilityChanged (which also reports tab switches)."""
    state = {"front": not dock.isHidden()}

    def on_visibility(visible: bool) -> None:
        if not dock.isHidden():  # a tab switch, not the toggle hiding it
            state["front"] = visible

    def on_triggered(checked: bool) -> None:
        if checked or not state["front"]:
            dock.show()
            dock.raise_()

    dock.visibilityChanged.connect(on_visibility)
    dock.toggleViewAction().triggered.connect(on_triggered)
