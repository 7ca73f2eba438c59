"""An AND of words across a library is decided passage by passage from the index's postings:
the same files, hit counts and snippets as checking every passage's text, with fewer texts read."""

from __future__ import annotations

import pytest

from tests.core.library.test_library import indexed, write
from tests.core.library.test_library_texts_lazy import reads  # noqa: F401 - a fixture
from viewer.core.library import query_ranking
from viewer.core.library.passage_postings import decode_passages
from viewer.core.search.query_builder import TEXT_FIELD

# 20 files holding 判决 and 网络 only in different passages, 5 holding them in one passage,
# and 5 whose passage holds 人民, 民法 and 法院 apart (every bigram of 人民法院, never adjacent)
APART = "网络运营者应当履行义务。\n\n人民法院依法判决。"
TOGETHER = "网络案件由人民法院判决。\n\n其他事项另行规定。"
SCATTERED = "人民群众学习民法，法院判决网络纠纷。"


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "lib"
    for n in range(20):
        write(root, f"分开{n:02}.md", f"第{n}号法", APART)
    for n in range(5):
        write(root, f"同段{n:02}.md", f"第{n}号条例", TOGETHER)
        write(root, f"散落{n:02}.md", f"第{n}号规定", SCATTERED)
    return root


def _dump(search, query: str) -> list:
    search.clear_cache()
    results = search.search(query, limit=100)
    return [
        results.total_documents,
        results.total_exact,
        [
            (d.rel_path, d.hits, [(h.passage_id, h.snippet) for h in d.passages])
            for d in results.documents
        ],
    ]


def test_postings_hold_the_passages_of_each_term(library):
    index, search = indexed(library)
    search.open()
    reader = search._searcher.reader()
    docnum = search._docnums["分开00.md"]
    doc = index.texts.get("分开00.md")
    for word in ("网络", "判决"):
        postings = reader.postings(TEXT_FIELD, word)
        postings.skip_to(docnum)
        assert postings.id() == docnum
        numbers = list(decode_passages(postings.value()))
        assert numbers == [n for n, part in enumerate(doc.parts) if word in part]
        assert len(numbers) == 1


@pytest.mark.parametrize(
    "query",
    [
        "判决 网络",
        "人民法院 判决",
        "人民法院 网络 判决",
        "网络 OR 规定 判决",
        "民法 法院",
        # clauses of fewer index terms are applied first and files left out as their mask
        # falls to 0, whatever the order typed
        "人民法院 网络 判决 OR 规定",
        "判决 OR 规定 人民法院",
    ],
)
def test_results_equal_a_check_of_every_passage(library, monkeypatch, query):
    # the same files, counts, passages and snippets; the order may differ, as the index ranks by
    # each word's rarest bigram (the one-word rule) where Whoosh's And summed them all
    _, search = indexed(library)
    from_index = _dump(search, query)
    monkeypatch.setattr(query_ranking, "passage_and", lambda *_: None)  # the text check
    checked = _dump(search, query)
    assert from_index[:2] == checked[:2]
    assert sorted(from_index[2]) == sorted(checked[2])


def test_words_in_different_passages_do_not_match(library):
    _, search = indexed(library)
    results = search.search("判决 网络", limit=100)
    assert results.total_exact and results.total_documents == 10
    assert {d.rel_path[:2] for d in results.documents} == {"同段", "散落"}
    assert all(d.hits == 1 for d in results.documents)
    # every bigram of 人民法院 in one passage, but never the word: no match there
    results = search.search("人民法院 判决", limit=100)
    assert results.total_exact and results.total_documents == 25
    assert {d.rel_path[:2] for d in results.documents} == {"同段", "分开"}


def test_an_and_of_single_index_terms_reads_only_the_page(library, reads):  # noqa: F811
    _, search = indexed(library)
    results = search.search("判决 网络", limit=3)
    assert results.total_exact and results.total_documents == 10
    assert len(set(reads)) == 3  # the 20 files with the words apart are never opened
