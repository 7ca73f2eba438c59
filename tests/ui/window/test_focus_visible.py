"""The focused control wears a visible frame in both themes: its rendering changes when it
gets the keyboard focus, and the change is a frame in the theme's focus colour along its edges."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from tests.ui.window.full_window import document_window
from viewer.ui.window import theme

pytestmark = pytest.mark.gui


def ring_colour(resolved: str) -> QColor:
    rule = re.search(
        r"#focusRing\s*\{[^}]*border:[^;]*(#[0-9a-fA-F]{6})", theme.widget_qss(resolved)
    )
    assert rule, "the theme's style sheet gives the focus frame a colour"
    return QColor(rule.group(1))


def edge_share(image, colour: QColor) -> float:
    """The share of the pixels one pixel in from the edges that are (close to) `colour`."""
    width, height = image.width(), image.height()
    points = [(x, 1) for x in range(4, width - 4)] + [(1, y) for y in range(4, height - 4)]
    points += [(x, height - 2) for x in range(4, width - 4)]
    points += [(width - 2, y) for y in range(4, height - 4)]
    close = 0
    for x, y in points:
        pixel = image.pixelColor(x, y)
        if max(abs(pixel.red() - colour.red()), abs(pixel.green() - colour.green()),
               abs(pixel.blue() - colour.blue())) <= 24:  # fmt: skip
            close += 1
    return close / len(points)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_focused_controls_show_a_frame_in_the_theme_colour(qtbot, window, mode):
    shown = document_window(qtbot, window)
    window.set_theme(mode, persist=False)
    colour = ring_colour(window.resolved_theme)
    search = shown.controllers["search"].panel
    controls = {
        "topics": window.pane_list,
        "reading view": window.current_view(),
        "search box": search.box,
        "search results": search.results,
    }
    for name, control in controls.items():
        other = window.pane_list if control is not window.pane_list else search.box
        other.setFocus()
        qtbot.waitUntil(lambda o=other: QApplication.focusWidget() is o, timeout=2000)
        before = control.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda c=control: QApplication.focusWidget() is c, timeout=2000)
        after = control.grab().toImage()
        assert after != before, f"{name}: focus changes nothing on screen ({mode})"
        assert edge_share(after, colour) > 0.9, f"{name}: no focus frame along its edges ({mode})"
        assert edge_share(before, colour) < 0.5, f"{name}: the frame shows without focus ({mode})"
