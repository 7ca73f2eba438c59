"""The bookmarks list's context menu (right-click, Shift+F10 or the Menu key): what the
panel's keys and buttons do, for the bookmark the menu was opened on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from viewer.core.bookmarks.model import COLORS
from viewer.ui.bookmarks import transfer as bookmark_transfer
from viewer.ui.bookmarks.color_marks import color_label, swatch
from viewer.ui.bookmarks.model import ENTRY_ROLE
from viewer.ui.common import view_menus
from viewer.ui.common.i18n import translate

if TYPE_CHECKING:
    from viewer.ui.bookmarks.host import BookmarksHost


def install_menu(controller: BookmarksHost) -> None:
    panel = controller.panel
    view_menus.attach(panel.list_view, lambda menu, index: fill(controller, menu, index))


def fill(controller: BookmarksHost, menu, index) -> None:
    entry = index.data(ENTRY_ROLE) if index.isValid() else None
    add = view_menus.add
    if entry is not None:
        add(
            menu,
            translate("Bookmarks", "Go to Passage"),
            lambda: controller.activate(entry),
            "Return",
        )
        add(
            menu,
            translate("Bookmarks", "Edit Note and Tags…"),
            lambda: controller.edit(entry),
            "F2",
        )
        colours = menu.addMenu(translate("Bookmarks", "Colour"))
        for color in COLORS:
            action = add(
                colours, color_label(color), lambda c=color: set_color(controller, entry, c)
            )
            action.setIcon(swatch(color))
            action.setCheckable(True)
            action.setChecked(entry.resolved.bookmark.color == color)
        add(
            menu,
            translate("Bookmarks", "Copy Citation"),
            lambda: bookmark_transfer.copy_citation(controller, entry),
            controller.cite_action.shortcut(),
        )
        menu.addSeparator()
        delete_keys = QKeySequence(QKeySequence.StandardKey.Delete)
        add(
            menu,
            translate("Bookmarks", "Delete Bookmark"),
            lambda: controller.delete(entry),
            delete_keys,
        )
    undo_keys = QKeySequence(QKeySequence.StandardKey.Undo)
    add(
        menu,
        translate("Bookmarks", "Undo Delete"),
        controller.undo,
        undo_keys,
        enabled=not controller.panel.undo_bar.isHidden(),
    )
    menu.addSeparator()
    add(
        menu,
        translate("Bookmarks", "Excerpt memo…"),
        controller.panel.memo_requested.emit,
        enabled=controller.panel.proxy.rowCount() > 0,
    )


def set_color(controller: BookmarksHost, entry, color: str) -> None:
    saved = translate("Bookmarks", "Saved: “{quote}”")
    controller._save(lambda: controller.library.update(entry.id, color=color), saved)
