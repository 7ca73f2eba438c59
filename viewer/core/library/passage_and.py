"""An AND of words across a library, decided passage by passage from the postings themselves.

A query of several clauses (人民法院 判决: every clause must hold in one passage) used to take
Whoosh's file-level And and then check the passages of up to 300 candidate files in Python.
Each posting now carries the passages its term occurs in (passage_postings), so:
- the files: those where each clause has a term whose index terms all occur (set
  intersections of the postings' document numbers, C-level);
- their passages: per file, the intersection over clauses of the union over the clause's
  terms of the intersection of each index term's passages. A passage outside it cannot match;
  one inside it holds every bigram of every word, though not necessarily adjacent;
- exactness: when every term is a single index term (判决, 网络 安全) the index decides, no
  text is read; otherwise only the passages left are checked against the text (ranking.py).
- scores: BM25 summed over the index terms of the terms found in the file, as Whoosh's
  And/Or of Terms adds them up (library_scoring, the same formula).
Queries with negations, pane filters, white space in a term or a lone CJK character (a prefix
query) take the old path.
"""

from __future__ import annotations

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
    decided = all(len(units) == 1 for clause in clauses for units in clause)
    return PassageAnd(scores, passages, decided and _index_exact(parsed))


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


def _passages(docnum: int, clauses, values, decode_passages) -> set[int]:
    found: set[int] | None = None
    for clause in clauses:
        union: set[int] = set()
        for units in clause:
            if not all(docnum in values[u] for u in units):
                continue
            term: set[int] | None = None
            for unit in units:
                numbers = decode_passages(values[unit][docnum])
                term = set(numbers) if term is None else term.intersection(numbers)
                if not term:
                    break
            union |= term or set()
        found = union if found is None else found & union
        if not found:
            return set()
    return found or set()


def _index_exact(parsed: ParsedQuery) -> bool:
    from viewer.core.search.query_builder import index_is_exact_for

    return all(index_is_exact_for(t) for t in parsed.positive_terms)
