"""Search panel: typing, results, highlights, F3 across panes, Esc, pane filter, no-match help,
stale results, searching off the GUI thread, and `--search` with `--screenshot`."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import BRIEFING, open_and_wait
from viewer.core.search.query_parser import parse_query
from viewer.core.search.snippets import match_spans, text_matches
from viewer.core.text.folding import fold

pytestmark = pytest.mark.gui
TIMEOUT = 20_000


@pytest.fixture
def search(qtbot, window):
    """The window with search installed, the briefing open and its index ready."""
    from viewer.ui.search.panel import install_search

    controller = install_search(window)
    open_and_wait(qtbot, window, BRIEFING)
    qtbot.waitUntil(lambda: controller.ready, timeout=TIMEOUT)
    return controller


def type_text(widget, text: str) -> None:
    """Per-character key events: QTest.keyClicks aborts the process on CJK characters."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def run_query(qtbot, controller, text: str):
    box = controller.panel.box
    box.clear()
    with qtbot.waitSignal(controller.search_finished, timeout=TIMEOUT) as blocker:
        type_text(box, text)
    return blocker.args[0]


def core_results(document, query: str):
    from viewer.core.search.engine import DocumentSearch

    return DocumentSearch(document).search(query)


def expected_pane_ranges(pane, query: str) -> list[tuple[int, int]]:
    """Every match of `query` in the pane's matching passages, as Pane.text ranges."""
    parsed, ranges, offset = parse_query(query), [], 0
    for passage in pane.passages:
        folded = fold(passage.text)
        if text_matches(parsed, folded):
            ranges += [(offset + s, offset + e) for s, e in match_spans(parsed, folded)]
        offset += len(passage.text) + 1
    return ranges


def highlight_state(window):
    """(document ranges, index of the current highlight) of the shown pane."""
    from viewer.ui.document.text_layers import CURRENT_HIGHLIGHT

    view = window.current_view()
    ranges = view.highlight_ranges()
    selections = view.extraSelections()[len(view.extraSelections()) - len(ranges) :]
    current = [i for i, s in enumerate(selections) if s.format.background() == CURRENT_HIGHLIGHT]
    return ranges, current


def doc_ranges(view, ranges):
    text_map = view.text_map()
    return [text_map.pane_to_doc(s, e) for s, e in ranges]


def test_typing_searches_off_the_gui_thread_and_lists_every_hit(qtbot, search, monkeypatch):
    from viewer.ui.search import controller as search_controller

    threads = []
    original = search_controller.run_search

    def recording(searcher, query):
        threads.append(threading.current_thread() is threading.main_thread())
        return original(searcher, query)

    monkeypatch.setattr(search_controller, "run_search", recording)
    results = run_query(qtbot, search, "红包")
    expected = core_results(search.window.current_document, "红包")
    assert threads and not any(threads)  # every search ran on a worker thread
    assert results.query == "红包"
    assert search.panel.model.rowCount() == expected.total > 0
    assert len(search.matches) == expected.match_count
    assert f"{expected.match_count} matches" in search.panel.message.text()
    counts = [search.panel.pane_combo.itemText(i) for i in range(search.panel.pane_combo.count())]
    assert len(counts) == 1 + len(expected.pane_counts)
    # the count is of passages, as each topic's is; "All topics (2)" read as two topics
    assert counts[0] == f"All topics ({expected.total} passages)"


def test_choosing_a_hit_shows_its_pane_with_every_match_highlighted(qtbot, search):
    window = search.window
    run_query(qtbot, search, "互联网+")
    model, view_list = search.panel.model, search.panel.results
    row = next(r for r in range(model.rowCount()) if model.hit(r).pane_id != window.current_pane_id)
    hit = model.hit(row)
    qtbot.mouseClick(
        view_list.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view_list.visualRect(model.index(row)).center(),
    )
    assert window.current_pane_id == hit.pane_id
    view = window.current_view()
    pane = window.current_document.pane(hit.pane_id)
    expected = expected_pane_ranges(pane, "互联网+")
    ranges, current = highlight_state(window)
    assert ranges == doc_ranges(view, expected)
    assert len(ranges) > 1
    # the current (distinct) highlight is the hit's first match
    starts = {p.id: 0 for p in pane.passages}
    offset = 0
    for passage in pane.passages:
        starts[passage.id] = offset
        offset += len(passage.text) + 1
    first = (starts[hit.passage_id] + hit.spans[0][0], starts[hit.passage_id] + hit.spans[0][1])
    assert current == [expected.index(first)]
    assert search.status_label.text().startswith("match ")


def test_f3_steps_through_every_match_in_document_order_across_panes(qtbot, search):
    window = search.window
    results = run_query(qtbot, search, "互联网+")
    window.activateWindow()
    seen = []
    for _ in range(results.match_count):
        QTest.keyClick(window, Qt.Key.Key_F3)
        match = search.current_match()
        assert window.current_pane_id == match.pane_id
        ranges, current = highlight_state(window)
        assert len(current) == 1
        seen.append((match.order, match.start))
        assert search.status_label.text() == f"match {len(seen)} of {results.match_count}"
    assert seen == sorted(seen) and len(set(seen)) == results.match_count
    assert len({m.pane_id for m in search.matches}) == len(results.pane_counts) > 1
    QTest.keyClick(window, Qt.Key.Key_F3)  # wraps around to the first match
    assert search.current == 0
    QTest.keyClick(window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert search.current == results.match_count - 1
    # Enter / Shift+Enter in the box step too
    box = search.panel.box
    window.search_actions["find"].trigger()  # Ctrl+F: Enter acts in the box shown, with focus
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert search.current == 0
    QTest.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert search.current == results.match_count - 1


def test_escape_clears_box_results_and_highlights(qtbot, search):
    from viewer.ui.document.topic_pane import TopicPane

    window = search.window
    run_query(qtbot, search, "互联网+")
    QTest.keyClick(window, Qt.Key.Key_F3)
    QTest.keyClick(window, Qt.Key.Key_F3)
    assert window.current_view().highlight_ranges()
    QTest.keyClick(search.panel.box, Qt.Key.Key_Escape)
    assert search.panel.box.text() == ""
    assert search.panel.model.rowCount() == 0 and search.results is None
    assert all(not v.highlight_ranges() for v in window.findChildren(TopicPane))
    assert search.status_label.text() == ""
    # Esc also works from the text (a window shortcut while a search is active)
    run_query(qtbot, search, "红包")
    window.current_view().setFocus()
    QTest.keyClick(window.current_view(), Qt.Key.Key_Escape)
    assert search.results is None and search.panel.box.text() == ""


def test_pane_filter_limits_list_and_navigation(qtbot, search):
    window = search.window
    results = run_query(qtbot, search, "互联网+")
    combo = search.panel.pane_combo
    assert combo.count() == 1 + len(results.pane_counts)
    pane_id = combo.itemData(2)
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    model = search.panel.model
    assert model.rowCount() == results.pane_counts[pane_id]
    assert {model.hit(r).pane_id for r in range(model.rowCount())} == {pane_id}
    for _ in range(len(search.matches) + 1):
        QTest.keyClick(window, Qt.Key.Key_F3)
        assert window.current_pane_id == pane_id
    pane = window.current_document.pane(pane_id)
    expected = doc_ranges(window.current_view(), expected_pane_ranges(pane, "互联网+"))
    assert highlight_state(window)[0] == expected
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert model.rowCount() == results.total


def test_no_match_says_so_and_the_suggestion_runs(qtbot, search):
    results = run_query(qtbot, search, "红包 火星")
    assert results.total == 0 and results.suggestion
    message = search.panel.message
    assert "No matches" in message.text()
    assert search.panel.model.rowCount() == 0
    assert f">{results.suggestion}</a>" in message.text()
    with qtbot.waitSignal(search.search_finished, timeout=TIMEOUT) as blocker:
        message.linkActivated.emit("suggest:")
    assert blocker.args[0].query == results.suggestion
    assert search.panel.box.text() == results.suggestion
    assert search.panel.model.rowCount() == blocker.args[0].total > 0


def test_stale_results_are_discarded(qtbot, search, monkeypatch):
    from viewer.ui.search import controller as search_controller

    release = threading.Event()
    original = search_controller.run_search

    def slow_first(searcher, query):
        if query == "互联网":
            release.wait(5)  # still running when the next query arrives
        return original(searcher, query)

    monkeypatch.setattr(search_controller, "run_search", slow_first)
    applied = []
    search.search_finished.connect(lambda r: applied.append(r.query))
    box = search.panel.box
    box.setText("互联网")
    search.run_now()
    box.setText("红包")
    search.run_now()
    release.set()
    qtbot.waitUntil(lambda: bool(applied), timeout=TIMEOUT)
    assert applied == ["红包"]
    assert search.results.query == "红包"
    assert (
        search.panel.model.rowCount() == core_results(search.window.current_document, "红包").total
    )


def test_typing_fast_runs_only_the_last_query(qtbot, search):
    applied = []
    search.search_finished.connect(lambda r: applied.append(r.query))
    box = search.panel.box
    with qtbot.waitSignal(search.search_finished, timeout=TIMEOUT):
        type_text(box, "深圳腾讯")  # faster than the debounce: one search
    assert applied == ["深圳腾讯"]
    assert not search.pending_work()  # nothing else is queued: the partial queries never ran


def test_query_typed_while_indexing_runs_when_ready(qtbot, window):
    from viewer.ui.search.panel import install_search

    controller = install_search(window)
    controller.panel.box.setText("红包")
    controller.run_now()  # Enter before anything is loaded
    assert not controller.ready
    with qtbot.waitSignal(controller.search_finished, timeout=TIMEOUT) as blocker:
        open_and_wait(qtbot, window, BRIEFING)
        assert "Indexing" in controller.panel.message.text()
    assert blocker.args[0].query == "红包" and blocker.args[0].total > 0


def test_shortcuts_focus_the_box_and_help_explains_the_language(qtbot, search):
    window = search.window
    window.current_view().setFocus()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: search.panel.box.hasFocus())
    window.current_view().setFocus()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: search.panel.box.hasFocus())
    help_text = search.panel.help_button.toolTip()
    for part in ("OR", "-红包", "NOT", '"连接一切"', "pane:金融", "traditional"):
        assert part in help_text


def test_a_cut_location_line_keeps_the_section_of_the_hit(qapp):
    """At a narrow width the pane title gives way: “… › 场面火爆” stays readable."""
    from types import SimpleNamespace

    from PySide6.QtGui import QFont, QFontMetrics

    from viewer.ui.common.hit_list import elided_location

    heading = "“小马哥”+“互联网+”= 场面火爆"
    hit = SimpleNamespace(pane_title="学习会：“小马哥”讲“互联网+”", heading=heading)
    metrics = QFontMetrics(QFont())
    section = metrics.horizontalAdvance(" › " + heading)
    for width in (section + 50, section + 120):
        line = elided_location(hit, metrics, width)
        assert metrics.horizontalAdvance(line) <= width
        assert line.endswith(" › " + heading) and line.startswith("学习会"), (width, line)
    narrow = elided_location(hit, metrics, section // 2)
    assert " › " in narrow and metrics.horizontalAdvance(narrow) <= section // 2


def test_a_section_spelled_like_its_pane_is_not_repeated():
    from types import SimpleNamespace

    from viewer.ui.common.hit_list import hit_location

    hit = SimpleNamespace(pane_title="第三章  决定和接收", heading="第三章 决定和接收")
    assert hit_location(hit) == "第三章  决定和接收"


def test_reading_never_builds_the_index_and_a_search_answers_before_it(qtbot, window):
    from viewer.ui.search.panel import install_search

    controller = install_search(window)
    open_and_wait(qtbot, window, BRIEFING)
    qtbot.waitUntil(lambda: controller.ready, timeout=TIMEOUT)
    assert not controller.index_ready  # nothing typed yet: no index, no Whoosh work
    with qtbot.waitSignal(controller.index_ready_changed, timeout=TIMEOUT):
        results = run_query(qtbot, controller, "微信")
    assert results.total > 0 and "until the search index is ready" in results.notice
    assert controller.index_ready and run_query(qtbot, controller, "微信").notice is None


def test_results_arrive_while_the_index_is_still_being_built(qtbot, window, monkeypatch):
    from viewer.ui.search import controller as search_controller
    from viewer.ui.search.panel import install_search

    release = threading.Event()
    real = search_controller.build_index

    def slow_build(search):
        release.wait(30)  # an index that takes a long time (a 300 KB law: seconds)
        return real(search)

    monkeypatch.setattr(search_controller, "build_index", slow_build)
    controller = install_search(window)
    try:
        open_and_wait(qtbot, window, BRIEFING)
        qtbot.waitUntil(lambda: controller.ready, timeout=TIMEOUT)
        results = run_query(qtbot, controller, "红包")
        assert not controller.index_ready
        expected = core_results(window.current_document, "红包")
        assert (results.total, results.match_count) == (expected.total, expected.match_count)
        assert f"in {expected.total} passages" in controller.panel.message.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: controller.index_ready, timeout=TIMEOUT)
    assert run_query(qtbot, controller, "红包").total == expected.total


def test_a_narrow_panel_lists_hits_with_no_sideways_scrolling(qtbot, search):
    from PySide6.QtWidgets import QDockWidget

    window, list_view = search.window, search.panel.results
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    dock = next(d for d in window.findChildren(QDockWidget) if d.isAncestorOf(list_view))
    dock.show()
    dock.raise_()
    list_view.setFixedWidth(190)  # the panel beside a library at 1024 pixels
    run_query(qtbot, search, "互联网")
    assert search.panel.model.rowCount() > 10
    narrow = lambda: list_view.isVisible() and list_view.viewport().width() < 190  # noqa: E731
    qtbot.waitUntil(narrow, timeout=5000)
    list_view.doItemsLayout()
    qtbot.wait(50)
    assert not list_view.horizontalScrollBar().isVisible()
