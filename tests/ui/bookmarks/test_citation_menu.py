"""Copy Citation takes what Bookmark Passage takes (issue 8, item 10): the selection if the
reader means it, else the right-clicked (or cursor's) paragraph — never an older bookmark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMenu

from tests.ui.bookmarks.test_bookmarks_panel import (
    CTRL,
    OTHER,
    QUOTE,
    TITLE_PART,
    add_quote,
    bookmarks,  # noqa: F401 - fixture
    open_resolved,
    select_in_view,
)

pytestmark = pytest.mark.gui
SENTINEL = "clipboard before the action"


def menu_action(window, passage_id: str, text: str):
    menu = QMenu(window)
    window.current_view().context_menu_about_to_show.emit(menu, passage_id)
    return next(a for a in menu.actions() if a.text() == text)


def copied(action) -> str:
    QGuiApplication.clipboard().setText(SENTINEL)
    action.trigger()
    return QGuiApplication.clipboard().text()


def quoted(text: str) -> str:
    """A passage as a citation opens: in Chinese quotes, inner quotes nested as ‘’."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


def passage_with(document, quote):
    return next(p for p in document.passages() if quote in p.text)


def test_copy_citation_on_a_right_clicked_paragraph_cites_it(qtbot, window, bookmarks):  # noqa: F811
    document = open_resolved(qtbot, window, bookmarks)
    passage = passage_with(document, QUOTE)
    window.show_pane(passage.pane_id)
    text = copied(menu_action(window, passage.id, "Copy Citation"))
    assert text.startswith(quoted(passage.text) + "——《") and TITLE_PART in text
    assert "互联网+金融" in text


def test_copy_citation_never_cites_an_older_bookmark(qtbot, window, bookmarks):  # noqa: F811
    document = open_resolved(qtbot, window, bookmarks)
    add_quote(qtbot, bookmarks, document, OTHER)
    panel = bookmarks.panel
    panel.list_view.setCurrentIndex(panel.proxy.index(0, 0))  # the older bookmark is current
    passage = passage_with(document, QUOTE)
    window.show_pane(passage.pane_id)
    text = copied(menu_action(window, passage.id, "Copy Citation"))
    assert QUOTE in text and OTHER not in text

    view = window.current_view()  # the shortcut in the text: the paragraph at the cursor
    pane = document.pane(passage.pane_id)
    start = pane.passage_starts()[pane.passages.index(passage)]
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.text_map().pane_to_doc(start + 3, start + 4)[0])
    view.setTextCursor(cursor)
    view.setFocus()
    QGuiApplication.clipboard().setText(SENTINEL)
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    assert QUOTE in text and OTHER not in text
    # the status bar names the source, which a long quote pushed off its end
    where = text.rpartition("”——")[2]
    assert window.statusBar().currentMessage() == f"Citation copied: {where}"
    assert where.startswith("《") and QUOTE not in where


def test_right_click_outside_the_selection_cites_that_paragraph(qtbot, window, bookmarks):  # noqa: F811
    document = open_resolved(qtbot, window, bookmarks)
    view = select_in_view(window, document, QUOTE)
    other = next(p for p in document.pane(view.pane.id).passages if QUOTE not in p.text)
    rect = view.cursorRect(QTextCursor(view.document()))  # the pane's first line, unselected
    QCursor.setPos(view.viewport().mapToGlobal(rect.center() + QPoint(2, 0)))
    if view.cursorForPosition(rect.center()).position() >= view.textCursor().selectionStart():
        pytest.skip("the first line is inside the selection")
    text = copied(menu_action(window, other.id, "Copy Citation"))
    assert text.startswith(quoted(other.text)) and QUOTE not in text

    on_selection = view.cursorRect(view.textCursor())
    QCursor.setPos(view.viewport().mapToGlobal(on_selection.center()))
    text = copied(menu_action(window, other.id, "Copy Citation"))
    assert text.startswith(quoted(QUOTE))
