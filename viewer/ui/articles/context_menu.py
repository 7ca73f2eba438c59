"""Context menus of the outline (Articles) and of the cited-by list (right-click, Shift+F10
or the Menu key): go to the article, copy its address (第十五条) or a citation of it."""

from __future__ import annotations

from pathlib import Path

from viewer.ui.articles.cited_by_panel import CITE_ROLE
from viewer.ui.articles.outline import PASSAGE_ROLE
from viewer.ui.common import view_menus
from viewer.ui.common.i18n import translate


def install_menus(controller) -> None:
    outline, cited_by = controller.outline, controller.cited_by
    view_menus.attach(outline.tree, lambda menu, index: _fill_outline(controller, menu, index))
    view_menus.attach(cited_by.tree, lambda menu, index: _fill_cited_by(cited_by, menu, index))


def _fill_outline(controller, menu, index) -> None:
    outline = controller.outline
    item = outline.tree.itemFromIndex(index) if index.isValid() else None
    structure = outline._structure
    if item is None or structure is None:
        return
    unit = structure.unit_at(item.data(0, PASSAGE_ROLE))
    address = unit.address if unit is not None else ""
    _fill(menu, lambda: outline._emit(item), address, lambda: outline_citation(controller, unit))


def outline_citation(controller, unit) -> str:
    """The unit's official citation: 《title》（version）第十五条."""
    from viewer.core.articles.citation_forms import cite_unit

    document = controller.window.current_document
    structure = controller.outline._structure
    name = Path(document.path).name if document.path else ""
    return cite_unit(document, structure, unit, name).official


def _fill_cited_by(panel, menu, index) -> None:
    item = panel.tree.itemFromIndex(index) if index.isValid() else None
    if item is None or item.data(0, CITE_ROLE) is None:
        return
    title, address = item.data(0, CITE_ROLE)
    _fill(menu, lambda: panel._emit(item), address, lambda: view_menus.in_brackets(title) + address)


def _fill(menu, go, address: str, citation) -> None:
    add = view_menus.add
    add(menu, translate("Articles", "Go to Article"), go, "Return")
    menu.addSeparator()
    if address:
        add(menu, translate("Articles", "Copy Address"), lambda: view_menus.copy_text(address))
    add(menu, translate("Articles", "Copy Citation"), lambda: view_menus.copy_text(citation()))
