"""Search highlights in both themes: the current match differs from the others in shape, not
only in colour, and highlighted text keeps WCAG AA contrast (4.5:1) on its background."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCharFormat

from tests.ui.conftest import open_and_wait

pytestmark = pytest.mark.gui


@pytest.fixture(params=["light", "dark"])
def highlighted(request, qtbot, sample_md):
    """(view, formats of three highlights, the middle one current) in a window of each theme."""
    from PySide6.QtGui import QTextCharFormat

    from viewer.ui.window.main_window import MainWindow

    win = MainWindow(theme_mode=request.param)
    qtbot.addWidget(win)
    open_and_wait(qtbot, win, sample_md)
    view = win.current_view()
    start = view.pane.text.index("推进")
    ranges = [(start, start + 2), (start + 40, start + 42), (start + 80, start + 82)]
    view.set_highlights(ranges, current=1)
    selections = view.extraSelections()[-len(ranges) :]
    return view, [QTextCharFormat(s.format) for s in selections]  # copies outlive the list


def test_the_current_match_differs_from_the_others_in_shape(highlighted):
    """Colour alone does not tell the current match apart (colour blindness, grey print)."""
    _view, (before, current, after) = highlighted

    def shape(fmt):
        return (fmt.fontOverline(), fmt.fontUnderline(), fmt.underlineStyle())

    assert shape(current) != shape(before) and shape(current) != shape(after)
    none = QTextCharFormat.UnderlineStyle.NoUnderline
    assert current.fontOverline() and current.underlineStyle() != none
    assert all(o.underlineStyle() != none and not o.fontOverline() for o in (before, after))


def _luminance(color) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def _over(top, base):
    """`top` (with its alpha) painted over the opaque `base`."""
    from PySide6.QtGui import QColor

    a = top.alphaF()
    return QColor.fromRgbF(
        *(a * t + (1 - a) * b for t, b in zip(top.getRgbF()[:3], base.getRgbF()[:3], strict=True))
    )


def test_highlighted_text_keeps_aa_contrast_in_both_themes(highlighted):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette

    view, formats = highlighted
    base = view.palette().color(QPalette.ColorRole.Base)
    for fmt in formats:
        background = _over(fmt.background().color(), base)
        text = fmt.foreground().color()
        if fmt.foreground().style() == Qt.BrushStyle.NoBrush:  # the view's own text colour
            text = view.palette().color(QPalette.ColorRole.Text)
        lighter, darker = sorted((_luminance(background), _luminance(text)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 4.5


def test_a_bookmark_mark_is_underlined_and_names_its_colour_on_hover(highlighted, qtbot):
    """A bookmarked passage is told by a dotted underline as well as its background, and
    hovering it says which bookmark colour it is (shape and name), not the colour alone."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QColor, QHelpEvent
    from PySide6.QtWidgets import QToolTip

    view, _formats = highlighted
    view.window().show()
    qtbot.waitExposed(view.window())
    view.set_highlights([], current=None)
    start = view.pane.text.index("推进")
    view.set_marks([(start, start + 10, QColor(120, 170, 255, 100), "Bookmark: ▲ Blue")])
    mark = view.extraSelections()[-1]
    assert mark.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    cursor = mark.cursor
    cursor.setPosition(cursor.selectionStart() + 2)
    where = view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
    view.viewportEvent(event)
    qtbot.waitUntil(lambda: "▲ Blue" in QToolTip.text(), timeout=2000)
