"""Context menus of the library's document list and of its search results (right-click,
Shift+F10 or the Menu key): open the document, copy its title, plain or in 《》; on another
version of the open law, compare the two."""

from __future__ import annotations

from pathlib import PurePosixPath

from viewer.ui.common import view_menus
from viewer.ui.common.i18n import translate
from viewer.ui.library.model import ENTRY_ROLE
from viewer.ui.library.result_rows import DOC_ROLE


def install_menus(view, panel) -> None:
    view_menus.attach(view.table, lambda menu, index: _fill_table(view, menu, index))
    view_menus.attach(panel.results, lambda menu, index: _fill_results(panel, menu, index))


def _fill_table(view, menu, index) -> None:
    entry = index.siblingAtColumn(0).data(ENTRY_ROLE) if index.isValid() else None
    if entry is None or entry.error:
        return
    title = entry.title or PurePosixPath(entry.rel_path).stem
    _fill(menu, lambda: view._on_activated(index), title)
    _add_compare(view.controller, menu, entry)


def _add_compare(library, menu, entry) -> None:
    """Compare with the Open Document, on another version of the open law: the versions
    feature's own comparison, reached through the window (features never import each other)."""
    versions = getattr(library.window, "versions", None)
    if versions is None or library.root is None:
        return
    path = str(library.root / entry.rel_path)
    if path in {other for _label, other in versions.other_versions()}:
        menu.addSeparator()
        compare = translate("Library", "Compare with Open Document")
        view_menus.add(menu, compare, lambda: versions.compare_with(path))


def _fill_results(panel, menu, index) -> None:
    item = panel.results.itemFromIndex(index) if index.isValid() else None
    doc = item.data(0, DOC_ROLE) if item is not None else None
    if doc is None:
        return
    _fill(menu, lambda: panel._on_item(item), doc.title or PurePosixPath(doc.rel_path).stem)


def _fill(menu, open_it, title: str) -> None:
    add = view_menus.add
    add(menu, translate("Library", "Open"), open_it, "Return")
    menu.addSeparator()
    add(menu, translate("Library", "Copy Title"), lambda: view_menus.copy_text(title))
    add(
        menu,
        translate("Library", "Copy Title in 《》"),
        lambda: view_menus.copy_text(view_menus.in_brackets(title)),
    )
