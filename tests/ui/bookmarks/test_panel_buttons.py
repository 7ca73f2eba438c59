"""The panel's buttons that act on bookmarks (Edit…, Delete, Cite, Excerpt memo…) are greyed
out while there is nothing to act on, with a tooltip saying what they wait for, and come back
when a bookmark is listed or selected."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from tests.ui.bookmarks.test_bookmarks_panel import (  # noqa: F401 - fixture
    QUOTE,
    add_quote,
    bookmarks,
    open_resolved,
)
from viewer.ui.common import i18n

pytestmark = pytest.mark.gui

NONE_LISTED = "No bookmarks are listed: add one with Ctrl+D first."


def _darkest(button) -> int:
    """Lightness of the darkest pixel: the button's text, on the light theme."""
    image: QImage = button.grab().toImage()
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return min(colour.lightness() for colour in pixels)


def test_with_no_bookmarks_cite_and_memo_are_greyed_out_and_say_why(qtbot, window, bookmarks):  # noqa: F811
    open_resolved(qtbot, window, bookmarks)
    panel = bookmarks.panel
    for button in (panel.cite_button, panel.memo_button):
        assert not button.isEnabled()
        assert button.toolTip() == NONE_LISTED
        greyed = _darkest(button)
        button.setEnabled(True)
        assert greyed > _darkest(button) + 40  # its text is grey: it does not look clickable
        button.setEnabled(False)


def test_a_bookmark_enables_memo_and_selecting_it_enables_cite(qtbot, window, bookmarks):  # noqa: F811
    document = open_resolved(qtbot, window, bookmarks)
    panel = bookmarks.panel
    add_quote(qtbot, bookmarks, document, QUOTE)
    assert panel.memo_button.isEnabled()
    assert panel.memo_button.toolTip().startswith("A memo of the bookmarks listed")
    assert not panel.cite_button.isEnabled()
    assert panel.cite_button.toolTip() == "Select a bookmark in the list first."
    panel.list_view.setCurrentIndex(panel.proxy.index(0, 0))
    assert panel.cite_button.isEnabled()
    assert panel.cite_button.toolTip().startswith("Copy a citation")
    panel.filter_edit.setText("火星人")  # the filter hides it: nothing listed to act on
    assert not panel.memo_button.isEnabled() and not panel.cite_button.isEnabled()
    assert panel.memo_button.toolTip() == "No bookmarks match the filter."
    panel.filter_edit.clear()
    assert panel.memo_button.isEnabled()


def test_the_reason_is_translated(qtbot, window, bookmarks):  # noqa: F811
    open_resolved(qtbot, window, bookmarks)
    i18n.install("zh")
    tip = bookmarks.panel.memo_button.toolTip()
    assert tip != NONE_LISTED and "Ctrl+D" in tip and "书签" in tip
