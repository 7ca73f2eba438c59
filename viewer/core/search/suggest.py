"""A close query that does match, for a query that matched nothing.

Tried in order, the first that has hits wins:
1. the same words without the pane: filters;
2. each word found nowhere replaced by its longest part (2+ characters) that is found, or dropped;
   a quoted phrase found nowhere becomes its words;
3. one word (or negation) dropped, starting from the last, when every word exists but not together.
Plain Python; the caller supplies how to test a query, so the library can use its index.
Each test scans the document, so a query gets at most MAX_CHECKS of them: 80 absent words
would otherwise try thousands of parts (8 s on a long law) for a suggestion nobody reads.
"""

from __future__ import annotations

from collections.abc import Callable

from viewer.core.search.query_parser import ParsedQuery, Term

MAX_PART_SEARCH = 24  # longer words only try their leading 24 characters (cost grows with n²)
MAX_CHECKS = 120  # tests of words and queries per suggestion; then no suggestion is made


class _OutOfChecks(Exception):
    pass


def _budgeted(test: Callable, budget: list[int]) -> Callable:
    def checked(arg):
        if budget[0] <= 0:
            raise _OutOfChecks
        budget[0] -= 1
        return test(arg)

    return checked


def suggest(
    parsed: ParsedQuery,
    has_hits: Callable[[ParsedQuery], bool],
    exists: Callable[[Term], bool],
) -> str | None:
    budget = [MAX_CHECKS]  # shared by both tests
    try:
        return _suggest(parsed, _budgeted(has_hits, budget), _budgeted(exists, budget))
    except _OutOfChecks:
        return None


def _suggest(parsed: ParsedQuery, has_hits, exists) -> str | None:
    candidates = []
    if parsed.panes or parsed.excluded_panes:
        candidates.append(parsed.with_clauses(parsed.clauses, keep_panes=False))
    repaired = [_repair_clause(clause, exists) for clause in parsed.clauses]
    candidates.append(parsed.with_clauses(repaired))
    candidates.append(parsed.with_clauses(repaired, keep_panes=False))
    for i in reversed(range(len(parsed.clauses))):
        if len(parsed.clauses) > 1:
            candidates.append(parsed.with_clauses(parsed.clauses[:i] + parsed.clauses[i + 1 :]))
    original = parsed.render()
    for candidate in candidates:
        if not candidate.positive_terms and not candidate.panes:
            continue
        text = candidate.render()
        if text and text != original and has_hits(candidate):
            return text
    return None


def _repair_clause(clause: tuple[Term, ...], exists: Callable[[Term], bool]) -> list[Term]:
    out: list[Term] = []
    for term in clause:
        if term.negated or exists(term):
            out.append(term)
            continue
        out += _replacement(term, exists)
    return out


def _replacement(term: Term, exists: Callable[[Term], bool]) -> list[Term]:
    words = term.text.split()
    if len(words) > 1:
        parts = [Term(w, term.folded[_offset(term.text, w) :][: len(w)]) for w in words]
        if all(exists(p) for p in parts):
            return parts
    text = term.text[:MAX_PART_SEARCH]
    for length in range(len(text) - 1, 1, -1):
        for start in range(len(text) - length + 1):
            part = text[start : start + length].strip()
            if len(part) < 2:
                continue
            candidate = Term(part, term.folded[start : start + length].strip())
            if exists(candidate):
                return [candidate]
    return []


def _offset(text: str, word: str) -> int:
    return text.find(word)
