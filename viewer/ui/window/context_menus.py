"""Context menus the window composes: the Topics list's, and the bookmarks feature's entries
in the search results' menu (the two features meet here, not in each other)."""

from __future__ import annotations

from PySide6.QtGui import QAction

from viewer.ui.common import view_menus
from viewer.ui.common.hit_list import HIT_ROLE
from viewer.ui.common.i18n import translate


def install_topic_menu(window) -> None:
    view_menus.attach(window.pane_list, lambda menu, index: _fill_topics(window, menu, index))


def _fill_topics(window, menu, index) -> None:
    document = window.current_document
    if document is None or not index.isValid() or index.row() >= len(document.panes):
        return
    pane = document.panes[index.row()]
    add = view_menus.add
    add(menu, translate("Window", "Go to Topic"), lambda: _go_to_topic(window, pane.id), "Return")
    add(menu, translate("Window", "Copy Title"), lambda: view_menus.copy_text(pane.title))
    # The window's Print and PDF export, which ask about the scope with this topic chosen.
    menu.addSeparator()
    for name, text in (
        ("print", translate("Window", "Print Topic…")),
        ("export_pdf", translate("Window", "Export Topic as PDF…")),
    ):
        action = _window_action(window, name)
        if action is not None:
            keys = None if action.shortcut().isEmpty() else action.shortcut()
            add(menu, text, _after_showing(window, pane.id, action), keys)


def _go_to_topic(window, pane_id: str) -> None:
    window.show_pane(pane_id)
    view = window.current_view()
    if view is not None:
        view.setFocus()


def _after_showing(window, pane_id: str, action: QAction):
    """A slot that shows the topic, then runs the window's `action` on it."""

    def run() -> None:
        window.show_pane(pane_id)
        action.trigger()

    return run


def _window_action(window, name: str) -> QAction | None:
    return next((a for a in window.findChildren(QAction) if a.objectName() == name), None)


def wire_result_menu(window, search, bookmarks) -> None:
    """Copy Citation and Bookmark Passage in the search results' menu: the hit is shown first,
    then its whole passage is cited or bookmarked as the reading view's menu would."""
    from viewer.ui.bookmarks import transfer

    def fill(menu, index) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if hit is None:
            return

        def shown_then(act):
            return lambda: (search.activate_hit(hit), act())

        before = menu.actions()[-1] if menu.actions() else None  # Copy Text stays last
        cite = view_menus.add(
            menu,
            translate("Bookmarks", "Copy Citation"),
            shown_then(
                lambda: transfer.copy_citation(
                    bookmarks, passage_id=hit.passage_id, use_selection=False
                )
            ),
            bookmarks.cite_action.shortcut(),
        )
        mark = view_menus.add(
            menu,
            translate("Bookmarks", "Bookmark Passage…"),
            shown_then(lambda: bookmarks.add_bookmark(hit.passage_id, use_selection=False)),
            bookmarks.add_action.shortcut(),
        )
        if before is not None:
            for action in (cite, mark):
                menu.removeAction(action)
                menu.insertAction(before, action)

    search.panel.results.view_menu.about_to_show.connect(fill)
