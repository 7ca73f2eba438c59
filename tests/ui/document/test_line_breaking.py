"""Chinese line breaking in the topic view (issue 8, item 15): at any width no line starts
with closing punctuation or ends with opening punctuation, and offsets (highlights, selections,
copies) are unaffected by the invisible joiners that make it so."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from viewer.core.document.markdown_model import parse_document
from viewer.core.text.line_breaking import NO_LINE_END, NO_LINE_START, WORD_JOINER
from viewer.ui.document.topic_pane import TopicPane

pytestmark = pytest.mark.gui

SENTENCES = [
    "他说：“发展是第一要务。”",
    "《中华人民共和国宪法》规定了公民的基本权利和义务。",
    "（一）坚持党的领导；（二）坚持人民当家作主！",
    "‘互联网+’行动计划，推动“大众创业、万众创新”？",
    "「数字中国」与『智慧社会』建设，𠮷野家的案例。",
    "依法办理登记手续 。当事人 ，也可以“ 申请”复议 ；",  # stray spaces, as in the laws corpus
]
MARKDOWN = "## 测试\n\n" + "\n\n".join("".join(SENTENCES[i:] + SENTENCES[:i]) * 3 for i in range(5))


@pytest.fixture
def view(qtbot):
    widget = TopicPane()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    widget.show_pane(parse_document(MARKDOWN).panes[0])
    return widget


def bad_lines(document, width: float) -> list[str]:
    """Lines of `document` laid out `width` pixels wide that break the rules."""
    copy = document.clone()
    copy.setTextWidth(width)
    copy.documentLayout().documentSize()  # lays the whole document out
    bad, block = [], copy.begin()
    while block.isValid():
        layout, utf16 = block.layout(), block.text().encode("utf-16-le")
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)  # its offsets count UTF-16 units (𠮷 takes two)
            start, end = 2 * line.textStart(), 2 * (line.textStart() + line.textLength())
            shown = utf16[start:end].decode("utf-16-le").replace(WORD_JOINER, "").strip()
            if shown and (shown[0] in NO_LINE_START or shown[-1] in NO_LINE_END):
                bad.append(shown)
        block = block.next()
    return bad


def test_no_line_starts_or_ends_with_forbidden_punctuation(view):
    document = view.document()
    problems = {w: bad_lines(document, w) for w in range(240, 900, 7)}  # 10 to 50 characters
    assert {w: lines for w, lines in problems.items() if lines} == {}


def test_highlight_and_selection_offsets_ignore_the_joiners(view):
    pane = view.pane
    text_map = view.text_map()
    for quote in (
        "“发展是第一要务。”",
        "《中华人民共和国宪法》",
        "𠮷野家",
        "（二）坚持",
        "手续 。",
    ):
        start = pane.text.index(quote)
        a, b = text_map.pane_to_doc(start, start + len(quote))
        cursor = QTextCursor(view.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        shown = cursor.selectedText().replace(WORD_JOINER, "").replace("\u00a0", " ")
        assert shown == quote
        assert text_map.doc_to_pane(a, b) == (start, start + len(quote))


def test_copied_text_has_no_joiners(view):
    view.selectAll()
    copied = view.createMimeDataFromSelection().text()
    assert WORD_JOINER not in copied
    assert "“发展是第一要务。”" in copied
