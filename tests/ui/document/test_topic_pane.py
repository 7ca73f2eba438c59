"""The topic view: untrusted Markdown cannot read files or run links; offsets map correctly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument

from viewer.core.document.markdown_model import parse_document
from viewer.ui.document.topic_pane import TopicPane

pytestmark = pytest.mark.gui

HOSTILE = """## 链接

![secret](file:///etc/passwd) ![abs](/etc/hostname) <img src="../../secret.png">

[本地文件](file:///etc/passwd) [脚本](javascript:alert(1)) [网站](https://www.gov.cn/)
[跳转](#target)

<link rel="stylesheet" href="file:///etc/passwd">

正文。
"""


@pytest.fixture
def view(qtbot):
    widget = TopicPane()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    return widget


def pane_of(markdown: str):
    return parse_document(markdown).panes[0]


def test_resources_are_never_read(view):
    view.show_pane(pane_of(HOSTILE))
    assert any("passwd" in url for url in view.blocked_resources)
    image = view.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("file:///etc/passwd")
    )
    assert isinstance(image, QImage) and image.width() == 16
    css = view.loadResource(
        QTextDocument.ResourceType.StyleSheetResource.value, QUrl("file:///etc/passwd")
    )
    assert isinstance(css, QByteArray) and css.isEmpty()
    assert "root:" not in view.toPlainText()


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "javascript:alert(1)", "secret.md", "data:text/html,x"]
)
def test_unsafe_links_do_nothing(qtbot, view, url):
    view.show_pane(pane_of(HOSTILE))
    before = view.toPlainText()
    with qtbot.assertNotEmitted(view.external_link_requested):
        view.anchorClicked.emit(QUrl(url))
    assert view.toPlainText() == before
    assert view.source().isEmpty()


def test_web_link_is_handed_over_for_confirmation(qtbot, view):
    view.show_pane(pane_of(HOSTILE))
    with qtbot.waitSignal(view.external_link_requested) as blocker:
        view.anchorClicked.emit(QUrl("https://www.gov.cn/"))
    assert blocker.args[0].host() == "www.gov.cn"
    assert "正文" in view.toPlainText()


@pytest.mark.parametrize(("answer", "opened"), [("Open", True), ("Cancel", False)])
def test_window_asks_before_opening_a_web_link(qtbot, monkeypatch, answer, opened):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from viewer.ui.window.main_window import MainWindow

    asked, launched = [], []
    reply = getattr(QMessageBox.StandardButton, answer)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or reply)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: launched.append(url) or True)
    win = MainWindow(theme_mode="light")
    qtbot.addWidget(win)
    win.show_document(parse_document(HOSTILE))
    win.current_view().anchorClicked.emit(QUrl("https://www.gov.cn/"))
    assert "https://www.gov.cn/" in asked[0]
    assert [u.toString() for u in launched] == (["https://www.gov.cn/"] if opened else [])


def test_fragment_link_scrolls(qtbot, view):
    filler = "\n\n".join(f"段落{i}。" for i in range(80))
    view.show_pane(pane_of(f'## 甲\n\n[到结尾](#end)\n\n{filler}\n\n<a name="end"></a>结尾。\n'))
    view.anchorClicked.emit(QUrl("#end"))
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)


ASTRAL = (
    "## 标题\n\n- 第一项 𠮷野家\n- 第二项\n\n> 引用 𠮷 文字\n\n"
    "| 甲 | 乙 |\n|---|---|\n| 一 | 二 |\n\n段落 😀😀 结束。\n"
)


@pytest.mark.parametrize("needle", ["野家", "第二项", "文字", "二", "结束", "标题", "😀 结"])
def test_highlight_offsets_map_to_rendered_text(view, needle):
    pane = pane_of(ASTRAL)
    view.show_pane(pane)
    start = pane.text.index(needle)
    view.set_highlights([(start, start + len(needle))], current=0)
    ((a, b),) = view.highlight_ranges()
    cursor = QTextCursor(view.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == needle
    # and back: selecting it reports the same Pane.text range
    view.setTextCursor(cursor)
    assert view.selection_pane_range() == (start, start + len(needle))


def test_current_match_has_its_own_colour_and_is_visible(qtbot, view):
    body = "\n\n".join(f"第{i}段，关键词。" for i in range(100))
    pane = pane_of(f"## 甲\n\n{body}\n")
    view.show_pane(pane)
    ranges, start = [], 0
    while (i := pane.text.find("关键词", start)) >= 0:
        ranges.append((i, i + 3))
        start = i + 3
    view.set_highlights(ranges, current=90)
    selections = view.extraSelections()
    assert len(selections) == 100
    colours = {s.format.background().color().name() for s in selections}
    assert len(colours) == 2
    assert selections[90].format.background() != selections[0].format.background()
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    assert not view.document().isModified()
    view.set_highlights([])
    assert view.extraSelections() == []


def test_anchor_scroll_works_for_quotes_and_lists(qtbot, view):
    filler = "\n\n".join(f"段落{i}。" for i in range(80))
    pane = pane_of(f"## 甲\n\n{filler}\n\n> 最后的引用\n")
    view.show_pane(pane)
    quote = pane.passages[-1]
    assert quote.kind == "quote"
    view.scroll_to_passage(quote.id)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)


def test_context_menu_hook_reports_the_passage(qtbot, view):
    pane = pane_of("## 甲\n\n第一段。\n\n第二段。\n")
    view.show_pane(pane)
    position = view.document().find("第二段").selectionStart()
    assert view.passage_at(position) == pane.passages[2].id
    assert view.passage_at(0) == pane.passages[0].id


def test_the_line_at_the_top_stays_there_when_the_view_rewraps(qtbot, view):
    """Narrowing a panel or the window rewraps the text: the reader's place stays at the top
    (the scroll bar kept its value, and the view showed a later article)."""
    paragraphs = "\n\n".join(f"第{n}条 " + "经营者应当遵守法律法规，" * 12 for n in range(1, 80))
    pane = pane_of(f"## 第一章\n\n{paragraphs}\n")
    view.show_pane(pane)
    view.scroll_to_passage(pane.passages[40].id)
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0, timeout=3000)
    before = view.passage_at(view._top_position())
    view.resize(380, 400)
    qtbot.waitUntil(lambda: view.width() == 380, timeout=3000)
    assert view.passage_at(view._top_position()) == before
    view.resize(700, 400)
    qtbot.waitUntil(lambda: view.width() == 700, timeout=3000)
    assert view.passage_at(view._top_position()) == before
