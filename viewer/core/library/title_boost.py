"""A query's candidate files ordered by their score boosted where the title holds the words.

The order shown is the BM25 score × (1 + TITLE_BOOST × the share of the query's words the title
holds), never the exact hit count, so ranking opens no file; sorted only as far as it is read.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from itertools import compress, repeat
from operator import add, contains, mul

from viewer.core.library.passages import is_literal
from viewer.core.search.snippets import term_in

TITLE_BOOST = 1.0  # a file whose title holds every word of the query ranks like 2× the score
_holds = contains  # _holds(title, word): word in title (2.6x str.__contains__ in a map)


def boost_by_title(found: dict, parsed, paths, docnum_titles, holding=None) -> RankedDocs:
    """(rel_path, score) best first: each index score × (1 + TITLE_BOOST × the share of the
    query's words found in the file's title). `holding(word)`: the docnums whose title holds
    `word` (title_matches.TitleIndex.holding): several plain words then visit the files their
    titles name, not every file found (5,400 for 中华人民共和国 国务院 规定 at 4× the laws)."""
    positive = parsed.positive_terms
    boost = TITLE_BOOST / max(1, len(positive))
    literal = [t.folded for t in positive if is_literal(t)]  # `in` is ~20x a regex search
    patterned = [t for t in positive if not is_literal(t)]
    single = literal[0] if len(positive) == 1 and literal else None
    if single is not None:
        by_docnum = map(docnum_titles.__getitem__, found)
        for docnum in compress(list(found), map(_holds, by_docnum, repeat(single))):
            found[docnum] *= 1 + boost
        return RankedDocs(found, paths)
    if holding is not None and not patterned:
        return RankedDocs(_boosted(found, literal, holding, boost), paths)
    docnums = list(found)  # several words: each word's title test at C speed, then a share
    named = list(map(docnum_titles.__getitem__, docnums))
    shares = [0] * len(docnums)
    for word in literal:
        shares = list(map(add, shares, map(_holds, named, repeat(word))))
    for term in patterned:
        shares = list(map(add, shares, (bool(t) and term_in(term, t) for t in named)))
    factors = {share: 1 + boost * share for share in set(shares)}  # × 1.0 leaves a score be
    boosted = map(mul, found.values(), map(factors.__getitem__, shares))
    return RankedDocs(dict(zip(docnums, boosted, strict=True)), paths)


def _boosted(found: dict, words: list[str], holding, boost: float) -> dict:
    """`found` with each score × (1 + boost × how many of `words` the file's title holds)."""
    shares: dict[int, int] = {}
    for word in words:  # a word twice in the query counts twice, as in the share below
        for docnum in holding(word):
            if docnum in found:
                shares[docnum] = shares.get(docnum, 0) + 1
    boosted = dict(found)
    for docnum, share in shares.items():
        boosted[docnum] *= 1 + boost * share
    return boosted


class RankedDocs(Sequence):
    """(rel_path, score) of scored docnums, best first, sorted only as far as it is read: a
    page of a word in 3,000 files needs their top 20, not all 3,000 sorted and named (~0.5 ms).
    The order is sorted()'s (stable, as key=-score)."""

    HEAD = 64  # a first page and the next two; four times more each time it is passed

    def __init__(self, scores: dict[int, float], paths: Sequence) -> None:
        self._scores, self._paths = scores, paths
        self._order = heapq.nlargest(self.HEAD, scores, key=scores.__getitem__)
        self._all = len(self._order) == len(scores)

    def __len__(self) -> int:
        return len(self._scores)

    def __getitem__(self, at):
        if not self._all and (not isinstance(at, int) or not 0 <= at < len(self._order)):
            scores, head = self._scores, 4 * len(self._order)
            if isinstance(at, int) and 0 <= at < head < len(scores) // 2:
                self._order = heapq.nlargest(head, scores, key=scores.__getitem__)
            else:
                self._order = sorted(scores, key=scores.__getitem__, reverse=True)
                self._all = True
        if isinstance(at, slice):
            return [(self._paths[n], self._scores[n]) for n in self._order[at]]
        n = self._order[at]
        return self._paths[n], self._scores[n]

    def __iter__(self):
        return iter(self[:])
