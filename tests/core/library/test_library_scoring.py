"""A library search scores a term as Whoosh's BM25F does, from a byte a document: the same
scores on a real index, on lengths past Whoosh's 256 values, and no object kept per document."""

from __future__ import annotations

import sys

import pytest
from whoosh import query as wq

from tests.core.library.test_library import indexed, write
from viewer.core.library.scoring import FieldStats
from viewer.core.search.query_builder import TEXT_FIELD

B, K1 = 0.5, 1.2


@pytest.fixture
def search(tmp_path):
    root = tmp_path / "lib"
    for n in range(12):  # texts of many lengths: each a different normalisation
        body = "人民法院应当依法审理。" + "其他事项另行规定。" * (n * n)
        body += "当事人应当履行义务。" * n
        write(root, f"法{n:02}.md", f"第{n}号法", body)
    _, search = indexed(root)
    search.open()
    return search


@pytest.mark.parametrize("word", ["应当", "人民", "规定", "义务"])
def test_term_scores_are_whooshs_bm25f_scores(search, word):
    searcher, stats = search._searcher, search._stats
    ours = stats.term_scores(word)
    theirs = {
        hit.docnum: hit.score
        for hit in searcher.search(wq.Term(TEXT_FIELD, word), limit=None, scored=True)
    }
    assert ours.keys() == theirs.keys() and len(ours) > 3
    assert all(ours[n] == pytest.approx(theirs[n], rel=1e-9) for n in theirs)


class _Reader:
    """A reader's per-document lengths, as FieldStats reads them."""

    def __init__(self, lengths: list[int | None]) -> None:
        self.lengths = lengths

    def doc_count_all(self) -> int:
        return len(self.lengths)

    def doc_count(self) -> int:
        return len(self.lengths)

    def doc_field_length(self, n, fieldname, default):
        return self.lengths[n]

    def field_length(self, fieldname) -> int:
        return sum(length or 0 for length in self.lengths)

    def is_deleted(self, n) -> bool:
        return False


class _Searcher:
    def __init__(self, lengths) -> None:
        self._reader = _Reader(lengths)

    def reader(self) -> _Reader:
        return self._reader

    def idf(self, fieldname, text) -> float:
        return 2.0


def _expected(lengths, freqs) -> dict[int, float]:
    avg = sum(length or 0 for length in lengths) / len(lengths)
    return {
        n: 2.0 * f * (K1 + 1) / (f + K1 * ((1 - B) + B * (lengths[n] or 0) / avg))
        for n, f in freqs.items()
    }


@pytest.mark.parametrize(
    "lengths",
    [
        [None, 1, 7, 7, 90, 1000, 7, 3],  # a few values, as Whoosh keeps lengths
        list(range(1, 700)),  # more than a byte's worth: another Whoosh could keep these
    ],
)
def test_scores_follow_each_documents_length(lengths):
    stats = FieldStats(_Searcher(lengths), TEXT_FIELD, B, K1)
    freqs = {n: float(1 + n % 4) for n in range(0, len(lengths), 3)}
    assert stats.scores_in("词", freqs, freqs) == pytest.approx(_expected(lengths, freqs))


def test_no_object_is_kept_per_document():
    lengths = [n % 200 * 17 + 300 for n in range(20_000)]  # ints that are objects of their own
    searcher = _Searcher(lengths)
    before = sys.getallocatedblocks()
    stats = FieldStats(searcher, TEXT_FIELD, B, K1)
    kept = sys.getallocatedblocks() - before
    assert kept < 1_000, kept  # an object a document would be 20,000
    assert len(stats.norm_codes) == len(lengths)
