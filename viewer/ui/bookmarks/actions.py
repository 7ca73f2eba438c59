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
from viewer.ui.common import i18n, panel_toggle
from viewer.ui.common.i18n import translate

if TYPE_CHECKING:
    from viewer.ui.bookmarks.host import BookmarksHost


def build_actions(controller: BookmarksHost) -> None:
    window = controller.window
    controller.add_action = _action(window, "addBookmark", controller.add_bookmark, "Ctrl+D")
    controller.cite_action = _action(
        window, "copyCitation", lambda: bookmark_transfer.copy_citation(controller), "Ctrl+Shift+C"
    )
    # Not the dock's toggleViewAction: that one hides a panel that is merely behind another tab.
    toggle = _action(window, "bookmarksPanel", lambda: toggle_panel(controller), "Ctrl+B")
    controller.toggle_action = toggle
    menu = window.menu("&Bookmarks")
    menu.addActions([controller.add_action, controller.cite_action, toggle])

    file_menu = window.menu("&File")
    # By object name: the text is translated ("退出(&Q)"), the name stays "quit".
    quit_action = next((a for a in file_menu.actions() if a.objectName() == "quit"), None)
    separator = QAction(window)
    separator.setSeparator(True)
    controller.export_action = _action(
        window, "exportBookmarks", lambda: bookmark_transfer.export_bookmarks(controller)
    )
    controller.import_action = _action(
        window, "importBookmarks", lambda: bookmark_transfer.import_bookmarks(controller)
    )
    file_menu.insertActions(
        quit_action, [controller.export_action, controller.import_action, separator]
    )
    i18n.live(menu, lambda: _retranslate(controller, menu))


def _retranslate(controller: BookmarksHost, menu) -> None:
    menu.setTitle(translate("Bookmarks", "&Bookmarks"))
    for action, text, tip in (
        (
            controller.add_action,
            translate("Bookmarks", "&Bookmark Passage…"),
            translate("Bookmarks", "Bookmark the selection or the paragraph at the cursor"),
        ),
        (
            controller.cite_action,
            translate("Bookmarks", "Copy &Citation"),
            translate("Bookmarks", "Copy a citation of the selection or bookmark"),
        ),
        (
            controller.toggle_action,
            translate("Bookmarks", "Bookmarks &Panel"),
            translate("Bookmarks", "Show or hide the bookmarks panel"),
        ),
        (
            controller.export_action,
            translate("Bookmarks", "E&xport Bookmarks…"),
            translate("Bookmarks", "Save the bookmarks listed as a Markdown memo or JSON"),
        ),
        (
            controller.import_action,
            translate("Bookmarks", "&Import Bookmarks…"),
            translate("Bookmarks", "Add the bookmarks of a JSON export"),
        ),
    ):
        action.setText(text)
        action.setToolTip(tip)
        action.setStatusTip(tip)


def _action(window, name: str, slot, keys: str = "") -> QAction:
    action = QAction(window)
    action.setObjectName(name)
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
