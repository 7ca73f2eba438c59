"""A page's total that needed the texts says "at least N" (its work does not grow with the
library); exact_total then works out the exact figure, can be cancelled, and reads the rest of
the candidates without evicting the texts the cache holds."""

from __future__ import annotations

import threading

import pytest

from tests.core.library.test_library import indexed, write
from viewer.core.library import texts as library_texts
from viewer.core.library.texts import TextStore

MATCHING, APART = 90, 30  # files holding 国务院; files holding 国务 and 务院 apart (no match)


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "lib"
    for n in range(MATCHING):
        write(root, f"甲/规定{n:03}.md", f"规定{n}", f"本规定由国务院第{n}次常务会议通过。")
    for n in range(APART):
        write(root, f"乙/办法{n:03}.md", f"办法{n}", f"报国务委员审批，由财务院第{n}处常务执行。")
    return root


@pytest.fixture
def store_reads(monkeypatch) -> list[str]:
    """Texts read one by one from the store (what the text cache keeps)."""
    seen: list[str] = []
    get = TextStore.get

    def counting_get(self, rel_path):
        seen.append(rel_path)
        return get(self, rel_path)

    monkeypatch.setattr(TextStore, "get", counting_get)
    return seen


def test_a_first_page_says_at_least_then_the_total_is_worked_out(library):
    _, search = indexed(library)
    first = search.search("国务院", limit=5)
    assert len(first.documents) == 5 and all(d.hits == 1 for d in first.documents)
    assert not first.total_exact and first.has_more
    assert 5 <= first.total_documents < MATCHING <= first.total_documents_max
    assert first.total_documents_max <= MATCHING + APART  # files holding both bigrams
    assert search.exact_total("国务院") == MATCHING
    again = search.search("国务院", limit=5)  # the same search: now exact, same page
    assert again.total_exact and again.total_documents == MATCHING
    assert [d.rel_path for d in again.documents] == [d.rel_path for d in first.documents]


def test_the_exact_total_is_that_of_the_filters(library):
    _, search = indexed(library)
    exclude = frozenset(f"甲/规定{n:03}.md" for n in range(0, MATCHING, 3))
    assert search.exact_total("国务院", exclude=exclude) == MATCHING - len(exclude)
    assert search.exact_total("国务院", categories=["乙"]) == 0
    assert search.exact_total("国务院 规定", categories=["甲"]) == MATCHING


def test_a_cancelled_refinement_stops_and_can_run_again(library):
    _, search = indexed(library)
    search.search("国务院", limit=5)
    cancel = threading.Event()
    cancel.set()
    assert search.exact_total("国务院", cancel=cancel) is None
    assert not search.search("国务院", limit=5).total_exact
    assert search.exact_total("国务院", cancel=threading.Event()) == MATCHING


def test_refining_keeps_the_cached_texts(library, monkeypatch, store_reads):
    # a cache of about 12 documents: what it holds stays while 120 candidates are checked
    monkeypatch.setattr(library_texts, "CACHE_BYTES", 12 * 500)
    _, search = indexed(library)
    page = [d.rel_path for d in search.search("国务院", limit=5).documents]
    held = [p for p in set(store_reads) if p in search._texts]
    assert set(page) <= set(held) and search._texts.held < MATCHING
    reads = len(store_reads)
    assert search.exact_total("国务院") == MATCHING
    assert len(store_reads) == reads  # read past the cache, none kept
    assert all(p in search._texts for p in held) and search._texts.held == len(held)


def test_a_total_the_page_already_made_exact_needs_no_texts(library, store_reads):
    _, search = indexed(library)
    results = search.search("国务", limit=5)  # one index term: the index decides
    assert results.total_exact and results.total_documents == MATCHING + APART
    store_reads.clear()
    assert search.exact_total("国务") == MATCHING + APART and store_reads == []


def test_a_next_page_keeps_a_total_worked_out_before(library):
    _, search = indexed(library)
    results = search.search("国务院", limit=5)
    results.set_exact_total(search.exact_total("国务院"))
    search.clear_cache()  # the next page from a ranking that has checked only its own
    page = search.search("国务院", limit=5, offset=5)
    assert not page.total_exact
    results.extend(page)
    assert len(results.documents) == 10
    assert results.total_exact and results.total_documents == MATCHING and results.has_more


def test_an_and_of_words_is_bounded_then_exact(library, store_reads):
    # 国务院 常务: every file holds 国务, 务院 and 常务 in one passage; 90 hold 国务院
    _, search = indexed(library)
    first = search.search("国务院 常务", limit=5)
    assert not first.total_exact and len(first.documents) == 5
    assert first.total_documents <= MATCHING <= first.total_documents_max <= MATCHING + APART
    assert search.exact_total("国务院 常务") == MATCHING


def test_an_and_the_index_decides_is_counted_without_texts(library, store_reads):
    _, search = indexed(library)
    first = search.search("国务 常务", limit=5)  # single index terms: the passages decide
    assert not first.total_exact and first.total_documents >= 5
    store_reads.clear()
    assert search.exact_total("国务 常务") == MATCHING + APART and store_reads == []
