"""The document panels (metadata, outline, text views, Save as Markdown) in either language,
switched at once."""

from __future__ import annotations

import re

import pytest

from tests.ui.conftest import open_and_wait
from viewer.ui.common import i18n

pytestmark = pytest.mark.gui
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
CJK = re.compile(r"[\u3400-\u9fff]")


def switch(qtbot, code: str) -> None:
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install(code)


def test_metadata_labels_switch_language_at_once(qtbot, window, sample_md):
    open_and_wait(qtbot, window, sample_md)
    assert window.metadata.values["Source"] == "新华社"
    switch(qtbot, "zh")
    values = window.metadata.values
    assert values["来源"] == "新华社" and values["地点"] == "北京"
    assert values["标题"] == "测试简报" and "文件" in values and "编码" in values
    assert not [label for label in values if LATIN_WORD.search(label)]
    assert "来源" in window.metadata.view.toPlainText()
    switch(qtbot, "en")
    assert window.metadata.values["Source"] == "新华社"


def test_metadata_with_no_document_says_so_in_each_language(qtbot):
    from viewer.ui.document.metadata_panel import MetadataPanel

    panel = MetadataPanel()
    qtbot.addWidget(panel)
    assert panel.values == {"Title": "No document open"}
    switch(qtbot, "zh")
    assert panel.values == {"标题": "未打开文档"}


def test_outline_and_text_views_have_translated_accessible_names(qtbot, window, sample_md):
    open_and_wait(qtbot, window, sample_md)
    view, outline = window.current_view(), window.outline
    assert view.accessibleName() == "Document text"
    assert view.accessibleDescription() == f"The text of the topic “{view.pane.title}”"
    assert outline.accessibleName() == "Outline" and outline.accessibleDescription()
    assert window.metadata.view.accessibleName() == "Document information"
    switch(qtbot, "zh")
    assert view.accessibleName() == "文档正文"
    assert view.accessibleDescription() == f"专题“{view.pane.title}”的正文"
    assert outline.accessibleName() == "提纲"
    assert CJK.search(outline.accessibleDescription())
    assert window.metadata.view.accessibleName() == "文档信息"


def test_save_as_markdown_speaks_chinese(qtbot, window, captured_dialogs):
    from viewer.ui.document.save_markdown import save_as_markdown

    switch(qtbot, "zh")
    assert save_as_markdown(window) is None  # no document open
    assert captured_dialogs == [("information", "另存为 Markdown", "请先打开文档。")]


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
def test_the_outline_has_a_context_menu_in_each_language(qtbot):
    """Shift+F10 / right-click on a heading of the outline: Go to Heading, Copy Heading."""
    from PySide6.QtGui import QGuiApplication

    from viewer.core.document.model import Pane, Passage
    from viewer.ui.document.outline_panel import OutlinePanel

    panel = OutlinePanel()
    qtbot.addWidget(panel)
    heading = Passage("p1", "a", "背景", "heading", "### 背景", "背景", "<h3>背景</h3>", 0, level=3)
    panel.show_pane(Pane(id="a", title="第一部分", passages=[heading]))
    panel.show()
    qtbot.waitExposed(panel)
    item = panel.topLevelItem(0)
    rect = panel.visualItemRect(item)
    for code, texts in (
        ("en", ["Go to Heading", "Copy Heading"]),
        ("zh", ["转到标题", "复制标题"]),
    ):
        i18n.install(code)
        panel.customContextMenuRequested.emit(rect.center())
        menu = panel.view_menu.menu
        assert [a.text().split("\t")[0] for a in menu.actions()] == texts
    with qtbot.waitSignal(panel.passage_activated) as went:
        menu.actions()[0].trigger()
    assert went.args == ["p1"]
    menu.actions()[1].trigger()
    assert QGuiApplication.clipboard().text() == "背景"
    menu.close()


def test_a_law_without_front_matter_shows_its_version_date(qtbot, tmp_path):
    """The Info panel showed Date "—" for every law opened (issue 9 trial)."""
    from viewer.core.document.markdown_model import load_document
    from viewer.ui.document.metadata_panel import MetadataPanel

    path = tmp_path / "某某法.md"
    path.write_text(
        "# 某某法\n\n2007年8月30日 某会议通过\n\n2022年6月24日 某会议修正\n\n"
        "## 第一章 总则\n\n第一条 为了……，制定本法。\n",
        encoding="utf-8",
    )
    panel = MetadataPanel()
    qtbot.addWidget(panel)
    panel.show_document(load_document(path))
    assert panel.values["Date"] == "2022-06-24 (2022年修正)"
