"""Colour is never the only signal in the reading view: search matches are underlined, and the
current match has an underline of its own shape, besides its colour; dark text keeps the
highlighted words readable in the dark theme too."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from tests.core.theme_colours import contrast
from tests.ui.window.full_window import document_window

pytestmark = pytest.mark.gui
NONE = QTextCharFormat.UnderlineStyle.NoUnderline


def match_formats(view):
    """The formats of the extra selections that mark search matches (drawn last, on top)."""
    count, selections = len(view.highlight_ranges()), view.extraSelections()
    return [QTextCharFormat(s.format) for s in selections[-count:]] if count else []


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_matches_differ_by_shape_and_stay_readable(qtbot, window, mode):
    shown = document_window(qtbot, window)
    window.set_theme(mode, persist=False)
    search = shown.controllers["search"]
    search.step(1)  # go to the first match: it becomes the current one
    qtbot.waitUntil(lambda: len(match_formats(window.current_view())) > 1, timeout=10_000)
    formats = match_formats(window.current_view())
    styles = [f.underlineStyle() for f in formats]
    assert NONE not in styles, "every match is underlined, not only coloured"
    assert len(set(styles)) == 2, "the current match's underline has its own shape"
    for fmt in formats:
        ink, paper = fmt.foreground().color(), fmt.background().color()
        blended = [paper.alphaF() * c + (1 - paper.alphaF()) * b for c, b in zip(
            paper.getRgb()[:3], window.current_view().palette().base().color().getRgb()[:3],
            strict=True)]  # fmt: skip
        assert contrast(ink.getRgb()[:3], blended) >= 4.5
