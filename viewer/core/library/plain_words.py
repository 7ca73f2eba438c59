"""Matches of plain words in the passages the index named, counted at C speed.

When every term of a query is a plain string (no word character at either end to bound, no white
space, none negated, no pane filter), the Ctrl+F rule in a passage is `word in passage` and the
matches are str.count's, except where two matches touch or overlap (人民法院判决, 判决判决):
those merge into one, so only passages holding such a join take snippets.match_spans. The
passage-level AND (passage_and) and a one-word query's postings (ranking.Ranking) name the
passages; this counts them without a regex step per match.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import compress, repeat
from operator import add, and_, mul, or_

from viewer.core.library.texts import DocText
from viewer.core.search.query_parser import ParsedQuery
from viewer.core.search.snippets import match_spans
from viewer.core.text.tokens import is_word_char


def word_counts(parsed: ParsedQuery, doc: DocText, indexes) -> dict[int, int] | None:
    """Matching passages among `indexes` (ascending) -> merged matches; None unless the query
    is plain words."""
    clauses = plain_clauses(parsed)
    if clauses is None:
        return None
    words, parts = [w for clause in clauses for w in clause], doc.parts
    chosen = list(map(parts.__getitem__, indexes))
    found = list(map(str.count, chosen, repeat(words[0])))
    for word in words[1:]:  # each step for every passage at once, in C
        found = list(map(add, found, map(str.count, chosen, repeat(word))))
    if len(clauses) > 1:  # an AND: zero where a clause has no word
        found = list(map(mul, found, _all_clauses(chosen, clauses)))
    counts = dict(zip(compress(indexes, found), compress(found, found), strict=False))
    joins = _joins(tuple(words))
    if max(found, default=0) <= 1:
        return counts  # one match a passage: none to merge
    if joins is not None and not any(map(doc.folded.__contains__, joins)):
        return counts  # no two matches touch anywhere in the text (one C-level scan each)
    for index in [i for i, n in counts.items() if n > 1]:
        part = parts[index]
        if joins is None or any(map(part.__contains__, joins)):
            counts[index] = len(match_spans(parsed, part))  # matches may touch: merge them
    return counts


def any_match(parsed: ParsedQuery, parts: list[str], indexes) -> bool | None:
    """Does a passage among `indexes` match? None unless the query is plain words."""
    clauses = plain_clauses(parsed)
    if clauses is None:
        return None
    return any(holds_all(parts[i], clauses) for i in indexes)


def _all_clauses(chosen: list[str], clauses: list[list[str]]) -> list[bool]:
    """Per passage: does it hold a word of each clause?"""
    found: list[bool] | None = None
    for clause in clauses:
        held = list(map(str.__contains__, chosen, repeat(clause[0])))
        for word in clause[1:]:
            held = list(map(or_, held, map(str.__contains__, chosen, repeat(word))))
        found = held if found is None else list(map(and_, found, held))
    return found or []


def holds_all(part: str, clauses: list[list[str]]) -> bool:
    """Does the passage hold a word of each clause (plain_clauses)?"""
    return all(any(map(part.__contains__, clause)) for clause in clauses)


@lru_cache(maxsize=64)
def plain_clauses(parsed: ParsedQuery) -> list[list[str]] | None:
    """Each clause's folded words when the query is plain words (see the module), else None."""
    if parsed.panes or parsed.excluded_panes:
        return None
    terms = [t for clause in parsed.clauses for t in clause]
    if not all(_plain(t.folded) and not t.negated for t in terms):
        return None
    return [[t.folded for t in clause] for clause in parsed.clauses]


def _plain(text: str) -> bool:
    if not text.strip() or any(c.isspace() for c in text):
        return False
    return not is_word_char(text[0]) and not is_word_char(text[-1])


@lru_cache(maxsize=64)
def _joins(words: tuple[str, ...]) -> list[str] | None:
    """Where matches of `words` would touch (each pair written together, a word twice); None
    when two can overlap (a word inside another, or one's end the other's start). Without
    these in a passage, its merged matches are the sum of each word's str.count."""
    for a in words:
        for b in words:
            if (a != b and a in b) or any(b.startswith(a[cut:]) for cut in range(1, len(a))):
                return None
    return [a + b for a in words for b in words]
