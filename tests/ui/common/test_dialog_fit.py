"""Secondary windows fit a 1024x700 screen: the comparison, print preview, user guide and
shortcuts list each open inside the screen's free area (issue 15, D7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractButton

from tests.core.versions.test_compare import NEW_TEXT, OLD
from tests.ui.conftest import BRIEFING, open_and_wait
from viewer.ui.common.window_fit import FRAME_RESERVE

pytestmark = pytest.mark.gui
SMALL = QRect(0, 0, 1024, 700)


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(SMALL))


def fits(widget) -> bool:
    frame = widget.size() + FRAME_RESERVE
    return frame.width() <= SMALL.width() and frame.height() <= SMALL.height()


def test_comparison_fits(qtbot, small_screen, window, tmp_path):
    from viewer.ui.versions.compare_view import CompareView

    old, new = tmp_path / "示例法(2015-03-15).md", tmp_path / "示例法(2023-03-13).md"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW_TEXT, encoding="utf-8")
    view = CompareView(old, new, window)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.ready, timeout=10_000):
        view.show()
    assert fits(view), view.size()
    assert not cut_off_buttons(view)  # "Next change" and the right column are in view


def cut_off_buttons(window) -> list[str]:
    """Visible buttons of `window` that reach past its edges."""
    cut = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window):
            place = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
            if not window.rect().contains(place):
                cut.append(button.text() or button.objectName())
    return cut


def test_guide_and_shortcuts_fit(qtbot, small_screen, window):
    from viewer.ui.help.menu import show_guide
    from viewer.ui.help.shortcuts_dialog import ShortcutsDialog

    guide = show_guide(window)
    qtbot.waitExposed(guide)
    assert fits(guide), guide.size()
    assert not cut_off_buttons(guide)  # its Close button
    guide.close()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert fits(dialog), dialog.size()


def test_print_preview_fits(qtbot, small_screen, window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from viewer.ui.export.controller import exporter
    from viewer.ui.export.dialogs import ScopeDialog

    monkeypatch.setattr(ScopeDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    open_and_wait(qtbot, window, BRIEFING)
    controller = exporter(window)
    with qtbot.waitSignal(controller.preview_shown, timeout=10_000) as shown:
        controller.print_document(None)
    preview = shown.args[0]
    assert fits(preview), preview.size()
    preview.close()
