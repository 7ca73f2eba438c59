"""Articles in Chinese and English: panel titles without mixed labels, switched at once; the
go-to errors, cited-by line (with English plurals) and link cards in the current language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDockWidget

from tests.ui.articles.test_articles import _articles, law  # noqa: F401 - fixture
from viewer.core.articles.reading import Link
from viewer.ui.articles.cited_by_panel import cited_by_line
from viewer.ui.articles.links import card_html
from viewer.ui.common import i18n

pytestmark = pytest.mark.gui
CJK = re.compile(r"[\u4e00-\u9fff]")


def switch(qtbot, code: str) -> None:
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install(code)


def test_panels_and_menu_switch_language_at_once(qtbot, window, law):  # noqa: F811
    controller = _articles(qtbot, window, law)
    articles = window.findChild(QDockWidget, "articlesDock")
    cited = window.findChild(QDockWidget, "citedByDock")
    assert (articles.windowTitle(), cited.windowTitle()) == ("Articles", "Cited by")
    assert controller.go_to_action.text() == "&Go to Article…"
    outline = controller.outline
    english = [outline.filter.accessibleName(), outline.tree.accessibleName()]
    assert all(english) and not any(CJK.search(n) for n in english)
    switch(qtbot, "zh")
    assert (articles.windowTitle(), cited.windowTitle()) == ("条文", "被引用")
    assert controller.go_to_action.text() == "转到条文(&G)…"
    assert controller.back_action.text() == "返回(&B)"
    assert outline.filter.placeholderText() == "筛选：第26条、罚款…"
    names = [outline.filter.accessibleName(), outline.tree.accessibleName()]
    names.append(controller.cited_by.tree.accessibleName())
    assert names == ["筛选条文", "条文", "被引用"]
    assert CJK.search(controller.cited_by.status.text())
    assert not controller.go_to("第99条")
    assert window.statusBar().currentMessage().startswith("本文档中没有第99条")


def test_cited_by_line_has_english_plurals_and_a_chinese_form(qtbot):
    assert cited_by_line("示例法", 1, 1) == "《示例法》 is cited by 1 document (1 passage)"
    assert cited_by_line("示例法", 3, 1205) == "《示例法》 is cited by 3 documents (1,205 passages)"
    switch(qtbot, "zh")
    assert cited_by_line("示例法", 3, 5) == "《示例法》被 3 个文档引用（5 处）"
    assert cited_by_line("示例法", 0, 0) == "文库中没有文档引用《示例法》。"


def test_link_cards_speak_one_language(qtbot):
    missing = Link("p1", 0, 5, "《别的法》", "not_in_library", "external", "", "", "", "", "", "")
    followable = Link(
        "p1",
        0,
        3,
        "第二条",
        "resolved",
        "internal",
        "",
        "示例法",
        "第二条",
        "p2",
        "本法所称示例。",
        "",
    )
    assert "not in the library" in card_html(missing)
    assert "Click to open" in card_html(followable)
    switch(qtbot, "zh")
    assert "不在文库中" in card_html(missing) and "单击打开" in card_html(followable)
    assert not re.search(r"[A-Za-z]{2,}", card_html(missing).replace("<br>", ""))


def test_an_essay_says_it_has_no_articles_and_the_overview_is_named_in_each_language(
    qtbot, window, tmp_path
):
    essay = tmp_path / "随笔.md"
    essay.write_text("# 随笔\n\n开头一段。\n\n## 正文\n\n一段。\n", encoding="utf-8")
    controller = _articles(qtbot, window, essay)
    outline = controller.outline
    assert outline.empty.isVisibleTo(outline) and not outline.tree.isVisibleTo(outline)
    assert outline.empty.text() == "No numbered articles or items in this document."
    switch(qtbot, "zh")
    assert outline.empty.text().startswith("本文档没有编号的条文")


def test_a_law_lists_its_articles_without_the_empty_note_and_its_overview_in_english(
    qtbot,
    window,
    law,  # noqa: F811
):
    controller = _articles(qtbot, window, law)
    assert not controller.outline.empty.isVisibleTo(controller.outline)
    assert controller.outline.tree.isVisibleTo(controller.outline)
    assert window.pane_list.item(0).text() == "Overview"  # the dates before 第一章
    assert window.pane_actions[0].text() == "&1 Overview"
    switch(qtbot, "zh")
    assert window.pane_list.item(0).text() == "概览"
    assert window.pane_actions[0].text() == "&1 概览"
