"""A window following the desktop's colour scheme paints its first frame in the scheme the
desktop had at the last start (asking Qt costs ~15 ms before the first paint), then checks the
desktop right after that frame and follows it if it changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.window.test_first_frame import finish
from viewer.cli.main import build_parser
from viewer.ui.window import theme
from viewer.ui.window.window_state import window_settings

pytestmark = pytest.mark.gui


def start(qtbot, path):
    from viewer.ui.window.app import open_window

    args = build_parser().parse_args([str(path)])  # no --theme: the saved "system"
    window = open_window(QApplication.instance(), args, path, None, None)
    qtbot.addWidget(window)
    return window


def test_the_desktops_scheme_is_remembered_for_the_next_start(qtbot, sample_md):
    window = start(qtbot, sample_md)
    qtbot.waitUntil(lambda: window.chrome_built, timeout=10_000)
    desktop = theme.resolve("system")  # what Qt says (offscreen: no scheme, so light)
    assert window.resolved_theme == desktop
    assert window_settings().value(theme.SYSTEM_SCHEME_KEY) == desktop
    finish(qtbot, window)


def test_a_desktop_that_changed_since_the_last_start_is_followed_after_the_first_frame(
    qtbot, sample_md
):
    finish(qtbot, start(qtbot, sample_md))  # fills the document cache: a first-frame start
    desktop = theme.resolve("system")
    other = "dark" if desktop == "light" else "light"
    window_settings().setValue(theme.SYSTEM_SCHEME_KEY, other)  # the desktop changed since
    window_settings().sync()
    window = start(qtbot, sample_md)
    assert not window.chrome_built and window.resolved_theme == other  # last start's scheme
    qtbot.waitUntil(lambda: window.chrome_built, timeout=10_000)
    assert window.resolved_theme == desktop  # checked after the first frame, and followed
    paper = "#ffffff" if desktop == "light" else "#1e1f22"  # the palette change is an event
    qtbot.waitUntil(lambda: window.current_view().palette().base().color().name() == paper)
    assert window_settings().value(theme.SYSTEM_SCHEME_KEY) == desktop
    finish(qtbot, window)


def test_the_first_start_takes_the_desktops_palette_until_it_has_asked(qtbot, sample_md):
    from PySide6.QtGui import QColor, QPalette

    finish(qtbot, start(qtbot, sample_md))  # a cached document: a first-frame start
    window_settings().remove(theme.SYSTEM_SCHEME_KEY)  # as before any start
    window_settings().sync()
    app = QApplication.instance()
    desktop = theme.resolve("system")
    palette = QPalette(app.palette())
    other = "dark" if desktop == "light" else "light"
    palette.setColor(QPalette.ColorRole.Window, QColor("#202020" if other == "dark" else "#f0f0f0"))
    app.setPalette(palette)  # a desktop palette that says the other scheme
    theme._applied.clear()  # as in a new process: nothing applied yet
    window = start(qtbot, sample_md)
    assert not window.chrome_built and window.resolved_theme == other  # the palette's guess
    qtbot.waitUntil(lambda: window.chrome_built, timeout=10_000)
    assert window.resolved_theme == desktop  # what Qt says wins, right after the first frame
    assert window_settings().value(theme.SYSTEM_SCHEME_KEY) == desktop
    finish(qtbot, window)
