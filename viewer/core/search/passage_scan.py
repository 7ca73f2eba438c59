"""Exact matching of a query over every passage of one document in a few regex passes.

The passages' folded texts are joined once, with NUL between them (never inside a term and
not white space, so no match spans two passages), and each term is found by one `finditer`
over the whole text instead of one search per passage. A match's passage comes from a bisect
on the passage start offsets. This is the same matching as viewer.core.search.snippets (same
patterns, same clause logic), so it decides the hits and counts whether or not the Whoosh
index exists yet; on a 313 KB law one term costs about a millisecond.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from viewer.core.search.query_parser import ParsedQuery, Term
from viewer.core.search.snippets import Span, merge_spans, pattern_for

SEPARATOR = "\x00"


class PassageScan:
    def __init__(self, ids: list[str], folded: Iterable[str]):
        self.ids = list(ids)
        self._starts: list[int] = []
        parts, offset = [], 0
        for text in folded:
            self._starts.append(offset)
            parts.append(text)
            offset += len(text) + len(SEPARATOR)
        self.joined = SEPARATOR.join(parts)

    def term_spans(self, term: Term) -> dict[int, list[Span]]:
        """Passage index -> spans of the term in that passage's folded text."""
        found: dict[int, list[Span]] = {}
        if not term.folded.strip():
            return found
        starts = self._starts
        for match in pattern_for(term.folded).finditer(self.joined):
            start, end = match.span()
            index = bisect_right(starts, start) - 1
            base = starts[index]
            found.setdefault(index, []).append((start - base, end - base))
        return found

    def matches(
        self, parsed: ParsedQuery, allowed: set[int] | None = None
    ) -> dict[str, list[Span]]:
        """passage id -> merged spans of every positive term, for each passage (among the
        `allowed` indexes, all when None) that satisfies every clause, in document order."""
        everything = set(range(len(self.ids))) if allowed is None else set(allowed)
        by_term = {t.folded: self.term_spans(t) for clause in parsed.clauses for t in clause}
        matched = everything
        for clause in parsed.clauses:
            satisfied: set[int] = set()
            for term in clause:
                present = by_term[term.folded].keys()
                satisfied |= (everything - present) if term.negated else (present & everything)
            matched &= satisfied
            if not matched:
                return {}
        positive = [by_term[t.folded] for t in parsed.positive_terms]
        ids = self.ids
        if len(positive) == 1:  # one term's spans come sorted and apart: nothing to merge
            only = positive[0]
            return {ids[i]: only.get(i, []) for i in sorted(matched)}
        result = {}
        for index in sorted(matched):
            spans = [s for found in positive for s in found.get(index, ())]
            result[ids[index]] = merge_spans(spans)
        return result

    def contains(self, term: Term) -> bool:
        return (
            bool(term.folded.strip()) and pattern_for(term.folded).search(self.joined) is not None
        )
