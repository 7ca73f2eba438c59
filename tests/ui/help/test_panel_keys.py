"""The panel keys that became actions (so the shortcuts list shows them) still act only where
they did: F2 and Del on the bookmarks list, not while typing in its filter box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.bookmarks.test_bookmarks_panel import QUOTE, add_quote, bookmarks, open_resolved
from viewer.ui.help.shortcut_list import collect

pytestmark = pytest.mark.gui
__all__ = ["bookmarks"]  # the fixture, shared


def test_f2_and_del_act_on_the_list_only(qtbot, window, bookmarks):
    document = open_resolved(qtbot, window, bookmarks)
    add_quote(qtbot, bookmarks, document, QUOTE, note="one")
    panel = bookmarks.panel
    window.activateWindow()
    panel.list_view.setFocus()
    qtbot.waitUntil(panel.list_view.hasFocus)
    panel.list_view.setCurrentIndex(panel.proxy.index(0, 0))
    with qtbot.waitSignal(panel.edit_requested, timeout=2000) as edit:
        QTest.keyClick(panel.list_view, Qt.Key.Key_F2)
    assert QUOTE in edit.args[0].resolved.bookmark.quote
    bookmarks.dialog.reject()
    panel.filter_edit.setFocus()
    qtbot.waitUntil(panel.filter_edit.hasFocus)
    seen = []
    panel.edit_requested.connect(seen.append)
    panel.delete_requested.connect(seen.append)
    QTest.keyClick(panel.filter_edit, Qt.Key.Key_F2)
    QTest.keyClick(panel.filter_edit, Qt.Key.Key_Delete)  # edits the filter text instead
    assert seen == []
    texts = {e.text for e in collect(window) if e.group == "Bookmarks"}
    assert {"Delete Bookmark", "Edit Note and Tags", "Undo Delete"} <= texts
