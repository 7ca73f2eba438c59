"""Bookmarks inside the topic panes: soft marks in each bookmark's colour, and the
"Bookmark Passage…" / "Copy Citation" entries of a pane's context menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCursor

from viewer.ui.bookmarks import transfer as bookmark_transfer
from viewer.ui.bookmarks.color_marks import color_label, mark_color
from viewer.ui.common.i18n import translate
from viewer.ui.document.topic_pane import TopicPane

if TYPE_CHECKING:
    from viewer.ui.bookmarks.host import BookmarksHost


def mark_view(controller: BookmarksHost, view: TopicPane | None) -> None:
    """Mark this pane's bookmarks (found ones only); hooks the context menu the first time."""
    if view is None or view.pane is None:
        return
    if not view.property("bookmarksHooked"):
        view.setProperty("bookmarksHooked", True)
        view.context_menu_about_to_show.connect(
            lambda menu, pid, v=view: extend_menu(controller, v, menu, pid)
        )
    marks = []
    for entry in controller.entries:
        resolution = entry.resolved.resolution
        if resolution.found and resolution.pane_id == view.pane.id:
            bookmark = entry.resolved.bookmark
            label = translate("Bookmarks", "Bookmark: {colour}").format(
                colour=color_label(bookmark.color)
            )
            label += f"\n{bookmark.note}" if bookmark.note else ""
            marks.append((resolution.start, resolution.end, mark_color(bookmark.color), label))
    view.set_marks(marks)


def extend_menu(controller: BookmarksHost, view: TopicPane, menu, passage_id: str) -> None:
    menu.addSeparator()
    selected = _clicked_on_selection(view)
    add = menu.addAction(
        translate("Bookmarks", "Bookmark Selection…")
        if selected
        else translate("Bookmarks", "Bookmark Passage…")
    )
    add.setShortcut(controller.add_action.shortcut())
    add.triggered.connect(lambda: controller.add_bookmark(passage_id, use_selection=selected))
    cite = menu.addAction(translate("Bookmarks", "Copy Citation"))
    cite.setShortcut(controller.cite_action.shortcut())
    cite.triggered.connect(
        lambda: bookmark_transfer.copy_citation(
            controller, passage_id=passage_id, use_selection=selected
        )
    )


def _clicked_on_selection(view: TopicPane) -> bool:
    """A right-click outside the selection means "this paragraph", not the old selection."""
    cursor = view.textCursor()
    if not cursor.hasSelection():
        return False
    where = view.viewport().mapFromGlobal(QCursor.pos())
    if not view.viewport().rect().contains(where):
        return True  # opened from the keyboard: the selection is what the reader means
    position = view.cursorForPosition(where).position()
    return cursor.selectionStart() <= position <= cursor.selectionEnd()
