"""Articles in the window: outline down to articles with a filter, Ctrl+G go-to, reference
links with a hover card and Back, the cited-by panel of a library document."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from tests.ui.conftest import open_and_wait
from viewer.ui.articles.controller import install_articles

pytestmark = pytest.mark.gui

LAW = """# 中华人民共和国示例法

2019年4月23日 全国人民代表大会常务委员会第二次修正

## 第一章 总 则

第一条 为了规范示例行为，制定本法。

第二条 本法所称示例，是指示例。

前款规定的示例，依照本法第一条处理。

## 第二章 罚 则

""" + "\n\n".join(f"第{n}条 违反本法第二条规定的，处以罚款{n}元。" for n in range(3, 60))


@pytest.fixture
def law(tmp_path):
    path = tmp_path / "示例法.md"
    path.write_text(LAW, encoding="utf-8")
    return path


def _articles(qtbot, window, path):
    controller = install_articles(window)
    open_and_wait(qtbot, window, path)
    qtbot.waitUntil(lambda: controller.reading is not None, timeout=10_000)
    return controller


def test_outline_lists_chapters_and_articles_and_filters(qtbot, window, law):
    controller = _articles(qtbot, window, law)
    labels = controller.outline.visible_labels()
    assert labels[0] == "第一章  总 则"
    assert any(label.startswith("第二十六条  违反本法第二条") for label in labels)
    controller.outline.filter.setText("第26条")
    shown = controller.outline.visible_labels()
    assert len(shown) == 2
    assert shown[0] == "第二章  罚 则" and shown[1].startswith("第二十六条  违反本法第二条")


def test_go_to_moves_the_view_and_shows_the_address(qtbot, window, law):
    controller = _articles(qtbot, window, law)
    assert controller.go_to("第30条")
    view = window.current_view()  # 第二章 is a pane of its own
    qtbot.waitUntil(lambda: controller.top_passage(view) != "", timeout=5000)
    top = controller.reading.structure.unit_at(controller.top_passage(view))
    assert top.address in ("第三十条", "第二十九条", "第三十一条")
    assert controller.address_label.text().endswith("第三十条")
    assert controller.outline.tree.currentItem().text(0).startswith("第三十条")
    assert controller.go_to("第５９条")  # full-width digits, as an input method types them
    qtbot.wait(50)  # any scroll the reveal queued has been followed
    assert controller.outline.tree.currentItem().text(0).startswith("第五十九条")
    assert not controller.go_to("第99条")
    assert "第五十九条" in window.statusBar().currentMessage()


def test_hover_card_and_click_and_back(qtbot, window, law):
    controller = _articles(qtbot, window, law)
    assert controller.go_to("第20条")
    view = window.current_view()
    tracker_point = _point_of(view, "本法第二条", occurrence_in="第20条")
    qtbot.mouseMove(view.viewport(), tracker_point)
    qtbot.waitUntil(controller.card.isVisible, timeout=5000)
    assert "本法所称示例" in controller.card.label.text()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=tracker_point)
    qtbot.waitUntil(lambda: controller.address_label.text().endswith("第二条"), timeout=5000)
    assert controller.history
    controller.back()
    qtbot.waitUntil(lambda: controller.address_label.text().endswith("第二十条"), timeout=5000)


def _point_of(view, needle: str, occurrence_in: str) -> QPoint:
    """Viewport point of the middle of `needle` inside the passage that starts with
    `occurrence_in`."""
    text = view.document().toPlainText()
    start = text.index(occurrence_in)
    at = text.index(needle, start) + len(needle) // 2
    cursor = QTextCursor(view.document())
    cursor.setPosition(at)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor)
    cursor.clearSelection()
    view.setTextCursor(cursor)
    return rect.center() + QPoint(2, 0)


@pytest.fixture
def law_library(tmp_path):
    root = tmp_path / "lib"
    (root / "法").mkdir(parents=True)
    (root / "规章").mkdir()
    (root / "法" / "示例法(2019-04-23).md").write_text(LAW, encoding="utf-8")
    (root / "规章" / "甲办法.md").write_text(
        "# 甲办法\n\n2020年1月1日 通过\n\n## 第一章\n\n"
        "第一条 根据《中华人民共和国示例法》第二条，制定本办法。\n\n"
        "第二条 违反《示例法》第三条的，依法处理。\n",
        encoding="utf-8",
    )
    (root / "规章" / "乙办法.md").write_text("# 乙办法\n\n第一条 与示例无关。\n", encoding="utf-8")
    return root


@contextmanager
def law_in_library(qtbot, window, law_library):
    """The articles controller, with 示例法 opened from its indexed library (shut after)."""
    from viewer.ui.library.docks import install_library, open_library

    library = install_library(window)
    controller = install_articles(window)
    try:
        with qtbot.waitSignal(library.indexing_finished, timeout=30_000):
            open_library(window, law_library)
        open_and_wait(qtbot, window, law_library / "法" / "示例法(2019-04-23).md")
        yield controller
    finally:
        library.shutdown()


def test_cited_by_says_when_the_citations_cannot_be_read(qtbot, window, law_library, monkeypatch):
    """A failure reading the graph is said in the panel, which no longer waits on "Reading…"."""
    import viewer.core.articles.cited_by as cited_by

    def broken(*_args, **_kwargs):
        raise OSError("disk I/O error")

    monkeypatch.setattr(cited_by, "cited_by_documents", broken)
    with law_in_library(qtbot, window, law_library) as controller:
        status = controller.cited_by.status
        qtbot.waitUntil(lambda: "could not be read" in status.text(), timeout=10_000)
        assert "disk I/O error" in status.text()


def test_cited_by_panel_and_an_external_link(qtbot, window, law_library):
    with law_in_library(qtbot, window, law_library) as controller:
        tree = controller.cited_by.tree
        qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=30_000)
        head = tree.topLevelItem(0)
        assert head.text(0).startswith("甲办法")
        assert [head.child(i).text(0)[:3] for i in range(head.childCount())] == ["第一条", "第二条"]
        # follow the citing document's link back to the law, at the cited article
        with qtbot.waitSignal(window.document_loaded, timeout=10_000):
            controller.cited_by.open_requested.emit("规章/甲办法.md", "")
        qtbot.waitUntil(lambda: controller.reading is not None, timeout=10_000)
        link = next(
            k for ks in controller.reading.links.values() for k in ks if k.kind == "external"
        )
        assert link.resolved and link.target_address == "第二条"
        assert "本法所称示例" in link.preview
        with qtbot.waitSignal(window.document_loaded, timeout=10_000):
            controller.follow_link(link)
        qtbot.waitUntil(lambda: controller.address_label.text().endswith("第二条"), timeout=10_000)
        with qtbot.waitSignal(window.document_loaded, timeout=10_000):
            controller.back()
        assert window.current_document.title == "甲办法"


def test_the_outline_follows_the_article_being_read(qtbot, window, law):
    controller = _articles(qtbot, window, law)
    assert controller.go_to("第10条")
    view = window.current_view()
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: controller.outline.tree.currentItem() is not None, timeout=5000)
    before = controller.outline.tree.currentItem().text(0)
    bar.setValue(bar.value() + view.viewport().height())  # read on by one screen
    qtbot.waitUntil(lambda: controller.outline.tree.currentItem().text(0) != before, timeout=5000)
    assert controller.outline.tree.currentItem().text(0).startswith("第")
    assert controller.address_label.text().startswith("第二章 › 第")


def test_odd_numbering_is_shown_not_fatal(qtbot, window, tmp_path):
    path = tmp_path / "坏编号.md"
    path.write_text("# 坏编号\n\n第一条 甲。\n\n第十条 乙。\n\n第十条 丙。\n", encoding="utf-8")
    controller = _articles(qtbot, window, path)
    assert controller.outline.problems.isVisible()
    assert "2 numbering problems" in controller.outline.problems.text()
    assert controller.go_to("第十条（第2处）")


def test_the_address_is_cleared_when_another_document_opens(qtbot, window, law, tmp_path):
    controller = _articles(qtbot, window, law)
    assert controller.go_to("第30条")
    assert controller.address_label.text().endswith("第三十条")
    essay = tmp_path / "随笔.md"
    essay.write_text("# 随笔\n\n一段。\n\n两段。\n", encoding="utf-8")
    open_and_wait(qtbot, window, essay)
    assert "第三十条" not in controller.address_label.text()  # no address of the other document
    qtbot.waitUntil(lambda: controller.reading is not None, timeout=10_000)
    assert "第三十条" not in controller.address_label.text()


def test_the_address_shows_where_the_view_already_is_when_the_outline_arrives(qtbot, window, law):
    # a search hit opens the document at its passage before the articles are worked out
    controller = _articles(qtbot, window, law)
    reading = controller.reading
    assert controller.go_to("第30条")
    controller._follow(window.current_view())
    where = controller.address_label.text()
    assert where
    controller.reading = None
    controller.address_label.clear()
    controller._on_reading(reading)
    assert controller.address_label.text() == where


def test_a_reference_to_a_whole_law_previews_it_and_opens_it_at_its_beginning(
    qtbot, window, tmp_path
):
    from viewer.ui.library.docks import install_library, open_library

    root = tmp_path / "lib"
    (root / "法").mkdir(parents=True)
    law = root / "法" / "示例法.md"
    law.write_text(LAW, encoding="utf-8")
    rule = root / "丙规定.md"
    rule.write_text(
        "# 丙规定\n\n第一条 根据《中华人民共和国示例法》，制定本规定。\n", encoding="utf-8"
    )
    library = install_library(window)
    controller = install_articles(window)
    try:
        with qtbot.waitSignal(library.indexing_finished, timeout=30_000):
            open_library(window, root)
        open_and_wait(qtbot, window, law)  # read before, and left at 第三十条
        qtbot.waitUntil(lambda: controller.reading is not None, timeout=10_000)
        assert controller.go_to("第30条")
        open_and_wait(qtbot, window, rule)
        qtbot.waitUntil(lambda: controller.reading is not None, timeout=10_000)
        link = next(k for ks in controller.reading.links.values() for k in ks)
        assert link.resolved and link.target_address == ""
        assert "为了规范示例行为" in link.preview  # the hover shows its opening, not only "found"
        window.statusBar().clearMessage()
        with qtbot.waitSignal(window.document_loaded, timeout=10_000):
            controller.follow_link(link)
        first = window.current_document.panes[0].passages[0].id
        qtbot.waitUntil(lambda: controller.reading is not None, timeout=10_000)
        top = lambda: controller.top_passage(window.current_view())  # noqa: E731
        qtbot.waitUntil(lambda: top() == first, timeout=5000)
        assert "in this document" not in window.statusBar().currentMessage()
    finally:
        library.shutdown()


def test_after_go_to_the_cursor_paragraph_is_the_article_gone_to(qtbot, window, law):
    """Ctrl+D and Ctrl+Shift+C after Ctrl+G take the article, not the chapter heading at the
    top; the address line names it even where it cannot scroll to the top (issue 9 trial)."""
    from viewer.ui.bookmarks.transfer import _passage_citation

    controller = _articles(qtbot, window, law)
    for wanted, address in (("第15条", "第十五条"), ("第59条", "第五十九条")):
        assert controller.go_to(wanted)
        view = window.current_view()
        unit = controller.reading.structure.unit_at(view.passage_at(view.textCursor().position()))
        assert unit.address == address
        qtbot.waitUntil(lambda a=address: controller.address_label.text().endswith(a), timeout=5000)
        assert _passage_citation(window, "").endswith(f"（2019年修正）{address}。")


def test_the_address_follows_a_click_and_is_not_kept_from_another_pane(qtbot, window, law):
    controller = _articles(qtbot, window, law)
    assert controller.go_to("第30条")
    view = window.current_view()
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.document().toPlainText().index("第31条"))
    view.setTextCursor(cursor)  # a click there
    qtbot.waitUntil(lambda: controller.address_label.text().endswith("第三十一条"), timeout=5000)
