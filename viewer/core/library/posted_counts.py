"""A one-word query's matches in one file, from the word's posting: the passages holding it and
each passage's count of it there (passage_postings), the best passages counted in the text only.

For a word that is one index term (应当, 人民: the index decides it, ranking.index_decides) the
posting names exactly the passages holding the word, so a file's hit count is their number. The
best passages need each passage's matches, and the posting bounds them: the index term's tokens
are every adjacent pair of the folded passage, at least as many as str.count's matches, which
merging touching ones only lowers. So only the passages whose bound reaches the best few's
matches are counted (a long law holds 应当 in 600-800 passages, most of them once).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from functools import lru_cache
from operator import neg
from typing import NamedTuple

from viewer.core.library.plain_words import plain_clauses, word_counts
from viewer.core.library.texts import DocText
from viewer.core.search.query_parser import ParsedQuery


class Posted(NamedTuple):
    passages: object  # the passage numbers, ascending (an array)
    bounds: bytes  # per passage: the term's occurrences there (255: at least 255)


def applies(parsed: ParsedQuery) -> bool:
    """One plain word (plain_words): its matches are counted by str.count and merged."""
    clauses = plain_clauses(parsed)
    return clauses is not None and len(clauses) == 1 and len(clauses[0]) == 1


class PostedCounts(Mapping):
    """Matching passage -> merged matches, as passages.counts_in, each worked out when asked."""

    def __init__(self, parsed: ParsedQuery, doc: DocText, posted: Posted) -> None:
        self._parsed, self._doc = parsed, doc
        self._passages, self._bounds = posted
        self._exact: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self._passages)

    def __iter__(self):
        return iter(self._passages)

    def __contains__(self, index) -> bool:
        return self._at(index) is not None

    def __getitem__(self, index: int) -> int:
        at = self._at(index)
        if at is None:
            raise KeyError(index)
        return self._counted([index], [self._bounds[at]])[index]

    def _at(self, index) -> int | None:
        at = bisect_left(self._passages, index)
        return at if at < len(self._passages) and self._passages[at] == index else None

    def _counted(self, indexes: list[int], bounds) -> dict[int, int]:
        """The exact matches of `indexes` (ascending) are known after this: a bound of 1 is
        exact (the passage holds the word), others are counted in the text."""
        exact, text = self._exact, []
        for index, bound in zip(indexes, bounds, strict=True):
            if index not in exact:
                if bound == 1:
                    exact[index] = 1
                else:
                    text.append(index)
        if text:
            found = word_counts(self._parsed, self._doc, text) or {}
            exact.update((i, found.get(i, 0)) for i in text)
        return exact

    def best(self, limit: int) -> list[int]:
        """passages.best_passages of the exact counts: the passages whose bound is below the
        `limit`-th best exact count so far cannot reach it, so they are never counted."""
        passages, bounds = self._passages, self._bounds
        if limit <= 0 or not passages:
            return []
        floor = max(bounds)  # down to the limit-th best bound, a C-level count per level
        taken = bounds.count(floor)
        while taken < limit and floor > 1:
            floor -= 1
            taken += bounds.count(floor)
        while True:
            at = _at_least(bounds, floor)
            chosen = list(map(passages.__getitem__, at))
            exact = self._counted(chosen, map(bounds.__getitem__, at))
            level = sorted(map(exact.__getitem__, chosen))[-min(limit, len(chosen))]
            if level >= floor:  # every other passage has fewer matches than `level`
                break
            floor = level  # some bounds were above their counts: look further down
        buckets = self._doc.buckets
        matches = map(neg, map(exact.__getitem__, chosen))
        ranked = sorted(zip(matches, map(buckets.__getitem__, chosen), chosen, strict=False))
        return [i for _, _, i in ranked[:limit]]


def _at_least(bounds: bytes, floor: int) -> list[int]:
    """Positions of the bounds ≥ floor: a few among hundreds, found by C-level scans."""
    marks = bounds.translate(_marks(floor))
    found, at = [], marks.find(1)
    while at >= 0:
        found.append(at)
        at = marks.find(1, at + 1)
    return found


@lru_cache(maxsize=256)
def _marks(floor: int) -> bytes:
    """bytes.translate's table: 1 for a bound ≥ floor, else 0."""
    return bytes(int(n >= floor) for n in range(256))
