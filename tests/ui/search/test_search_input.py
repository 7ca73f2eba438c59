"""What people type or paste into the search box: IME quotation marks, words holding zero-width
characters, and queries far too long. Each is answered and highlighted where the reader sees it."""

from __future__ import annotations

import pytest

from tests.ui.conftest import BRIEFING, open_and_wait
from tests.ui.search.test_search_panel import TIMEOUT, highlight_state, run_query
from viewer.core.search.query_parser import MAX_TERMS

pytestmark = pytest.mark.gui


@pytest.fixture
def controller(qtbot, window):
    from viewer.ui.search.panel import install_search

    return install_search(window)


def _open(qtbot, window, controller, path):
    open_and_wait(qtbot, window, path)
    qtbot.waitUntil(lambda: controller.ready, timeout=TIMEOUT)


def _shown_text(window, ranges) -> list[str]:
    text = window.current_view().document().toPlainText()
    return [text[s:e] for s, e in ranges]


def test_ime_quotes_find_what_ascii_quotes_find(qtbot, window, controller):
    _open(qtbot, window, controller, BRIEFING)
    ascii_quoted = run_query(qtbot, controller, '"连接一切"')
    typed = run_query(qtbot, controller, "“连接一切”")
    assert typed.total == ascii_quoted.total > 0


def test_a_word_split_by_a_zero_width_space_is_found_and_highlighted(
    qtbot, window, controller, tmp_path
):
    path = tmp_path / "zw.md"
    path.write_text(
        "# 通知\n\n## 金融\n\n春节期间红\u200b包雨活动暂停，红包照发。\n", encoding="utf-8"
    )
    _open(qtbot, window, controller, path)
    results = run_query(qtbot, controller, "红包")
    assert results.total == 1 and results.match_count == 2
    controller.panel.results.setCurrentIndex(controller.panel.model.index(0))
    qtbot.waitUntil(lambda: len(highlight_state(window)[0]) == 2, timeout=TIMEOUT)
    ranges, _ = highlight_state(window)
    assert _shown_text(window, ranges) == ["红\u200b包", "红包"]


def test_an_oversized_query_is_shortened_and_the_panel_says_so(qtbot, window, controller):
    _open(qtbot, window, controller, BRIEFING)
    controller.panel.box.clear()
    query = " OR ".join(f"红包{i}" for i in range(1000))
    with qtbot.waitSignal(controller.search_finished, timeout=TIMEOUT):
        controller.panel.box.setText(query)  # a paste: one edit, not 8,000 key presses
    qtbot.waitUntil(
        lambda: f"first {MAX_TERMS}" in controller.panel.message_html(), timeout=TIMEOUT
    )


def test_selecting_a_word_with_a_zero_width_space_quotes_it_plainly(qtbot, window, tmp_path):
    from PySide6.QtGui import QTextCursor

    from viewer.core.bookmarks.anchoring import anchor_for_range

    path = tmp_path / "zw.md"
    path.write_text("# 通知\n\n## 金融\n\n春节期间红\u200b包雨活动暂停。\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    view = window.current_view()
    shown = view.document().toPlainText()
    start = shown.index("红\u200b包雨")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("红\u200b包雨"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    pane_start, pane_end = view.selection_pane_range()
    anchor = anchor_for_range(window.current_document, window.current_pane_id, pane_start, pane_end)
    assert anchor.quote == "红包雨"


def test_a_very_long_query_is_quoted_shortened_where_nothing_matches(qtbot, window, controller):
    _open(qtbot, window, controller, BRIEFING)
    panel = controller.panel
    query = "火星" * 3000  # 6,000 characters, pasted
    with qtbot.waitSignal(controller.search_finished, timeout=TIMEOUT) as blocker:
        panel.box.setText(query)
    assert blocker.args[0].total == 0
    shown = panel.message.text()
    assert f"No matches for “{query[:39]}…”" in shown and query[:60] not in shown
    lines = panel.message.heightForWidth(panel.width()) / panel.message.fontMetrics().height()
    assert lines < 8  # the message stays a few lines, the results list keeps the panel
