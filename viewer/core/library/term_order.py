"""A one-word query's files best first without looking at every file that holds the word.

The order is the word's BM25 (the score of its rarest index term), × (1 + TITLE_BOOST) where
the file's title holds the word: title_boost.boost_by_title's, then a stable sort. Doing that for
应当 meant a title test, a score copy and a heap over its 3,345 files at every query (13,380
at 4× the laws: the work grew with the library). The index term's docnums are sorted by score
once per searcher, and those whose title holds the term picked out of that order (postings_cache
keeps both with the scores); a query merges the two orders as far as its page reads:
- titled files whose title holds the whole word, their scores boosted (a subsequence of the
  term's order, so still sorted);
- every other file, the term's order with those skipped.
Ties keep the old order: the same score goes to the lower docnum (a term's postings are read in
docnum order, and sorted() is stable).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from viewer.core.library.lazy_order import LazyOrder


class TermRanked(LazyOrder):
    """(rel_path, score) best first, merged lazily (see the module's docstring)."""

    def __init__(
        self,
        scores: dict[int, float],
        order: list[int],
        titled: tuple[list[int], set[int]],
        holds: Callable[[int], bool],
        factor: float,
        paths: Sequence,
        allowed: set[int] | None,
    ) -> None:
        """`order`: the term's docnums best first; `titled`: those whose title holds the
        term, in that order and as a set; `holds(n)`: a titled file's title holds the word."""
        self.scores = self._scores = scores  # docnum -> score of every file holding the term
        self._order, (self._titled, self._titled_set) = order, titled
        self._holds, self._factor, self._paths = holds, factor, paths
        self._allowed = allowed
        self._out: list[tuple[str, float]] = []
        self._at = [0, 0]  # next position in titled, in order
        self._heads: list[tuple[float, int] | None] = [None, None]  # (score, docnum) of each
        if allowed is None:
            self._len = len(scores)
        elif len(allowed) < len(scores):
            self._len = sum(map(scores.__contains__, allowed))
        else:
            self._len = len(allowed.intersection(scores))

    def _fill(self, wanted: int) -> None:
        out, heads = self._out, self._heads
        while len(out) < wanted:
            boosted, plain = self._head(0), self._head(1)
            if boosted is None and plain is None:
                return
            side = 0 if plain is None or (boosted is not None and _before(boosted, plain)) else 1
            score, n = heads[side]
            heads[side] = None
            out.append((self._paths[n], score))

    def _head(self, side: int) -> tuple[float, int] | None:
        """The next file of one order: 0, titles holding the word (boosted); 1, the rest."""
        if self._heads[side] is None:
            docs, allowed, at = (self._titled, self._order)[side], self._allowed, self._at
            while at[side] < len(docs):
                n = docs[at[side]]
                at[side] += 1
                if allowed is not None and n not in allowed:
                    continue
                if side == 0 and self._holds(n):
                    self._heads[0] = (self._scores[n] * self._factor, n)
                    break
                if side == 1 and not (n in self._titled_set and self._holds(n)):
                    self._heads[1] = (self._scores[n], n)
                    break
        return self._heads[side]


def _before(a: tuple[float, int], b: tuple[float, int]) -> bool:
    """a ranks before b: a higher score, or the same score and a lower docnum."""
    return a[0] > b[0] or (a[0] == b[0] and a[1] < b[1])
