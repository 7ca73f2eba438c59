"""Geometry, last pane and zoom survive a relaunch (a new window in the same data dir)."""

from __future__ import annotations

import pytest

from tests.ui.conftest import open_and_wait
from viewer.core.base.paths import app_paths

pytestmark = pytest.mark.gui


def new_window(qtbot):
    from viewer.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.restore_layout()
    win.show()
    qtbot.waitExposed(win)
    return win


def test_relaunch_restores_geometry_pane_zoom_and_theme(qtbot, sample_md):
    first = new_window(qtbot)
    doc = open_and_wait(qtbot, first, sample_md)
    first.resize(760, 540)  # inside the 800x600 offscreen screen
    first.show_pane(doc.panes[2].id)
    first.set_zoom(3)
    first.set_theme("dark")
    first.close()
    assert (app_paths().config / "window.ini").exists()
    assert app_paths().settings_file.exists()

    second = new_window(qtbot)
    assert (second.width(), second.height()) == (760, 540)
    assert second.zoom == 3
    assert second.resolved_theme == "dark"
    open_and_wait(qtbot, second, sample_md)
    assert second.current_pane_id == doc.panes[2].id
    assert second.settings.recent_files[0] == str(sample_md.resolve())
    second.set_theme("light")


def test_requested_pane_wins_over_the_remembered_one(qtbot, sample_md):
    win = new_window(qtbot)
    win.requested_pane = "第二部分"  # --pane accepts a title or an id
    doc = open_and_wait(qtbot, win, sample_md)
    assert win.current_pane_id == doc.panes[1].id


def test_requested_pane_by_number_and_one_that_is_not_there(qtbot, sample_md, capsys):
    win = new_window(qtbot)
    win.requested_pane = "3"  # the third topic, as export --pane counts them
    doc = open_and_wait(qtbot, win, sample_md)
    assert win.current_pane_id == doc.panes[2].id
    win.requested_pane = "不存在"
    open_and_wait(qtbot, win, sample_md)
    assert "no topic “不存在”" in capsys.readouterr().err
    qtbot.waitUntil(lambda: "不存在" in win.statusBar().currentMessage(), timeout=3000)
