"""Library search results in the GUI (issue 8, items 7, 12, 13): every matching document is
reachable (more load as the reader scrolls), results never outlive their library or query, and
each document row shows its version date with long snippets ellipsised."""

from __future__ import annotations

import pytest

from tests.ui.library.test_library_panels import make_library, open_and_index
from tests.ui.library.test_library_search import search
from viewer.ui.common.hit_list import HIT_ROLE
from viewer.ui.library.search_panel import DOC_ROLE

pytestmark = pytest.mark.gui
MANY = 130  # well over one page of results


def make_many(root, count: int = MANY):
    root.mkdir(parents=True)
    for i in range(count):
        (root / f"第{i:03d}号条例.md").write_text(
            f"# 第{i:03d}号管理条例\n\n## 总则\n\n第一条 本条例适用于第{i}区。\n", encoding="utf-8"
        )
    return root


@pytest.fixture
def controller(qtbot, window):
    from viewer.ui.library.docks import install_library

    controller = install_library(window)
    yield controller
    controller.shutdown()


def shown_documents(panel) -> list:
    tree = panel.results
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [doc for item in items if (doc := item.data(0, DOC_ROLE)) is not None]


def scroll_to_end(qtbot, panel, expected: int) -> None:
    """Scroll down as a reader would until `expected` documents are listed."""

    def more_listed() -> bool:
        bar = panel.results.verticalScrollBar()
        bar.setValue(bar.maximum())
        return len(shown_documents(panel)) >= expected

    qtbot.waitUntil(more_listed, timeout=30_000)


def test_the_first_page_fills_the_panel_and_reads_no_more_documents(
    qtbot, window, controller, tmp_path
):
    """Each listed document's text is read and counted: the first results list what the panel
    shows (and a little more), the rest as the reader scrolls (issue 9, target 2)."""
    from viewer.ui.library.searching import FIRST_PAGE, PAGE_SIZE

    open_and_index(qtbot, window, controller, make_many(tmp_path / "many"), timeout=60_000)
    results = search(qtbot, controller, "条例")
    assert results.total_documents == MANY and results.total_exact
    assert len(results.documents) == FIRST_PAGE < PAGE_SIZE
    panel = controller.panel
    qtbot.waitUntil(lambda: panel.results.verticalScrollBar().maximum() > 0)  # it fills the view
    scroll_to_end(qtbot, panel, FIRST_PAGE + 1)
    assert len(shown_documents(panel)) == FIRST_PAGE + PAGE_SIZE


# --- item 7: recall is complete -----------------------------------------------------------------
def test_scrolling_down_lists_every_matching_document(qtbot, window, controller, tmp_path):
    open_and_index(qtbot, window, controller, make_many(tmp_path / "many"), timeout=60_000)
    results = search(qtbot, controller, "条例")
    assert results.total_documents == MANY
    panel = controller.panel
    first_page = len(shown_documents(panel))
    assert 0 < first_page < MANY
    scroll_to_end(qtbot, panel, MANY)
    docs = shown_documents(panel)
    assert len(docs) == MANY
    assert len({d.rel_path for d in docs}) == MANY  # no document twice
    assert f"{MANY:,} documents" in panel.message.text()
    assert "best" not in panel.message.text()


def test_the_more_row_loads_the_next_page_from_the_keyboard(qtbot, window, controller, tmp_path):
    open_and_index(qtbot, window, controller, make_many(tmp_path / "many"), timeout=60_000)
    search(qtbot, controller, "条例")
    panel = controller.panel
    tree = panel.results
    before = len(shown_documents(panel))
    more = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert more.data(0, DOC_ROLE) is None and str(MANY) in more.text(0)
    tree.setCurrentItem(more)
    tree.itemActivated.emit(more, 0)
    qtbot.waitUntil(lambda: len(shown_documents(panel)) > before, timeout=20_000)


# --- item 12: no stale results -------------------------------------------------------------------
def test_switching_library_clears_the_old_results_and_folders(qtbot, window, controller, tmp_path):
    open_and_index(qtbot, window, controller, make_library(tmp_path / "a"))
    panel = controller.panel
    qtbot.waitUntil(lambda: panel.category.findText("经济法") > 0)
    assert search(qtbot, controller, "本法").total_documents == 3
    other = make_many(tmp_path / "b", count=3)
    from viewer.ui.library.docks import open_library

    with qtbot.waitSignal(controller.opened, timeout=20_000):
        open_library(window, other)
        # at once, before b is even listed: nothing of library a stays on screen
        assert panel.results.topLevelItemCount() == 0
        assert controller.view.visible_entries() == []
        assert controller.view.folder_label.text() != str(tmp_path / "a")
    assert panel.results.topLevelItemCount() == 0
    assert panel.category.findText("经济法") < 0
    # none of library a's results; the query may already have run again on b (3 documents)
    shown = controller.last_results
    assert shown is None or (shown.library_documents == 3 and not shown.documents)
    qtbot.waitUntil(lambda: not controller.indexing, timeout=30_000)
    results = search(qtbot, controller, "条例")
    assert {d.rel_path for d in results.documents} == {f"第{i:03d}号条例.md" for i in range(3)}


def test_a_new_query_clears_the_old_querys_highlights(qtbot, window, controller, tmp_path):
    open_and_index(qtbot, window, controller, make_library(tmp_path / "lib"))
    search(qtbot, controller, "电子签名")
    child = controller.panel.results.topLevelItem(0).child(0)
    with qtbot.waitSignal(controller.hit_revealed, timeout=10_000):
        controller.panel.results.itemActivated.emit(child, 0)
    view = window.current_view()
    assert view.highlight_ranges()
    search(qtbot, controller, "合同")  # a new query that the open document does not hold
    assert view.highlight_ranges() == []
    assert not [s for s in view.extraSelections() if s.cursor.selectedText() == "电子签名"]


def test_clearing_the_query_clears_the_highlights(qtbot, window, controller, tmp_path):
    open_and_index(qtbot, window, controller, make_library(tmp_path / "lib"))
    search(qtbot, controller, "电子签名")
    child = controller.panel.results.topLevelItem(0).child(0)
    with qtbot.waitSignal(controller.hit_revealed, timeout=10_000):
        controller.panel.results.itemActivated.emit(child, 0)
    view = window.current_view()
    with qtbot.waitSignal(controller.search_finished, timeout=10_000):
        controller.panel.box.clear()
        controller.panel.box.returnPressed.emit()
    assert view.highlight_ranges() == []


# --- item 13: versions are told apart ----------------------------------------------------------
def test_every_document_row_shows_its_version_date(qtbot, window, controller, tmp_path):
    from viewer.ui.library.result_rows import document_row_lines

    root = tmp_path / "versions"
    root.mkdir()
    title = "中华人民共和国全国人民代表大会和地方各级人民代表大会代表法"
    for date in ("2010-10-28", "2015-08-29"):
        (root / f"代表法({date}).md").write_text(
            f"# {title}\n\n## 总则\n\n第一条 代表依法履行职责。\n", encoding="utf-8"
        )
    (root / "无日期.md").write_text(f"# {title}\n\n第一条 代表依法履行职责。\n", encoding="utf-8")
    open_and_index(qtbot, window, controller, root)
    window.resize(1024, 700)
    results = search(qtbot, controller, "代表依法")
    assert results.total_documents == 3
    tree = controller.panel.results
    metrics = tree.fontMetrics()
    for width in (160, 240, 420):
        seen = []
        for doc in shown_documents(controller.panel):
            first, second = document_row_lines(doc, metrics, width)
            assert metrics.horizontalAdvance(first) <= width
            assert metrics.horizontalAdvance(second) <= width
            seen.append(second.split(" · ")[0])
        assert sorted(seen) == ["2010-10-28", "2015-08-29", "no date"], width


def test_long_snippets_are_ellipsised_within_their_lines(qtbot, window, controller, tmp_path):
    from PySide6.QtWidgets import QStyleOptionViewItem

    from viewer.ui.common.hit_list import HitDelegate, plain_snippet, snippet_document

    root = tmp_path / "long"
    root.mkdir()
    body = "，".join(f"第{i}项 电子签名的使用应当遵守规定" for i in range(40))
    (root / "长法.md").write_text(f"# 长法\n\n## 一\n\n{body}。\n", encoding="utf-8")
    open_and_index(qtbot, window, controller, root)
    search(qtbot, controller, "电子签名")
    tree = controller.panel.results
    hit = tree.topLevelItem(0).child(0).data(0, HIT_ROLE)
    option = QStyleOptionViewItem()
    option.font = tree.font()
    document = snippet_document(hit, option.font, 200, HitDelegate.SNIPPET_LINES)
    text, whole = document.toPlainText(), plain_snippet(hit)
    assert text.endswith("…") and len(text) < len(whole)
    assert whole.startswith(text[:-2])  # cut at the end, not in the middle
    lines = sum(b.layout().lineCount() for b in _blocks(document))
    assert lines <= HitDelegate.SNIPPET_LINES
    wide = snippet_document(hit, option.font, 100_000, HitDelegate.SNIPPET_LINES)
    assert wide.toPlainText() == whole  # a snippet that fits is left whole


def test_passage_rows_are_tall_enough_for_their_indented_snippet(
    qtbot, window, controller, tmp_path
):
    from viewer.ui.common.hit_list import HitDelegate, line_count, snippet_document

    open_and_index(qtbot, window, controller, make_library(tmp_path / "lib"))
    search(qtbot, controller, "电子签名")
    tree = controller.panel.results
    for width in (260, 330, 420):
        tree.setFixedWidth(width)
        tree.doItemsLayout()
        child = tree.topLevelItem(0).child(0)
        index = tree.indexFromItem(child)
        rect = tree.visualRect(index)
        line = tree.fontMetrics().lineSpacing()
        room = (rect.height() - 3 * HitDelegate.PAD) // line - 1  # lines under the location
        text_width = rect.width() - 2 * HitDelegate.PAD
        hit = child.data(0, HIT_ROLE)
        needed = line_count(
            snippet_document(hit, tree.font(), text_width, HitDelegate.SNIPPET_LINES)
        )
        assert needed <= room, width


def _blocks(document):
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_a_title_match_says_so_and_opens_its_document(qtbot, window, controller, tmp_path):
    """A law whose text says 本法 is found by its name, first, as a title match; activating
    its row (it has no passage to reveal) opens it."""
    root = tmp_path / "titles"
    root.mkdir()
    (root / "网络安全法.md").write_text(
        "# 中华人民共和国网络安全法\n\n第一条 为了保障网络安全，制定本法。\n", encoding="utf-8"
    )
    (root / "条例.md").write_text(
        "# 某条例\n\n第一条 根据《中华人民共和国网络安全法》，制定本条例。\n", encoding="utf-8"
    )
    open_and_index(qtbot, window, controller, root)
    results = search(qtbot, controller, "网络安全法")
    assert [d.rel_path for d in results.documents] == ["网络安全法.md", "条例.md"]
    tree = controller.panel.results
    first = tree.topLevelItem(0)
    assert "title match" in first.text(0) and first.childCount() == 0
    assert "1 hit" in tree.topLevelItem(1).text(0)
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        tree.setCurrentItem(first)
        tree.itemActivated.emit(first, 0)
    assert window.current_document.title == "中华人民共和国网络安全法"


def test_a_narrow_row_drops_the_country_before_eliding_the_law(qapp):
    """At a narrow panel 中华人民共和国民法典 · 物权编 read "中华人民共和…典 · 物权编": the
    name of the law went, the country stayed. The row now shows the short title first."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QTreeView

    from viewer.ui.library.result_rows import document_row_lines, document_row_text

    doc = SimpleNamespace(
        title="中华人民共和国民法典 · 物权编",
        hits=9,
        title_match=False,
        date="2021-01-01",
        category="",
    )
    metrics = QTreeView().fontMetrics()
    whole = metrics.horizontalAdvance(document_row_lines(doc, metrics, 2000)[0])
    assert document_row_lines(doc, metrics, 2000)[0].startswith("中华人民共和国民法典")
    narrow = whole - 10
    first, _second = document_row_lines(doc, metrics, narrow)
    assert first.startswith("民法典 · 物权编"), first
    assert metrics.horizontalAdvance(first) <= narrow
    assert document_row_text(doc).startswith("中华人民共和国民法典 · 物权编")  # tooltip: whole
