"""Library search in the GUI: grouped results, filters, and opening a passage highlighted."""

from __future__ import annotations

import pytest

from tests.ui.library.test_library_panels import make_library, open_and_index
from viewer.ui.common.hit_list import HIT_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture
def library(qtbot, window, tmp_path):
    from viewer.ui.library.docks import install_library

    controller = install_library(window)
    open_and_index(qtbot, window, controller, make_library(tmp_path / "lib"))
    yield controller
    controller.shutdown()


def search(qtbot, library, text, **filters):
    panel = library.panel
    with qtbot.waitSignal(library.search_finished, timeout=20_000) as blocker:
        panel.box.setText(text)  # CJK: set the text (typing it would abort the process)
        for name, value in filters.items():
            getattr(panel, name).setText(value)
        panel.box.returnPressed.emit()
    return blocker.args[0]


def test_results_are_grouped_by_document_with_counts(qtbot, library):
    results = search(qtbot, library, "电子签名")
    tree = library.panel.results
    assert tree.topLevelItemCount() == 1 == results.total_documents
    top = tree.topLevelItem(0)
    assert top.text(0).startswith("中华人民共和国电子商务法 — 2 hits")
    assert "2018-08-31 · 经济法" in top.text(0)  # the version date first
    assert top.childCount() == 2 and top.isExpanded()
    assert "电子签名" in top.child(0).data(0, HIT_ROLE).snippet
    assert "1 document ·" in library.panel.message.text()  # singular


def test_category_and_date_filters(qtbot, library):
    panel = library.panel
    qtbot.waitUntil(lambda: panel.category.count() == 3)  # all, 民法, 经济法
    assert search(qtbot, library, "本法").total_documents == 3
    panel.category.setCurrentIndex(panel.category.findText("民法"))
    assert search(qtbot, library, "本法").total_documents == 2
    panel.category.setCurrentIndex(0)
    found = search(qtbot, library, "本法", date_from="2000", date_to="2020-12")
    assert [d.title for d in found.documents] == ["中华人民共和国电子商务法"]


def test_choosing_a_passage_opens_the_document_highlighted(qtbot, window, library):
    search(qtbot, library, "电子签名")
    child = library.panel.results.topLevelItem(0).child(1)
    hit = child.data(0, HIT_ROLE)
    with qtbot.waitSignal(library.hit_revealed, timeout=10_000) as blocker:
        library.panel.results.itemActivated.emit(child, 0)
    assert blocker.args[1] == hit.passage_id
    assert window.current_document.title == "中华人民共和国电子商务法"
    assert window.current_pane_id == hit.pane_id
    view = window.current_view()
    marked = [sel.cursor.selectedText() for sel in view.extraSelections()]
    assert marked and set(marked) == {"电子签名"}
    pane_text = window.current_document.pane(hit.pane_id).text
    assert len(marked) == pane_text.count("电子签名")  # every match in the pane, not only shown


def test_stale_results_are_dropped(qtbot, library):
    panel = library.panel
    shown = []
    library.search_finished.connect(lambda r: shown.append(r.query if r else None))
    panel.box.setText("合同")
    library.search_now()
    panel.box.setText("归属")  # a newer request while the first may still run
    with qtbot.waitSignal(
        library.search_finished, timeout=20_000, check_params_cb=lambda r: r and r.query == "归属"
    ):
        library.search_now()
    assert "合同" not in shown
    titles = [
        panel.results.topLevelItem(i).text(0) for i in range(panel.results.topLevelItemCount())
    ]
    assert len(titles) == 1 and titles[0].startswith("中华人民共和国物权法")


def test_reveal_highlights_every_match_in_the_pane_not_only_the_shown_passages():
    from types import SimpleNamespace

    from viewer.core.document.markdown_model import parse_document
    from viewer.core.search.query_parser import parse_query
    from viewer.ui.library.reveal import hit_ranges

    text = "## 第一章\n\n" + "\n\n".join(f"第{i}条 使用电子签名。" for i in range(6))
    document = parse_document(text)
    pane = document.panes[0]
    shown = pane.passages[2]
    start = shown.text.index("电子签名")
    hit = SimpleNamespace(pane_id=pane.id, passage_id=shown.id, spans=[(start, start + 4)])
    doc_hits = SimpleNamespace(passages=[hit])  # the results carried only this passage
    ranges, current = hit_ranges(document, doc_hits, hit, parse_query("电子签名"))
    assert [pane.text[s:e] for s, e in ranges] == ["电子签名"] * 6
    assert ranges[current][0] > pane.text.index(shown.text)
    without_query, _ = hit_ranges(document, doc_hits, hit)
    assert len(without_query) == 1


def test_emptying_the_box_says_what_to_do_not_nothing(qtbot, library):
    search(qtbot, library, "电子签名")
    assert library.panel.results.topLevelItemCount()
    search(qtbot, library, "")  # the reader clears the query (or a filter changes with none)
    assert library.panel.results.topLevelItemCount() == 0
    assert library.panel.message.text() == "Type to search every document."
