"""The first searches of a document answer from an exact scan while its index is built, with the
same hits, counts and highlights as once the index is ready; building never blocks a search."""

from __future__ import annotations

import threading

import pytest

from tests.conftest import BRIEFING
from viewer.core.document.markdown_model import load_document
from viewer.core.search import index as search_index
from viewer.core.search.engine import DocumentSearch
from viewer.core.search.query_parser import parse_query
from viewer.core.search.snippets import match_spans, text_matches
from viewer.core.text.folding import fold

QUERIES = [
    "红包",
    "互联网+",
    "网",
    "亿",
    "7.43万亿",
    "红包 OR 保险",
    "互联网 -红包",
    "互联网+ -pane:金融",
    '"连接一切"',
    "深圳 腾讯",
    "uber",
    "火星人",
]


@pytest.fixture(scope="module")
def document():
    return load_document(BRIEFING)


def _shape(results):
    return (
        results.total,
        results.match_count,
        results.pane_counts,
        {h.passage_id: h.spans for h in results.hits},
        results.suggestion,
    )


def test_first_search_answers_without_building_the_index(document, tmp_path):
    search = DocumentSearch(document, index_root=tmp_path)
    search.scan_while_indexing = True
    results = search.search("红包", limit=None)
    assert results.total > 0 and not search.index_ready
    assert list(tmp_path.iterdir()) == []  # nothing was built for it
    assert "until the search index is ready" in results.notice
    search.open()
    ranked = search.search("红包", limit=None)
    assert ranked.notice is None and _shape(ranked) == _shape(results)


@pytest.mark.parametrize("query", QUERIES)
def test_scan_and_index_give_the_same_hits_counts_and_spans(document, tmp_path, query):
    scanning = DocumentSearch(document, index_root=tmp_path)
    scanning.scan_while_indexing = True
    indexed = DocumentSearch(document, index_root=tmp_path)
    indexed.open()
    before, after = scanning.search(query), indexed.search(query)
    assert _shape(before) == _shape(after)
    # ... and both are what matching every passage one by one finds (what Ctrl+F counts)
    parsed = parse_query(query)
    truth = {
        p.id: match_spans(parsed, fold(p.text))
        for p in document.passages()
        if text_matches(parsed, fold(p.text))
    }
    if not parsed.panes and not parsed.excluded_panes:
        assert {h.passage_id: list(h.spans) for h in after.hits} == truth


def test_a_search_does_not_wait_for_the_index_being_built(document, tmp_path, monkeypatch):
    building, release = threading.Event(), threading.Event()
    real = search_index.open_or_build

    def slow_build(*args, **kwargs):
        building.set()
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(search_index, "open_or_build", slow_build)
    search = DocumentSearch(document, index_root=tmp_path)
    search.scan_while_indexing = True
    builder = threading.Thread(target=search.open)
    builder.start()
    try:
        assert building.wait(30)
        answered = []
        searcher = threading.Thread(target=lambda: answered.append(search.search("微信")))
        searcher.start()
        searcher.join(20)  # a deadlock guard, not a timing: it must finish while the build waits
        assert answered and answered[0].total > 0 and not search.index_ready
    finally:
        release.set()
        builder.join(60)
    assert search.index_ready
    assert search.search("微信").total == answered[0].total


def test_ranking_comes_from_the_index_once_it_is_open(document, tmp_path):
    search = DocumentSearch(document, index_root=tmp_path)
    search.open()
    scores = [h.score for h in search.search("红包").hits]
    assert scores == sorted(scores, reverse=True)
    assert any(score != int(score) for score in scores)  # BM25, not a count of matches
