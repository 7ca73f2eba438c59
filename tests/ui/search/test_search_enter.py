"""Enter pressed in the search box before the typing pause has run the query: the search runs
at once and the view goes straight to the first match (Shift+Enter: the last)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.search.test_search_panel import (  # noqa: F401 - fixture
    TIMEOUT,
    highlight_state,
    search,
    type_text,
)

pytestmark = pytest.mark.gui


def _type_then_press(qtbot, controller, text: str, modifier=Qt.KeyboardModifier.NoModifier):
    window, box = controller.window, controller.panel.box
    window.search_actions["find"].trigger()
    qtbot.waitUntil(box.hasFocus)
    with qtbot.waitSignal(controller.search_finished, timeout=TIMEOUT) as blocker:
        type_text(box, text)
        assert controller.pending_work() and controller.results is None  # the pause is running
        QTest.keyClick(box, Qt.Key.Key_Return, modifier)
    return blocker.args[0]


def test_enter_right_after_typing_goes_to_the_first_match(qtbot, search):  # noqa: F811
    results = _type_then_press(qtbot, search, "互联网+")
    assert results.match_count > 1
    assert search.current == 0
    match = search.current_match()
    assert search.window.current_pane_id == match.pane_id
    assert len(highlight_state(search.window)[1]) == 1  # the current match is marked
    assert search.status_label.text() == f"match 1 of {results.match_count}"
    QTest.keyClick(search.panel.box, Qt.Key.Key_Return)  # a second Enter: the next match
    assert search.current == 1


def test_shift_enter_right_after_typing_goes_to_the_last_match(qtbot, search):  # noqa: F811
    results = _type_then_press(qtbot, search, "红包", Qt.KeyboardModifier.ShiftModifier)
    assert search.current == results.match_count - 1 > 0


def test_typing_on_after_enter_does_not_jump(qtbot, search):  # noqa: F811
    box = search.panel.box
    search.window.search_actions["find"].trigger()
    qtbot.waitUntil(box.hasFocus)
    type_text(box, "红包")
    QTest.keyClick(box, Qt.Key.Key_Return)
    with qtbot.waitSignal(search.search_finished, timeout=TIMEOUT) as blocker:
        type_text(box, "雨")  # the reader went on typing: that Enter was for "红包"
    if blocker.args[0].query == "红包":  # the first search answered before the new key
        qtbot.waitUntil(lambda: search.results.query == "红包雨", timeout=TIMEOUT)
    assert search.results.query == "红包雨" and search.current is None
