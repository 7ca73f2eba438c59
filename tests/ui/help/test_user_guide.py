"""Help › User Guide: offline, in English and Chinese, switching live, with a table of contents
and internal links, and never loading anything its content names."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from viewer.ui.common import i18n
from viewer.ui.help.guide_window import GuideWindow, guide_markdown
from viewer.ui.help.menu import show_guide

pytestmark = pytest.mark.gui
CJK = re.compile(r"[\u3400-\u9fff]")
SECTION = re.compile(r"^## (.+)$", re.M)


def top_titles(guide) -> list[str]:
    tree = guide.contents
    return [tree.topLevelItem(r).text(0) for r in range(tree.topLevelItemCount())]


@pytest.fixture
def guide(qtbot, window):
    guide = show_guide(window)
    qtbot.waitExposed(guide)
    yield guide
    guide.close()


def test_guide_opens_in_english_with_its_contents(guide):
    assert guide.windowTitle() == "User Guide"
    titles = top_titles(guide)
    assert titles == SECTION.findall(guide_markdown("en"))
    for topic in ("Searching", "Bookmarks", "Versions and comparison", "Keyboard use", "Language"):
        assert topic in titles
    assert guide.contents.topLevelItem(1).childCount() > 0  # headings under a section
    text = guide.view.toPlainText()
    assert "Briefing Viewer" in text and not CJK.search(guide.windowTitle())
    assert guide.contents.accessibleName() == "Contents"


def test_guide_follows_the_language_while_open(qtbot, guide):
    guide.contents.setCurrentItem(guide.contents.topLevelItem(2))  # Searching
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install("zh")
    assert guide.windowTitle() == "使用指南"
    titles = top_titles(guide)
    assert titles == SECTION.findall(guide_markdown("zh"))
    assert "搜索" in titles and "书签" in titles
    assert guide.shown_pane_id() == "搜索"  # the same section, now in Chinese
    assert CJK.search(guide.view.toPlainText())
    assert guide.contents.accessibleName() == "目录"
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install("en")
    assert top_titles(guide)[2] == "Searching" and guide.shown_pane_id() == "searching"


def test_both_guides_cover_the_same_sections():
    english, chinese = guide_markdown("en"), guide_markdown("zh")
    assert len(SECTION.findall(english)) == len(SECTION.findall(chinese)) >= 12
    assert len(re.findall(r"^### ", english, re.M)) == len(re.findall(r"^### ", chinese, re.M))
    assert not CJK.search(" ".join(SECTION.findall(english)))
    for line in chinese.splitlines():  # headings in Chinese; English only in key names
        if line.startswith("#"):
            assert CJK.search(line), line


def test_contents_and_internal_links_move_through_the_guide(qtbot, guide):
    guide.contents.setCurrentItem(guide.contents.topLevelItem(3))
    assert guide.shown_pane_id() == "a-library-of-documents"
    guide.contents.setCurrentItem(guide.contents.topLevelItem(0))
    guide.view.anchorClicked.emit(QUrl("#a-library-of-documents"))  # a link in the first section
    assert guide.shown_pane_id() == "a-library-of-documents"
    assert guide.contents.currentItem().text(0) == "A library of documents"
    guide.view.anchorClicked.emit(QUrl("#the-query-language"))  # a heading inside a section
    assert guide.shown_pane_id() == "searching"
    assert guide.contents.currentItem().text(0) == "The query language"


def test_keyboard_moves_through_the_contents_and_esc_closes(qtbot, guide):
    guide.contents.setFocus()
    qtbot.waitUntil(guide.contents.hasFocus)
    guide.contents.setCurrentItem(guide.contents.topLevelItem(0))
    QTest.keyClick(guide.contents, Qt.Key.Key_End)
    assert guide.shown_pane_id() == guide.document.panes[-1].id
    for widget in (guide.contents, guide.view):
        assert widget.accessibleName() and widget.accessibleDescription()
    QTest.keyClick(guide.contents, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not guide.isVisible())


HOSTILE = """# Guide

## Pictures and links

![a local file](file:///etc/passwd)

<img src="https://example.com/tracker.png"> <img src="/etc/hostname">

<link rel="stylesheet" href="file:///etc/passwd">

[a local file](file:///etc/passwd) [a web page](https://example.com/page)
[a script](javascript:alert(1)) [next section](#more)

## More

Here.
"""


def test_nothing_named_by_the_content_is_loaded_or_followed(qtbot):
    guide = GuideWindow(source=lambda _code: HOSTILE)
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    view = guide.view
    blocked = " ".join(view.blocked_resources)
    assert "etc/passwd" in blocked and "example.com" in blocked  # asked, never read
    assert "root:" not in view.toPlainText()
    shown = view.toHtml()
    for link in ("file:///etc/passwd", "javascript:alert(1)"):
        view.anchorClicked.emit(QUrl(link))
        assert guide.shown_pane_id() == "pictures-and-links" and view.toHtml() == shown
        assert not guide.address.isVisible()
    view.anchorClicked.emit(QUrl("https://example.com/page"))
    assert view.toHtml() == shown  # an address is shown to copy, not opened
    assert guide.address.isVisible() and "https://example.com/page" in guide.address.text()
    view.anchorClicked.emit(QUrl("#more"))
    assert guide.shown_pane_id() == "more"


def test_the_real_guides_ask_for_no_resource(qtbot, guide):
    for code in ("en", "zh"):
        guide.load(code)
        for pane in guide.document.panes:
            guide.go_to(pane.id)
            assert guide.view.blocked_resources == [], (code, pane.id)


def test_tab_cycles_through_the_guide_without_a_trap(qtbot, guide):
    guide.contents.setFocus()
    qtbot.waitUntil(guide.contents.hasFocus)
    visited = []
    for _ in range(12):
        QTest.keyClick(guide.focusWidget(), Qt.Key.Key_Tab)
        visited.append(guide.focusWidget())
        if guide.focusWidget() is guide.contents:
            break
    assert guide.view in visited and guide.close_button in visited
    assert visited[-1] is guide.contents  # round again: no trap


def test_guide_text_follows_the_window_zoom(qtbot, window, guide):
    size = guide.view.font().pointSizeF()
    window.set_zoom(4)
    show_guide(window)
    assert guide.view.font().pointSizeF() > size
