"""A one-word query's best passages from its posting's per-passage counts: the same passages,
hit counts and snippets as counting the word in every passage's text, when the counts the
posting holds are above the matches (touching 应当应当 merge into one, 啊啊啊 holds 啊啊 twice
as a bigram but once as a match)."""

from __future__ import annotations

from array import array

import pytest

from tests.core.library.test_library import indexed, write
from viewer.core.library import query_ranking
from viewer.core.library.passage_postings import decode_counts, decode_passages, encode_passages
from viewer.core.library.passages import best_passages
from viewer.core.library.posted_counts import Posted, PostedCounts
from viewer.core.library.texts import DocText, encode_row
from viewer.core.search.query_parser import parse_query
from viewer.core.search.snippets import match_spans

PASSAGES = [
    "应当应当应当。",  # 3 as bigrams, 2 by str.count, 1 merged
    "应当遵守，应当履行。",
    "应当。",
    "啊啊啊，应当应当，应当依法，应当。",
    "其他。",
    "应当" + "，规定" * 30,
    "一、应当；二、应当；三、应当。",
]


def _doc() -> DocText:
    rows = [(f"p{n}", "pane", "", "paragraph", text) for n, text in enumerate(PASSAGES)]
    return DocText("法.md", *encode_row("法", [("pane", "总则")], rows))


@pytest.mark.parametrize("word", ["应当", "啊啊"])
@pytest.mark.parametrize("limit", [1, 2, 3, 10])
def test_best_passages_equal_those_of_every_passage_counted(word, limit):
    doc, parsed = _doc(), parse_query(word)
    truth = {n: len(match_spans(parsed, p)) for n, p in enumerate(doc.parts)}
    truth = {n: c for n, c in truth.items() if c}
    numbers = list(truth)
    bounds = [doc.parts[n].count(word[0]) for n in numbers]  # above the matches, never below
    counts = PostedCounts(parsed, doc, Posted(array("H", numbers), bytes(bounds)))
    assert len(counts) == len(truth) and 4 not in counts
    assert best_passages(doc, counts, limit) == best_passages(doc, truth, limit)
    assert dict(counts) == truth


def test_the_posting_holds_each_passage_count():
    value = encode_passages([2, 5, 70_000], [1, 3, 400])
    assert list(decode_passages(value)) == [2, 5, 70_000]
    assert list(decode_counts(value)) == [1, 3, 255]  # 255: at least


def test_a_library_search_equals_a_count_of_every_passage(tmp_path, monkeypatch):
    root = tmp_path / "lib"
    for n in range(6):
        write(root, f"法{n}.md", f"第{n}号法", "\n\n".join(PASSAGES[n:] + PASSAGES[:n]))
    _, search = indexed(root)

    def dump(query):
        search.clear_cache()
        results = search.search(query, limit=50, passages_per_document=3)
        return [
            (d.rel_path, d.hits, [(h.passage_id, h.snippet) for h in d.passages])
            for d in results.documents
        ]

    posted = {q: dump(q) for q in ("应当", "啊啊", "依法")}
    monkeypatch.setattr(query_ranking, "term_passages", lambda *_: None)  # every passage
    assert {q: dump(q) for q in posted} == posted
    assert posted["应当"][0][1] == 6
