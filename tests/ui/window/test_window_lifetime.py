"""The started window is held for the whole event loop. On a slow start (a busy machine) the
cycle collector, run on the GUI thread every 0.5 s (gc_guard), may run before the first paint:
a window kept alive only by its own reference cycles then lost its Python side, its first-paint
watchers failed on every event and the start never finished."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.window.test_first_frame import finish, start
from viewer.cli.main import build_parser

pytestmark = pytest.mark.gui


def test_the_window_outlives_a_garbage_collection_before_its_first_paint(
    qtbot, sample_md, monkeypatch
):
    from viewer.ui.common.dialogs import crash
    from viewer.ui.window import app as app_module
    from viewer.ui.window.main_window import MainWindow

    finish(qtbot, start(qtbot, sample_md))  # cached: the first frame is the reading view alone
    monkeypatch.setattr(crash, "install_excepthook", lambda fatal=False: None)  # pytest-qt's
    monkeypatch.setattr(app_module, "_quiet_harmless_qt_messages", lambda: None)
    finished = []

    def event_loop(_app) -> int:
        gc.collect()  # what the collector may do before a slow start's first paint
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        windows = [w for w in shown if isinstance(w, MainWindow)]
        assert len(windows) == 1, "the window lost its Python object"
        window = windows[0]
        qtbot.waitUntil(lambda: window.chrome_built, timeout=10_000)  # after the first paint
        finish(qtbot, window)
        finished.append(window)
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    args = build_parser().parse_args([str(sample_md), "--theme", "light"])
    assert app_module._run_gui(args, sample_md, None, None) == 0
    assert finished
