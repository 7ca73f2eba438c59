"""Keys typed right after the window appears, before search and bookmarks are installed, are
not lost (issue 8, item 15): Ctrl+F then a query ends up in the search box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from viewer.cli.main import build_parser

pytestmark = pytest.mark.gui


def test_ctrl_f_and_a_query_typed_at_once_reach_the_search_box(qtbot, sample_md):
    from viewer.ui.common.workers import wait_for_all
    from viewer.ui.window.app import open_window

    args = build_parser().parse_args([str(sample_md), "--theme", "light"])
    window = open_window(QApplication.instance(), args, sample_md, None, None)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    assert getattr(window, "search_panel", None) is None  # features not installed yet
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for key in (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_C):
        QTest.keyClick(window, key)
    qtbot.waitUntil(lambda: getattr(window, "search_panel", None) is not None, timeout=10_000)
    box = window.search_panel.box
    qtbot.waitUntil(lambda: box.text() == "abc")
    assert box.hasFocus()
    controller = window.search_panel.controller
    qtbot.waitUntil(lambda: controller.ready, timeout=30_000)
    wait_for_all(30_000)


def test_keys_arriving_from_the_system_are_held_too(qtbot, sample_md):
    """Real key presses reach the window through its platform window (QTest's QWindow overload
    takes that path), not as events sent straight to a widget."""
    from viewer.ui.common.workers import wait_for_all
    from viewer.ui.window.app import open_window

    args = build_parser().parse_args([str(sample_md), "--theme", "light"])
    window = open_window(QApplication.instance(), args, sample_md, None, None)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    assert getattr(window, "search_panel", None) is None  # features not installed yet
    handle = window.windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for key in (Qt.Key.Key_X, Qt.Key.Key_Y):
        QTest.keyClick(handle, key)
    qtbot.waitUntil(lambda: getattr(window, "search_panel", None) is not None, timeout=10_000)
    box = window.search_panel.box
    qtbot.waitUntil(lambda: box.text() == "xy")
    assert box.hasFocus()
    qtbot.waitUntil(lambda: window.search_panel.controller.ready, timeout=30_000)
    wait_for_all(30_000)


def test_a_query_typed_as_a_library_window_appears_stays_in_the_library_box(qtbot, tmp_path):
    from tests.ui.library.test_library_panels import make_library
    from viewer.ui.window.app import open_window

    folder = make_library(tmp_path / "lib")
    args = build_parser().parse_args([str(folder), "--theme", "light"])
    window = open_window(QApplication.instance(), args, folder, None, None)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    # The library's panels are there from the first frame, before its folder is listed.
    box = window.library.panel.box
    assert box.isVisible()
    box.setFocus()
    QTest.keyClicks(box, "law")
    qtbot.waitUntil(lambda: window.library.view.model.rowCount() == 5, timeout=10_000)
    qtbot.waitUntil(lambda: getattr(window, "search_panel", None) is not None)
    try:
        assert box.text() == "law" and box.hasFocus()
        assert box.isVisible()  # not covered by another tab after the listing
    finally:
        window.library.shutdown()
