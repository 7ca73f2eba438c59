"""Text follows the reader's size: the interface takes the desktop's (application's) font size,
the reading view scales with it, and zoom still works on top."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import BRIEFING, open_and_wait
from viewer.ui.common.fonts import ui_font

pytestmark = pytest.mark.gui


@pytest.fixture
def app_font(qapp):
    """Set the application font for one test, as a desktop with larger text would."""
    saved = QFont(qapp.font())

    def set_size(points: float) -> None:
        font = QFont(saved)
        font.setPointSizeF(points)
        qapp.setFont(font)

    yield set_size
    qapp.setFont(saved)


def reading_size(qtbot, points=None) -> tuple:
    from viewer.ui.window.main_window import MainWindow

    window = MainWindow(theme_mode="light")
    qtbot.addWidget(window)
    window.show()
    open_and_wait(qtbot, window, BRIEFING)
    return window, window.current_view().font().pointSize()


def test_a_larger_desktop_font_makes_the_interface_and_the_reading_view_larger(qtbot, app_font):
    app_font(10)
    _small_window, small_reading = reading_size(qtbot)
    app_font(18)
    window, large_reading = reading_size(qtbot)
    for widget in (window.pane_list, window.outline, window.zoom_label, window.menuBar()):
        assert widget.font().pointSizeF() == pytest.approx(18)
    assert large_reading >= small_reading * 1.7  # the document grows with the interface


def test_the_interface_font_keeps_the_desktop_size_in_the_cjk_families(app_font):
    app_font(16)
    font = ui_font()
    assert font.pointSizeF() == pytest.approx(16)
    assert "Noto Sans CJK SC" in font.families()
    app_font(7)
    assert ui_font().pointSizeF() >= 10  # never smaller than the interface was designed for


def test_zoom_scales_the_reading_view_from_the_larger_size(qtbot, app_font):
    app_font(18)
    window, base = reading_size(qtbot)
    window.set_zoom(2)
    assert window.current_view().font().pointSize() == base + 2
    assert window.zoom_label.text().endswith(f"{round(100 * (base + 2) / base)}%")
    assert QApplication.font().pointSizeF() == pytest.approx(18)
