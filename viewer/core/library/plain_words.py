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
from operator import add, mul

from viewer.core.library.texts import DocText
from viewer.core.search.query_parser import ParsedQuery
from viewer.core.search.snippets import match_spans
from viewer.core.text.tokens import is_word_char

_ONE = 1  # _ONE.__lt__(n): n > 1
# a C-level call on a short passage costs about as much as scanning this many characters
_SCAN_PER_CALL = 400


def word_counts(parsed: ParsedQuery, doc: DocText, indexes) -> dict[int, int] | None:
    """Matching passages among `indexes` (ascending) -> merged matches; None unless the query
    is plain words."""
    clauses = plain_clauses(parsed)
    if clauses is None:
        return None
    parts = doc.parts
    chosen = list(map(parts.__getitem__, indexes))
    # each step for every passage at once, in C; a clause is held where its words' counts add
    # up to more than 0, every clause where the product of those sums is not 0
    found = held = None
    for clause in clauses:
        sums = None
        for word in clause:
            each = list(map(str.count, chosen, repeat(word)))
            sums = each if sums is None else list(map(add, sums, each))
        found = sums if found is None else list(map(add, found, sums))
        held = sums if held is None else list(map(mul, held, sums))
    counts = dict(zip(compress(indexes, held), compress(found, held), strict=False))
    if max(found, default=0) <= 1:
        return counts  # one match a passage: none to merge
    joins = _joins(tuple(w for clause in clauses for w in clause))
    several = None
    if joins is not None and len(joins) * len(doc.folded) < _SCAN_PER_CALL * len(counts):
        if not any(map(doc.folded.__contains__, joins)):  # one scan of the text per join
            return counts  # no two matches touch anywhere in the text
    elif joins is not None:  # cheaper: one `in` per join in each passage of several matches
        several = list(compress(counts, map(_ONE.__lt__, counts.values())))
        texts = list(map(parts.__getitem__, several))
        touching: set[int] = set()
        for join in joins:
            touching.update(compress(several, map(str.__contains__, texts, repeat(join))))
        several = sorted(touching)
    if several is None:
        several = [i for i, n in counts.items() if n > 1 and _touches(parts[i], joins)]
    for index in several:
        counts[index] = len(match_spans(parsed, parts[index]))  # matches may touch: merge them
    return counts


def _touches(part: str, joins: list[str] | None) -> bool:
    return joins is None or any(map(part.__contains__, joins))


def any_match(parsed: ParsedQuery, parts: list[str], indexes) -> bool | None:
    """Does a passage among `indexes` match? None unless the query is plain words."""
    clauses = plain_clauses(parsed)
    if clauses is None:
        return None
    return any(holds_all(parts[i], clauses) for i in indexes)


def holds_all(part: str, clauses: list[list[str]]) -> bool:
    """Does the passage hold a word of each clause (plain_clauses)?"""
    return all(any(map(part.__contains__, clause)) for clause in clauses)


def plain_clauses(parsed: ParsedQuery) -> list[list[str]] | None:
    """Each clause's folded words when the query is plain words (see the module), else None.
    Asked once per candidate file: the last query's answer is kept by identity (hashing and
    comparing a ParsedQuery in an lru_cache cost more than the `in` checks of a file)."""
    global _last_plain
    last = _last_plain
    if last[0] is parsed:
        return last[1]
    found = _plain_clauses(parsed)
    _last_plain = (parsed, found)  # one assignment: threads see the old pair or the new
    return found


_last_plain: tuple = (None, None)


@lru_cache(maxsize=64)
def _plain_clauses(parsed: ParsedQuery) -> list[list[str]] | None:
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
