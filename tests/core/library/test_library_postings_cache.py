"""A frequent term's decoded postings are kept for the searcher's life: the results are those of a
fresh read, a commit forgets them, the memory stays within its budget, and the private Whoosh
reads they rely on are still there."""

from __future__ import annotations

import pytest

from tests.core.library.test_library import indexed, write
from viewer.core.library import postings_cache
from viewer.core.library import search as library_search
from viewer.core.library.postings_cache import PostingsCache, TermPostings
from viewer.core.library.scoring import reads_blocks
from viewer.core.search.query_builder import TEXT_FIELD

COMMON = "当事人应当履行义务，应当应当遵守规定。\n\n人民法院应当依法审理。"
OTHER = "其他事项另行规定。\n\n本法自公布之日起施行。"


@pytest.fixture
def library(tmp_path, monkeypatch):
    monkeypatch.setattr(postings_cache, "MIN_DOCS", 1)  # every term is "frequent" here
    root = tmp_path / "lib"
    for n in range(30):
        write(root, f"常见{n:02}.md", f"第{n}号法", COMMON if n % 3 else OTHER)
    return root


def _dump(results) -> list:
    return [
        results.total_documents,
        results.total_exact,
        [
            (d.rel_path, d.hits, [(h.passage_id, h.snippet) for h in d.passages])
            for d in results.documents
        ],
    ]


@pytest.mark.parametrize("query", ["应当", "应当 规定", "人民法院", "依法 OR 施行"])
def test_kept_postings_give_the_results_of_a_fresh_read(library, query):
    _, search = indexed(library)
    first = _dump(search.search(query, limit=50))
    assert search._stats.cache.held_bytes > 0
    search.clear_cache()  # the ranking again, from the kept postings
    assert _dump(search.search(query, limit=50)) == first


@pytest.mark.parametrize("query", ["应当", "规定", "人民"])
def test_one_word_counts_from_the_postings_equal_a_text_check(library, monkeypatch, query):
    # the passages a word's postings hold, counted there (touching 应当应当 counts once),
    # equal a check of every passage's text
    _, search = indexed(library)
    from_postings = _dump(search.search(query, limit=50))
    monkeypatch.setattr(library_search, "term_passages", lambda *_: None)
    search.clear_cache()
    assert _dump(search.search(query, limit=50)) == from_postings


def test_touching_matches_count_once(library):
    _, search = indexed(library)
    results = search.search("应当", limit=50)
    assert results.total_documents == 20 and results.total_exact
    doc = results.documents[0]
    assert doc.hits == 2
    best = doc.passages[0]  # 应当 apart, then 应当应当: one match, as in a text check
    assert best.snippet.count("<mark>") == 2 and "<mark>应当应当</mark>" in best.snippet


def test_a_commit_forgets_the_kept_postings(library):
    index, search = indexed(library)
    assert search.search("应当", limit=50).total_documents == 20
    kept = search._stats.cache
    write(library, "新增.md", "新法", "新增的条款应当遵守。")
    (library / "常见01.md").unlink()
    index.update()
    results = search.search("应当", limit=50)
    assert search._stats.cache is not kept
    assert results.total_documents == 20  # one file more, one less
    assert {d.rel_path for d in results.documents} >= {"新增.md"}
    assert "常见01.md" not in {d.rel_path for d in results.documents}


def test_the_cache_stays_within_its_budget_and_drops_the_least_recent():
    def term(docs: int) -> TermPostings:
        return TermPostings(
            dict.fromkeys(range(docs), 1.0), dict.fromkeys(range(docs), b"H\x00\x00")
        )

    one = term(100).cost
    cache = PostingsCache(budget=3 * one, min_docs=10)
    for text in "abc":
        cache.keep(text, term(100))
    cache.get("a")  # used: b is now the least recent
    cache.keep("d", term(100))
    assert "b" not in cache and all(t in cache for t in "acd")
    assert cache.held_bytes <= 3 * one
    cache.keep("rare", term(5))  # cheap to read again: not kept
    assert "rare" not in cache


def test_whoosh_block_reads_are_still_there(library):
    # the pinned Whoosh's private block reads (scoring._read); if this fails, Whoosh changed:
    # the public matcher API is used instead (slower), check scoring.py's reads
    _, search = indexed(library)
    search.open()
    leaves = [leaf.reader() for leaf, _offset in search._searcher.leaf_searchers()]
    # each segment's own matcher (the index may have one segment per writer process, and a
    # segment of the other files only holds no 应当)
    holding = [r for r in leaves if (TEXT_FIELD, "应当") in r]
    assert holding and all(reads_blocks(r.postings(TEXT_FIELD, "应当")) for r in holding)


TRICKY = "判决判决人民法院判决。\n\n人民法院法院判决书。\n\n民法院判决人民。"


@pytest.mark.parametrize(
    "query", ["人民法院 判决", "民法 法院", "人民 人民法院", "判决 法院 OR 人民"]
)
def test_and_counts_of_touching_and_overlapping_words_equal_a_text_check(
    tmp_path, monkeypatch, query
):
    # matches that touch (判决判决, 人民法院判决) or overlap (民法|法院) merge into one, as in
    # a check of every passage's text
    root = tmp_path / "lib"
    for n in range(3):
        write(root, f"难{n}.md", f"第{n}号法", TRICKY)
    _, search = indexed(root)
    from_index = _dump(search.search(query, limit=50))
    monkeypatch.setattr(library_search, "passage_and", lambda *_: None)
    search.clear_cache()
    checked = _dump(search.search(query, limit=50))
    assert from_index[:2] == checked[:2] and sorted(from_index[2]) == sorted(checked[2])
