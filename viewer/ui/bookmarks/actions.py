"""The bookmarks feature's menu entries and keyboard shortcuts.

Bookmarks menu: Bookmark Passage… (Ctrl+D), Copy Citation (Ctrl+Shift+C), Bookmarks Panel
(Ctrl+B: brought to the front, or hidden if already in view; also under View › Panels).
File menu: Export Bookmarks…, Import Bookmarks….
Every action is also added to the window, so its shortcut works while the menu bar is hidden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from viewer.ui.bookmarks import transfer as bookmark_transfer
from viewer.ui.common import panel_toggle

if TYPE_CHECKING:
    from viewer.ui.bookmarks.host import BookmarksHost


def build_actions(controller: BookmarksHost) -> None:
    window = controller.window
    controller.add_action = _action(window, "&Bookmark Passage…", controller.add_bookmark, "Ctrl+D")
    controller.cite_action = _action(
        window,
        "Copy &Citation",
        lambda: bookmark_transfer.copy_citation(controller),
        "Ctrl+Shift+C",
    )
    # Not the dock's toggleViewAction: that one hides a panel that is merely behind another tab.
    toggle = _action(window, "Bookmarks &Panel", lambda: toggle_panel(controller), "Ctrl+B")
    controller.toggle_action = toggle
    window.menu("&Bookmarks").addActions([controller.add_action, controller.cite_action, toggle])

    file_menu = window.menu("&File")
    quit_action = next(
        (a for a in file_menu.actions() if a.text().replace("&", "") == "Quit"), None
    )
    separator = QAction(window)
    separator.setSeparator(True)
    controller.export_action = _action(
        window, "&Export Bookmarks…", lambda: bookmark_transfer.export_bookmarks(controller)
    )
    controller.import_action = _action(
        window, "&Import Bookmarks…", lambda: bookmark_transfer.import_bookmarks(controller)
    )
    file_menu.insertActions(
        quit_action, [controller.export_action, controller.import_action, separator]
    )


def _action(window, text: str, slot, keys: str = "") -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def toggle_panel(controller: BookmarksHost) -> None:
    """Ctrl+B: hide the panel if it is in view, else show it in front (its tab raised)."""
    panel_toggle.toggle(controller.dock)
    if not controller.dock.isHidden():
        controller.panel.list_view.setFocus()
