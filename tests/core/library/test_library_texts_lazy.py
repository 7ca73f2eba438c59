"""Opening a library reads no text; a search reads the texts of what it shows, within a budget."""

from __future__ import annotations

import pytest

from tests.core.library.test_library import indexed, write
from viewer.core.library import texts as library_texts
from viewer.core.library.texts import TextStore


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """Every document read from a text store, in order (all() counts each row it yields)."""
    seen: list[str] = []
    get, every = TextStore.get, TextStore.all

    def counting_get(self, rel_path):
        seen.append(rel_path)
        return get(self, rel_path)

    def counting_all(self):
        for doc in every(self):
            seen.append(doc.rel_path)
            yield doc

    monkeypatch.setattr(TextStore, "get", counting_get)
    monkeypatch.setattr(TextStore, "all", counting_all)
    return seen


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "lib"
    for n in range(30):
        write(root, f"法{n:02}.md", f"第{n}号法", f"经营者应当依法纳税，第{n}项。")
    return root


def test_opening_reads_no_text_and_a_search_reads_only_its_page(library, reads):
    _, search = indexed(library)
    search.open()
    assert reads == []
    results = search.search("纳税", limit=5)
    assert results.total_exact and results.total_documents == 30
    assert len(results.documents) == 5 and all(d.hits == 1 for d in results.documents)
    assert len(set(reads)) == 5


def test_a_word_in_every_title_is_counted_without_opening_the_files(library, reads):
    # every title starts 中华人民共和国 and no passage holds 中华: 30 title matches, exact,
    # and only the page's texts read; 人民 is also in each file's date line (全国人民代表大会)
    _, search = indexed(library)
    results = search.search("中华", limit=3)
    assert results.total_exact and results.total_documents == 30
    assert all(d.title_match and d.hits == 0 for d in results.documents)
    assert len(set(reads)) <= 3
    reads.clear()
    results = search.search("人民", limit=3)
    assert results.total_exact and results.total_documents == 30
    assert len(set(reads)) <= 3


def test_results_are_the_same_with_a_cache_of_one_document(library, monkeypatch):
    _, search = indexed(library)
    queries = ["纳税", "经营者", "依法 第1", '"依法纳税"', "第2 -纳税"]
    full = [search.search(q, limit=50) for q in queries]
    monkeypatch.setattr(library_texts, "CACHE_BYTES", 1)
    _, small = indexed(library)
    for query, expected in zip(queries, full, strict=True):
        got = small.search(query, limit=50)
        assert got.total_documents == expected.total_documents, query
        assert [(d.rel_path, d.hits) for d in got.documents] == [
            (d.rel_path, d.hits) for d in expected.documents
        ], query
    assert small._texts.held == 1
