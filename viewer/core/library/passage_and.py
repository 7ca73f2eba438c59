"""An AND of words across a library, decided passage by passage from the postings themselves.

A query of several clauses (人民法院 判决: every clause must hold in one passage) used to take
Whoosh's file-level And and then check the passages of up to 300 candidate files in Python.
Each posting now carries the passages its term occurs in (passage_postings), so:
- the files: those where each clause has a term whose rarest index term occurs (set
  intersections of the postings' document numbers, C-level); a file lacking another index
  term gets an empty mask below and is dropped there;
- their passages: per file, the intersection over clauses of the union over the clause's
  terms of the intersection of each index term's passages, each a bit mask (an int: the set
  operations of all the files run at C speed). A passage outside it cannot match; one inside
  it holds every bigram of every word, not necessarily the word;
- exactness: when every term is a single index term (判决, 网络 安全) the index decides, no
  text is read; otherwise only the passages left are checked against the text (ranking.py).
- the score is the BM25 of each term's rarest index term, summed over the terms found in the
  file: the one-clause ranking's rule (ranking.candidate_query), the same formula. Common
  index terms' postings and masks are decoded once per searcher (postings_cache).
Queries with negations, pane filters, white space in a term or a lone CJK character (a prefix
query) take the old path.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, filterfalse, repeat
from operator import and_, or_

from viewer.core.search.query_parser import ParsedQuery, Term


@dataclass
class PassageAnd:
    scores: dict[int, float]  # docnum -> BM25 of the files that may match
    passages: dict[int, int]  # docnum -> its only passages that may match, as a bit mask
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
    # each term's rarest index term scores it, as the one-clause ranking (candidate_query); all
    # its index terms narrow the passages (人民法院: 人民 ∧ 民法 ∧ 法院 in one passage), as the
    # common ones (人民, 共和 … each in ~3,000 files) are decoded once per searcher, then kept
    rarest = [[min(units, key=stats.doc_frequency) for units in c] for c in clauses]
    terms = {u: stats.term(u) for c in clauses for units in c for u in units}
    docs = list(_files(clauses, {u: t.freqs for u, t in terms.items()}, allowed))
    passages = _masks(docs, clauses, terms, stats.cache)
    scores = dict.fromkeys(passages, 0.0)
    for clause in rarest:
        for unit in clause:  # a unit twice in the query counts twice, as in Whoosh's And
            freqs = terms[unit].freqs
            present = [n for n in passages if n in freqs]
            for n, score in stats.scores_in(unit, freqs, present).items():
                scores[n] += score
    return PassageAnd(scores, passages, decided and _index_exact(parsed))


def _masks(docs: list[int], clauses, terms, cache) -> dict[int, int]:
    """File -> the passages that may match as a bit mask (bit n: passage n), files whose mask
    is 0 left out: the AND over clauses of the OR over their terms of the AND of each term's
    index terms. Python's ints do each step for all files at C speed. Clauses of fewer index
    terms go first and a file is dropped once its mask is 0, so 中华人民共和国's six index
    terms run on the files where 国务院 and 规定 share a passage."""
    found: list[int] | None = None
    for clause in sorted(clauses, key=lambda c: sum(map(len, c))):
        alone = len(clause) == 1  # one term: its index terms narrow `found` one by one
        union: list[int] | None = None
        for units in clause:
            term = found if alone else None
            for unit in units:
                masks = _unit_masks(unit, terms[unit], docs, cache)
                term = masks if term is None else list(map(and_, term, masks))
                if alone and not all(term):
                    docs, term = _nonzero(docs, term)
            union = term if union is None else list(map(or_, union, term))
        found = union if alone or found is None else list(map(and_, found, union))
        if not all(found):
            docs, found = _nonzero(docs, found)
    return dict(zip(docs, found or (), strict=True))


def _nonzero(docs: list[int], masks: list[int]) -> tuple[list[int], list[int]]:
    return list(compress(docs, masks)), list(filter(None, masks))


def _unit_masks(unit: str, term, docs: list[int], cache) -> list[int]:
    """One index term's passage masks in `docs` (0 where absent), each file's made once per
    searcher while the term's postings are kept (postings_cache)."""
    held, values = term.masks, term.values
    missing = list(filter(values.__contains__, filterfalse(held.__contains__, docs)))  # in C
    if missing:
        from viewer.core.library.passage_postings import decode_passages  # imports Whoosh

        for n in missing:
            held[n] = sum(map(_BIT.__lshift__, decode_passages(values[n])))
        if unit in cache:
            cache.keep(unit, term)  # its cost grew
    return list(map(held.get, docs, repeat(0)))


_BIT = 1


class PassagesByPath:
    """path -> a file's passage numbers, ascending, worked out when asked for from what is
    kept per document number: an AND's bit mask (`masked`), or one index term's posting value
    (`term_passages`; Ranking.counts then looks at those passages only, not the whole text)."""

    def __init__(self, by_docnum: dict, docnums: dict[str, int], read) -> None:
        self._by_docnum, self._docnums, self._read = by_docnum, docnums, read

    def get(self, path: str):
        found = self._by_docnum.get(self._docnums.get(path, -1))
        return None if found is None else self._read(found)


def masked(masks: dict[int, int], docnums: dict[str, int]) -> PassagesByPath:
    """The passages of passage_and's masks, read as iterated (a check stops at its first match)."""
    return PassagesByPath(masks, docnums, _bits)


def _bits(mask: int):
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


def term_passages(parsed: ParsedQuery, stats, docnums: dict[str, int]) -> PassagesByPath | None:
    """For a query of one word that is one index term (应当, 人民: the index decides it), where
    each file's matches are: the passages its posting holds, with the word's count in each
    (posted_counts). None for other queries."""
    from viewer.core.library.ranking import index_decides

    terms = parsed.clauses[0] if len(parsed.clauses) == 1 else ()
    if len(terms) != 1 or stats.empty or not index_decides(parsed):
        return None
    units = index_terms(terms[0])
    if units is None or len(units) != 1:
        return None
    from viewer.core.library.passage_postings import decode_posted  # imports Whoosh

    return PassagesByPath(stats.postings(units[0])[1], docnums, decode_posted)


def _files(clauses, freqs, allowed) -> set[int]:
    """The files where each clause has a term whose rarest index term occurs: a superset of
    those whose masks are not 0 (intersecting every index term's files here cost more than
    the masks of the few files it would drop)."""
    docs: set[int] | None = set(allowed) if allowed is not None else None
    for clause in sorted(clauses, key=lambda c: sum(len(freqs[u[0]]) for u in c)):
        found: set[int] = set()
        for units in clause:
            rarest = freqs[min(units, key=lambda u: len(freqs[u]))]
            found |= set(rarest) if docs is None else _within(docs, rarest)
        docs = found
        if not docs:
            break
    return docs or set()


def _within(docs: set[int], postings: dict) -> set[int]:
    """docs ∩ postings' keys, walking the smaller side (set.intersection walks a dict whole:
    a common term's 3,000 files against a few hundred left)."""
    if len(docs) <= len(postings):
        return set(filter(postings.__contains__, docs))
    return docs.intersection(postings)


def _index_exact(parsed: ParsedQuery) -> bool:
    from viewer.core.search.query_builder import index_is_exact_for

    return all(index_is_exact_for(t) for t in parsed.positive_terms)
