"""References look like links in the reading view; unresolvable ones look (and act) unresolved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor

from tests.ui.conftest import open_and_wait
from viewer.ui.articles.controller import install_articles

pytestmark = pytest.mark.gui

LAW = """# 中华人民共和国示例法

第一条 为了规范示例行为，制定本法。

第二条 本法所称示例，是指示例。

第三条 违反本法第二条规定的，依照《中华人民共和国别的法》第九条处理。
"""


def _styles(view, needle: str) -> list[QTextCharFormat]:
    """The extra formats drawn over the text `needle` (they never change the document)."""
    text = view.document().toPlainText()
    at = text.index(needle)
    return [
        QTextCharFormat(s.format)  # a copy: the selections list is a temporary
        for s in view.extraSelections()
        if s.cursor.selectionStart() <= at and at + len(needle) <= s.cursor.selectionEnd()
    ]


def _point(view, needle: str) -> QPoint:
    text = view.document().toPlainText()
    cursor = QTextCursor(view.document())
    cursor.setPosition(text.index(needle) + len(needle) // 2)
    return view.cursorRect(cursor).center() + QPoint(2, 0)


@pytest.fixture
def controller(qtbot, window, tmp_path):
    path = tmp_path / "示例法.md"
    path.write_text(LAW, encoding="utf-8")
    articles = install_articles(window)
    open_and_wait(qtbot, window, path)
    view = window.current_view()
    qtbot.waitUntil(lambda: bool(_styles(view, "本法第二条")), timeout=10_000)
    return articles


def test_a_resolved_reference_is_underlined_in_the_link_colour(qtbot, window, controller):
    view = window.current_view()
    (style,) = _styles(view, "本法第二条")
    assert style.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    link = view.palette().color(QPalette.ColorRole.Link)
    assert style.foreground().color() == link
    assert not view.document().isModified()  # drawn over the text, not written into it
    assert not _styles(view, "本法所称示例")  # plain text stays plain


def test_an_unresolvable_reference_is_dotted_and_says_so(qtbot, window, controller):
    view = window.current_view()
    (style,) = _styles(view, "中华人民共和国别的法")  # (word joiners sit around 《》)
    assert style.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert style.foreground().color() != view.palette().color(QPalette.ColorRole.Link)
    point = _point(view, "别的法")
    qtbot.mouseMove(view.viewport(), point)
    qtbot.waitUntil(controller.card.isVisible, timeout=5000)
    assert "not in the library" in controller.card.label.text()
    assert view.viewport().cursor().shape() != Qt.CursorShape.PointingHandCursor
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert not controller.history  # nothing was followed: no broken link
    assert "别的法" in window.statusBar().currentMessage()


def test_link_styles_survive_a_theme_change(qtbot, window, controller):
    view = window.current_view()
    view.restyle("p { color: #333; }")
    assert _styles(view, "本法第二条")
