"""A one-word query's order comes from the word's kept order merged with the files whose title
holds it: the same pages, scores and totals as scoring every file, ties and filters included."""

from __future__ import annotations

import pytest

from tests.core.library.test_library import indexed, write
from viewer.core.library import postings_cache
from viewer.core.library.query_ranking import IndexRanker
from viewer.core.library.term_order import TermRanked

BODIES = [
    "当事人应当履行义务，应当遵守规定。",
    "国务院有关部门应当依照本法规定执行。",
    "报国务委员审批，由财务院执行。",
    "人民法院应当依法审理。",
]


@pytest.fixture
def library(tmp_path, monkeypatch):
    monkeypatch.setattr(postings_cache, "MIN_DOCS", 1)  # every term's order is kept
    root = tmp_path / "lib"
    for copy in range(3):  # identical files: equal scores everywhere
        for n in range(24):
            title = ("国务院规定", "审理办法", "应当条例", "条例")[n % 4] + str(n % 6)
            write(root, f"copy{copy}/文件{n:02}.md", title, BODIES[n % 4] * (1 + n % 3))
    return root


def _pages(search, query: str, **filters) -> list:
    search.clear_cache()
    pages = []
    for offset in (0, 7, 30):
        results = search.search(query, limit=7, offset=offset, **filters)
        pages.append(
            (
                results.total_documents,
                results.total_exact,
                results.total_documents_max,
                [(d.rel_path, round(d.score, 12), d.hits) for d in results.documents],
            )
        )
    return pages


@pytest.mark.parametrize("query", ["应当", "国务院", "审理", "条例", "规定", "国务", "财务院"])
def test_the_merged_order_is_that_of_scoring_every_file(library, monkeypatch, query):
    _, search = indexed(library)
    exclude = frozenset(f"copy1/文件{n:02}.md" for n in range(0, 24, 2))
    merged = [_pages(search, query), _pages(search, query, exclude=exclude)]
    merged.append(_pages(search, query, categories=["copy2"]))
    assert merged[0][0][3], query  # something found
    monkeypatch.setattr(IndexRanker, "one_word", lambda *_: None)
    every = [_pages(search, query), _pages(search, query, exclude=exclude)]
    every.append(_pages(search, query, categories=["copy2"]))
    assert merged == every


def test_a_page_reads_the_head_of_the_order_only(library):
    _, search = indexed(library)
    search.search("依法", limit=5)  # in no title: nothing goes before the word's order
    ranking = next(iter(search._rankings.values()))
    assert isinstance(ranking.candidates, TermRanked)
    assert len(ranking.candidates._out) < len(ranking.candidates) // 2  # the rest unmerged
