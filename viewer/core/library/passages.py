"""Which passages of a stored document match a query exactly, and in what order to show them.

A passage matches when snippets.text_matches says so (the Ctrl+F rule) and its pane passes the
query's pane filters. Most queries are one clause of plain words (`保险`, `"经营者集中"`,
`红包 OR 彩礼`): then a passage matches exactly when one of the words occurs in it, and one scan
of the document's joined text finds them all. Other queries check each candidate passage; for
an AND of plain words the candidates are the passages holding each of them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import compress, repeat

from viewer.core.library.plain_words import any_match, word_counts
from viewer.core.library.posted_counts import Posted, PostedCounts
from viewer.core.library.posted_counts import applies as posted_applies
from viewer.core.library.texts import SEPARATOR, DocText
from viewer.core.search.query_parser import ParsedQuery, Term
from viewer.core.search.snippets import match_spans, term_in, text_matches
from viewer.core.text.folding import drop_invisible, fold
from viewer.core.text.tokens import exact_pattern, is_word_char


def is_simple(parsed: ParsedQuery) -> bool:
    """One clause of positive terms without white space, and no pane filters. (A term with
    white space could match across the separator between passages, \\x1f being white space.)"""
    if len(parsed.clauses) != 1 or parsed.panes or parsed.excluded_panes:
        return False
    return all(
        not t.negated and t.folded.strip() and not any(c.isspace() for c in t.folded)
        for t in parsed.clauses[0]
    )


def passage_matches(parsed: ParsedQuery, doc: DocText) -> dict[int, int]:
    """Matching passages of `doc` -> how many (merged) matches each holds; empty: no match."""
    counts: dict[int, int] = {}
    if is_simple(parsed):
        terms = parsed.clauses[0]
        if len(terms) == 1 and is_literal(terms[0]):
            return _literal_counts(terms[0].folded, doc)
        if len(terms) == 1:  # one pattern: its matches come sorted and disjoint
            spans = (m.span() for m in term_pattern(terms[0]).finditer(doc.folded))
        else:
            spans = iter(match_spans(parsed, doc.folded))
        _count_spans(spans, doc.starts, counts)
        return counts
    for index in matching_passages(parsed, doc):
        start, end = doc.span(index)
        counts[index] = len(match_spans(parsed, doc.folded[start:end]))
    return counts


def counts_in(parsed: ParsedQuery, doc: DocText, indexes) -> dict[int, int]:
    """passage_matches, looking only at `indexes`, a superset of the matching passages (the
    index's passage-level AND, passage_and), or a one-word query's posting (Posted)."""
    if isinstance(indexes, Posted):
        if posted_applies(parsed):
            return PostedCounts(parsed, doc, indexes)
        indexes = indexes.passages
    counts = word_counts(parsed, doc, sorted(indexes))
    if counts is not None:  # plain words: C-level counts
        return counts
    counts: dict[int, int] = {}
    for index in sorted(indexes):
        start, end = doc.span(index)
        passage = doc.folded[start:end]
        if text_matches(parsed, passage) and _pane_ok(parsed, doc, index):
            counts[index] = len(match_spans(parsed, passage))
    return counts


def any_in(parsed: ParsedQuery, doc: DocText, indexes) -> bool:
    """Does one of `indexes` match (counts_in would not be empty)? Stops at the first, in the
    order given (a mask's passages are worked out as the check goes)."""
    found = any_match(parsed, doc.parts, indexes)
    if found is not None:
        return found
    folded = doc.folded
    for index in indexes:
        start, end = doc.span(index)
        if text_matches(parsed, folded[start:end]) and _pane_ok(parsed, doc, index):
            return True
    return False


def passage_spans(parsed: ParsedQuery, folded_passage: str) -> list[tuple[int, int]]:
    """snippets.match_spans, without a Python step per match for one plain string that never
    touches itself in the passage (its matches are then sorted, disjoint and apart)."""
    needle = _plain_word(parsed)
    if needle is not None and needle + needle not in folded_passage:
        return list(map(_SPAN, _literal_re(needle).finditer(folded_passage)))
    return match_spans(parsed, folded_passage)


@lru_cache(maxsize=64)
def _plain_word(parsed: ParsedQuery) -> str | None:
    """The folded word of a query that is one plain string without white space, else None."""
    terms = parsed.positive_terms
    if len(terms) != 1 or not is_literal(terms[0]) or any(c.isspace() for c in terms[0].folded):
        return None
    return terms[0].folded


def is_literal(term: Term) -> bool:
    """Its exact pattern is the plain string: no word character at either end to bound."""
    text = term.folded
    return bool(text) and not is_word_char(text[0]) and not is_word_char(text[-1])


def _count_spans(spans, starts: list[int], counts: dict[int, int]) -> None:
    last_end = -1
    for start, end in spans:
        if start != last_end:  # touching matches count as one, as merge_spans does
            index = bisect_right(starts, start) - 1
            counts[index] = counts.get(index, 0) + 1
        last_end = end


def _literal_counts(needle: str, doc: DocText) -> dict[int, int]:
    """passage_matches for one plain string with str.find/str.count, never a Python step per
    match (a common word has ~1,000 in a long law): when matches are dense, one C-level
    str.count per passage of the document's split text (kept on the DocText); else a passage
    at a time from one match to the next. Touching matches (the word twice in a row) merge."""
    folded, starts = doc.folded, doc.starts
    sample = folded.count(needle, 0, len(folded) // 8 + 1) * 8  # matches, guessed cheaply
    if sample * 6 > len(starts):  # dense: a C-level str.count per passage beats a step per match
        parts, double = doc.parts, needle + needle
        found = list(map(str.count, parts, repeat(needle)))
        if double not in folded:  # (it holds no white space: never across passages)
            return dict(
                zip(compress(range(len(found)), found), compress(found, found), strict=False)
            )
        counts: dict[int, int] = {}
        for index, part in enumerate(parts):
            found = part.count(needle)
            if found > 1 and double in part:  # touching matches: merge them
                merged: dict[int, int] = {}
                _count_spans((m.span() for m in _literal_re(needle).finditer(part)), [0], merged)
                counts[index] = merged[0]
            elif found:
                counts[index] = found
        return counts
    counts = {}
    at = folded.find(needle)
    while at >= 0:
        index = bisect_right(starts, at) - 1
        end = starts[index + 1] - len(SEPARATOR) if index + 1 < len(starts) else len(folded)
        found = folded.count(needle, at, end)
        if found > 1 and folded.find(needle + needle, at, end) >= 0:  # touching: merge them
            matches = _literal_re(needle).finditer(folded, at, end)
            _count_spans((m.span() for m in matches), starts, counts)
        else:
            counts[index] = found
        at = folded.find(needle, end)
    return counts


_SPAN = re.Match.span


@lru_cache(maxsize=64)
def _literal_re(needle: str):
    return re.compile(re.escape(needle))


def best_passages(doc: DocText, counts: dict[int, int], limit: int) -> list[int]:
    """More matches first, then denser (shorter) passages, then reading order. Only the
    passages at the top count levels are ranked (a common word matches hundreds of passages
    once each in a long law)."""
    if isinstance(counts, PostedCounts):
        return counts.best(limit)
    if limit <= 0 or not counts:
        return []
    histogram = Counter(counts.values())
    levels = sorted(histogram, reverse=True)
    threshold, taken = levels[-1], 0
    for level in levels:  # the fewest top levels holding `limit` passages
        taken += histogram[level]
        if taken >= limit:
            threshold = level
            break
    buckets, found = doc.buckets, counts.keys()
    if threshold != levels[-1]:
        found = [i for i, c in counts.items() if c >= threshold]
    # (-matches, length // 50, index) in C: sorted tuples, the same order as a key function
    keys = zip(map(counts.get, found), map(buckets.__getitem__, found), found, strict=False)
    ranked = sorted((-c, b, i) for c, b, i in keys)
    return [i for _, _, i in ranked[:limit]]


def term_pattern(term: Term):
    return _patterns(term.folded)


@lru_cache(maxsize=256)
def _patterns(folded: str):
    return exact_pattern(folded)


def matching_passages(parsed: ParsedQuery, doc: DocText) -> list[int]:
    """Indexes of the passages that match exactly, for any query. The whole file is checked
    first with a stop-at-first-match search per required word, so most non-matching files
    cost one regex scan."""
    positive = parsed.positive_terms
    if not all(term_in(t, doc.folded) for t in positive if _required(parsed, t)):
        return []
    candidates = _literal_and(parsed, doc)
    if candidates is None:
        candidates = set()
        for span in match_spans(parsed.with_clauses([[t] for t in positive]), doc.folded):
            candidates.add(doc.passage_at(span[0]))
    out = []
    for index in sorted(candidates):
        start, end = doc.span(index)
        if text_matches(parsed, doc.folded[start:end]) and _pane_ok(parsed, doc, index):
            out.append(index)
    return out


def _literal_and(parsed: ParsedQuery, doc: DocText) -> set[int] | None:
    """The passages holding every clause of plain words (an AND of 人民法院 and 判决: the
    intersection of each word's passages, one C-level `in` per passage and word, instead of a
    regex step per occurrence of the common word); None when no clause is plain words."""
    plain = [
        [t.folded for t in clause]
        for clause in parsed.clauses
        if all(not t.negated and is_literal(t) for t in clause)  # others: text_matches
    ]
    if not plain:
        return None
    plain.sort(key=lambda words: -min(map(len, words)))  # longer words: likely rarer, first
    found = set().union(*(_passages_holding(doc, word) for word in plain[0]))
    parts = doc.parts
    for words in plain[1:]:  # only the passages still in the running
        found = {i for i in found if any(word in parts[i] for word in words)}
        if not found:
            break
    return found


def _passages_holding(doc: DocText, word: str) -> set[int]:
    parts = doc.parts
    return set(compress(range(len(parts)), map(_holds, parts, repeat(word))))


_holds = str.__contains__


def _pane_ok(parsed: ParsedQuery, doc: DocText, index: int) -> bool:
    if not parsed.panes and not parsed.excluded_panes:
        return True
    pane_id = doc.info["meta"][index][1]
    names = drop_invisible(fold(doc.pane_title(pane_id))) + "\n" + fold(pane_id)
    if parsed.panes and not any(n in names for n in parsed.panes):
        return False
    return not any(n in names for n in parsed.excluded_panes)


def _required(parsed: ParsedQuery, term) -> bool:
    """A positive term alone in its clause must occur in every matching file."""
    return any(clause == (term,) for clause in parsed.clauses)
