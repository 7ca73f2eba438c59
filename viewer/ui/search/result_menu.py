"""The search results' context menu (right-click, Shift+F10 or the Menu key).

Go to Match and Copy Text live here; the window adds the bookmarks feature's entries (Copy
Citation, Bookmark Passage) to the same menu, as the two features never import each other."""

from __future__ import annotations

from viewer.ui.common import view_menus
from viewer.ui.common.hit_list import HIT_ROLE
from viewer.ui.common.i18n import translate


def install_menu(panel) -> None:
    view_menus.attach(panel.results, lambda menu, index: fill(panel, menu, index))


def fill(panel, menu, index) -> None:
    hit = index.data(HIT_ROLE) if index.isValid() else None
    if hit is None:
        return
    add = view_menus.add
    add(
        menu,
        translate("Search", "Go to Match"),
        lambda: panel.controller.activate_hit(hit),
        "Return",
    )
    add(menu, translate("Search", "Copy Text"), lambda: view_menus.copy_text(hit.text))
