"""A long status-bar message ends in "…" a gap before the zoom label instead of running
into it ("…制定本法。”缩放 100%", issue 15, D23)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui
LONG = "为了规范行政行为，保护公民、法人和其他组织的合法权益，根据宪法，制定本法。" * 8


def strip_before(window, label, width=10):
    """The status bar's pixels in the `width` columns just left of `label`."""
    bar = window.statusBar()
    image = bar.grab().toImage()
    x = label.x() - width
    return [image.pixel(x + dx, y) for dx in range(width) for y in range(image.height())]


def test_a_long_message_stops_short_of_the_zoom_label(qtbot, window):
    bar, label = window.statusBar(), window.zoom_label
    qtbot.waitUntil(lambda: label.isVisible() and label.x() > 0)
    empty = strip_before(window, label)
    with qtbot.waitSignal(bar.messageChanged):
        bar.showMessage(LONG)
    assert strip_before(window, label) == empty  # nothing drawn in the gap
    assert bar.currentMessage() == LONG  # the whole message is still there for readers
    assert bar.shown_message().endswith("…")
    bar.clearMessage()
