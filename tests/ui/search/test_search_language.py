"""The search panel speaks one language at a time and follows a switch at once, results shown."""

from __future__ import annotations

import re

import pytest

from tests.ui.conftest import BRIEFING, open_and_wait, shown_text
from tests.ui.search.test_search_panel import TIMEOUT, run_query
from viewer.ui.common import i18n

pytestmark = pytest.mark.gui
# Names that stay as they are in the Chinese interface: keys and query operators.
ALLOWED_LATIN = {"Ctrl", "Shift", "Esc", "OR", "NOT", "pane", "ABC", "abc"}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
CJK = re.compile(r"[\u3400-\u9fff]")


def latin_words(text: str) -> list[str]:
    return [w for w in LATIN_WORD.findall(text) if w not in ALLOWED_LATIN]


@pytest.fixture
def search(qtbot, window):
    from viewer.ui.search.panel import install_search

    controller = install_search(window)
    open_and_wait(qtbot, window, BRIEFING)
    qtbot.waitUntil(lambda: controller.ready, timeout=TIMEOUT)
    return controller


def switch(qtbot, code: str) -> None:
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install(code)


def panel_texts(window, controller) -> dict[str, str]:
    """Everything the panel, its menu and its status show, bar the query and document text."""
    panel = controller.panel
    texts = {
        "placeholder": panel.box.placeholderText(),
        "message": panel.message.text().split("<br>")[0],  # notices are checked in the core
        "status": controller.status_label.text(),
        "help": panel.help_button.toolTip(),
        "all topics": panel.pane_combo.itemText(0) if panel.pane_combo.count() else "",
        "menu": " ".join(a.text() for a in window.search_actions.values()),
    }
    for widget in (panel.box, panel.help_button, panel.pane_combo, panel.results):
        texts[widget.objectName()] = f"{widget.accessibleName()} {widget.accessibleDescription()}"
    return texts


def test_switching_to_chinese_rerenders_the_panel_with_its_results(qtbot, window, search):
    results = run_query(qtbot, search, "红包")
    assert results.total > 1
    search.step(1)
    english = panel_texts(window, search)
    assert "matches in" in english["message"] and english["status"].startswith("match 1 of")
    switch(qtbot, "zh")
    chinese = panel_texts(window, search)
    assert f"{results.match_count:,} 处匹配" in chinese["message"]
    assert chinese["status"] == f"第 1 处，共 {results.match_count} 处匹配"
    assert chinese["placeholder"] == "搜索（Ctrl+F）"
    assert search.panel.model.rowCount() == results.total  # the results stay shown
    for name, text in chinese.items():
        assert text and not latin_words(shown_text(text)), (name, text)
    switch(qtbot, "en")
    assert panel_texts(window, search) == english


def test_the_english_panel_has_no_chinese_words(qtbot, window, search):
    from viewer.ui.search.messages import FOLDING_EXAMPLES

    run_query(qtbot, search, "红包")
    for name, text in panel_texts(window, search).items():
        if name == "help":  # its query examples are Chinese searches, shown as typed
            text = re.sub(r"<tr><td>.*?</td>", "", text).replace(FOLDING_EXAMPLES, "")
        assert not CJK.search(text), (name, text)


def test_the_search_menu_and_its_title_follow_the_language(qtbot, window, search):
    menu = window.search_actions["find"].associatedObjects()[-1]
    assert menu.title() == "&Search"
    switch(qtbot, "zh")
    assert menu.title() == "搜索(&S)"
    assert window.search_actions["find_next"].text() == "查找下一处(&N)"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("独角兽出现一次。", "1 match in 1 passage, 1 topic"),
        ("独角兽与独角兽。", "2 matches in 1 passage, 1 topic"),
        ("## 甲\n\n独角兽。\n\n## 乙\n\n独角兽。", "2 matches in 2 passages, 2 topics"),
    ],
)
def test_english_counts_take_the_right_plural(qtbot, window, tmp_path, body, expected):
    from viewer.ui.search.panel import install_search

    controller = install_search(window)
    path = tmp_path / "plural.md"
    path.write_text(f"# 复数\n\n{body}\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    qtbot.waitUntil(lambda: controller.ready, timeout=TIMEOUT)
    results = run_query(qtbot, controller, "独角兽")
    assert controller.panel.message.text().startswith(expected)
    status = controller.status_label.text()
    assert status == ("1 match" if results.match_count == 1 else f"{results.match_count} matches")


def test_a_no_match_message_and_its_suggestion_switch_language(qtbot, window, search):
    results = run_query(qtbot, search, "红包 火星")
    assert results.suggestion
    assert "No matches for “红包 火星”." in search.panel.message.text()
    switch(qtbot, "zh")
    text = search.panel.message.text()
    assert "没有找到“红包 火星”。" in text and "试试：" in text
    assert f">{results.suggestion}</a>" in text
    assert search.status_label.text() == "无匹配"


def test_a_notice_from_the_core_follows_a_switch(qtbot, window, search):
    """The oversized-query notice is worded by the core: the panel asks for it again."""
    from viewer.core.search.query_parser import MAX_TERMS

    query = " OR ".join(f"红包{i}" for i in range(MAX_TERMS + 5))
    with qtbot.waitSignal(search.search_finished, timeout=TIMEOUT):
        search.panel.box.setText(query)
    qtbot.waitUntil(lambda: f"first {MAX_TERMS} words" in search.panel.message.text())
    switch(qtbot, "zh")
    qtbot.waitUntil(lambda: f"前 {MAX_TERMS} 个词" in search.panel.message.text(), timeout=TIMEOUT)


def test_every_focusable_control_of_the_panel_has_a_translated_name(qtbot, window, search):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    run_query(qtbot, search, "红包")  # the topic filter shows once there are results
    panel = search.panel
    focusable = [
        w
        for w in panel.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(panel)
    ]
    assert panel.box in focusable and panel.results in focusable
    english = {w: w.accessibleName() for w in focusable}
    assert all(english.values()), english
    switch(qtbot, "zh")
    for widget in focusable:
        assert widget.accessibleName() != english[widget]
        assert CJK.search(widget.accessibleName()), widget.objectName()


def test_a_suggestion_can_be_run_from_the_keyboard(qtbot, window, search):
    from PySide6.QtCore import Qt

    results = run_query(qtbot, search, "红包 火星")
    message = search.panel.message
    assert message.focusPolicy() != Qt.FocusPolicy.NoFocus and message.accessibleName()
    message.setFocus()
    qtbot.keyClick(message, Qt.Key.Key_Tab)  # onto the link inside the message
    with qtbot.waitSignal(search.search_finished, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(message, Qt.Key.Key_Return)
    assert blocker.args[0].query == results.suggestion


def test_a_switch_keeps_the_topic_filter_and_the_current_match(qtbot, window, search):
    from viewer.core.search.query_parser import MAX_TERMS

    query = " OR ".join(["互联网"] + [f"词{i}" for i in range(MAX_TERMS + 5)])  # with a notice
    with qtbot.waitSignal(search.search_finished, timeout=TIMEOUT):
        search.panel.box.setText(query)
    combo = search.panel.pane_combo
    assert combo.count() > 2
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    pane = combo.itemData(2)
    search.step(1)
    search.step(1)
    assert (search.pane_filter, search.current) == (pane, 1)
    switch(qtbot, "zh")
    qtbot.waitUntil(lambda: f"前 {MAX_TERMS} 个词" in search.panel.message.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: search.current == 1, timeout=TIMEOUT)
    assert search.pane_filter == pane and combo.itemData(combo.currentIndex()) == pane
    assert search.status_label.text().startswith("第 2 处")


def test_a_hit_in_a_law_s_overview_is_located_in_the_interface_language(qtbot):
    from types import SimpleNamespace

    from viewer.ui.common.hit_list import hit_location

    hit = SimpleNamespace(pane_title="概览", heading="", address="")
    dated = SimpleNamespace(pane_title="第一章 总则", heading="", address="第一条")
    assert hit_location(hit) == "Overview"
    assert hit_location(dated) == "第一章 总则 › 第一条"  # a chapter is the law's own name
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install("zh")
    assert hit_location(hit) == "概览"
