"""An AND of words across a library, decided passage by passage from the postings themselves.

A query of several clauses (人民法院 判决: every clause must hold in one passage) used to take
Whoosh's file-level And and then check the passages of up to 300 candidate files in Python.
Each posting now carries the passages its term occurs in (passage_postings), so:
- the files: those where each clause has a term whose index terms all occur (set
  intersections of the postings' document numbers, C-level);
- their passages: per file, the intersection over clauses of the union over the clause's
  terms of the intersection of each index term's passages. A passage outside it cannot match;
  one inside it holds a bigram of every word, not necessarily the word;
- exactness: when every term is a single index term (判决, 网络 安全) the index decides, no
  text is read; otherwise only the passages left are checked against the text (ranking.py).
- only each term's rarest index term is read (its passages are a superset of the term's; the
  text check decides), and the score is the BM25 of those, summed over the terms found in the
  file: the one-clause ranking's rule (ranking.candidate_query), the same formula.
Queries with negations, pane filters, white space in a term or a lone CJK character (a prefix
query) take the old path.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from viewer.core.search.query_parser import ParsedQuery, Term


@dataclass
class PassageAnd:
    scores: dict[int, float]  # docnum -> BM25 of the files that may match
    passages: dict[int, set[int]]  # docnum -> its only passages that may match
    decided: bool  # the passages are exactly the matching ones (no text check needed)


def index_terms(term: Term) -> list[str] | None:
    """The index terms a term's text is an unordered And of; None if it needs a prefix query."""
    from whoosh import query as wq

    from viewer.core.search.query_builder import term_query

    query = term_query(term, positional=False)
    parts = getattr(query, "subqueries", [query]) if query is not None else []
    if not parts or not all(isinstance(p, wq.Term) for p in parts):
        return None
    return [p.text for p in parts]


def applies(parsed: ParsedQuery) -> bool:
    """Several clauses of positive terms without white space, and no pane filters."""
    if len(parsed.clauses) < 2 or parsed.panes or parsed.excluded_panes:
        return False
    return all(
        not t.negated and t.folded.strip() and not any(c.isspace() for c in t.folded)
        for clause in parsed.clauses
        for t in clause
    )


def passage_and(parsed: ParsedQuery, stats, allowed: set[int] | None) -> PassageAnd | None:
    """The candidate files, their scores and passages; None when the query is not such an AND
    (see `applies`) or has a term needing a prefix query."""
    if not applies(parsed):
        return None
    clauses = [[index_terms(t) for t in clause] for clause in parsed.clauses]
    if any(units is None for clause in clauses for units in clause):
        return None
    decided = all(len(units) == 1 for clause in clauses for units in clause)
    # each term's rarest index term only, as the one-clause ranking (candidate_query): reading
    # 人民, 华人, 共和, 和国 … (each in ~3,000 files) cost more than all the rest of the query
    df = stats.searcher.doc_frequency
    clauses = [[[min(units, key=lambda u: df(stats.fieldname, u))] for units in c] for c in clauses]
    wanted = {u for clause in clauses for units in clause for u in units}
    freqs, values = {}, {}
    for unit in wanted:
        freqs[unit], values[unit] = stats.postings(unit)
    docs = _files(clauses, freqs, allowed)
    from viewer.core.library.passage_postings import decode_passages  # imports Whoosh

    passages = {}
    for n in docs:
        found = _passages(n, clauses, values, decode_passages)
        if found:
            passages[n] = found
    scores = dict.fromkeys(passages, 0.0)
    for clause in clauses:
        for units in clause:
            present = [n for n in passages if all(n in freqs[u] for u in units)]
            for unit in units:  # a unit twice in the query counts twice, as in Whoosh's And
                for n, score in stats.scores_in(unit, freqs[unit], present).items():
                    scores[n] += score
    return PassageAnd(scores, passages, decided and _index_exact(parsed))


class PostedPassages:
    """path -> the passages holding one index term, decoded from its postings when asked for
    (Ranking.counts then looks at those passages only, not the whole text)."""

    def __init__(self, values: dict[int, bytes], docnums: dict[str, int]) -> None:
        self._values, self._docnums = values, docnums

    def get(self, path: str):
        from viewer.core.library.passage_postings import decode_passages  # imports Whoosh

        value = self._values.get(self._docnums.get(path, -1))
        return None if value is None else decode_passages(value)


def term_passages(parsed: ParsedQuery, stats, docnums: dict[str, int]) -> PostedPassages | None:
    """For a query of one word that is one index term (应当, 人民: the index decides it), where
    each file's matches are: the passages its posting holds. None for other queries."""
    from viewer.core.library.ranking import index_decides

    terms = parsed.clauses[0] if len(parsed.clauses) == 1 else ()
    if len(terms) != 1 or stats.empty or not index_decides(parsed):
        return None
    units = index_terms(terms[0])
    if units is None or len(units) != 1:
        return None
    return PostedPassages(stats.postings(units[0])[1], docnums)


def _files(clauses, freqs, allowed) -> set[int]:
    docs: set[int] | None = set(allowed) if allowed is not None else None
    for clause in sorted(clauses, key=lambda c: sum(len(freqs[u[0]]) for u in c)):
        found: set[int] = set()
        for units in clause:
            ordered = sorted(units, key=lambda u: len(freqs[u]))  # rarest first
            rarest = freqs[ordered[0]]
            term_docs = set(rarest) if docs is None else docs.intersection(rarest)
            for unit in ordered[1:]:
                term_docs.intersection_update(freqs[unit])
            found |= term_docs
        docs = found
        if not docs:
            break
    return docs or set()


def _passages(docnum: int, clauses, values, decode) -> set[int]:
    """The passages of one file that may match. The index terms of one-term clauses must all be
    in the passage: their sets are intersected smallest first (by bytes, before decoding), and a
    file leaves at the first empty intersection, mostly after two of them."""
    single = sorted((values[u][docnum] for c in clauses if len(c) == 1 for u in c[0]), key=len)
    found: set[int] | None = set(decode(single[0])) if single else None
    for value in single[1:]:
        found = _narrowed(found, decode(value))
        if not found:
            return set()
    for clause in (c for c in clauses if len(c) > 1):  # a clause of OR'ed terms
        union: set[int] = set()
        for units in clause:
            if all(docnum in values[u] for u in units):
                union |= _term_passages(docnum, units, values, decode)
        found = union if found is None else found & union
        if not found:
            return set()
    return found or set()


def _narrowed(found: set[int], numbers) -> set[int]:
    """found ∩ numbers (ascending); a few candidates are looked up rather than the array read."""
    if len(found) * 16 < len(numbers):
        return {p for p in found if _holds(numbers, p)}
    return found.intersection(numbers)


def _holds(numbers, passage: int) -> bool:
    at = bisect_left(numbers, passage)
    return at < len(numbers) and numbers[at] == passage


def _term_passages(docnum: int, units, values, decode) -> set[int]:
    ordered = sorted((values[u][docnum] for u in units), key=len)
    found = set(decode(ordered[0]))
    for value in ordered[1:]:
        found = _narrowed(found, decode(value))
        if not found:
            break
    return found


def _index_exact(parsed: ParsedQuery) -> bool:
    from viewer.core.search.query_builder import index_is_exact_for

    return all(index_is_exact_for(t) for t in parsed.positive_terms)
