"""An AND of words across a library, decided passage by passage from the postings themselves.

A query of several clauses (人民法院 判决: every clause must hold in one passage) used to take
Whoosh's file-level And and then check the passages of up to 300 candidate files in Python.
Each posting now carries the passages its term occurs in (passage_postings), so:
- the files: those where each clause has a term whose index terms all occur (an AND/OR of
  each index term's files as one bit set over the document numbers, an int kept with the
  term's postings: a few C-level operations however many files hold the words);
- their passages: per file, the intersection over clauses of the union over the clause's
  terms of the intersection of each index term's passages, each a bit mask (an int). Worked
  out per file when the ranking reaches it (`FileMasks`), not for every file up front: at 4×
  the laws, 中华人民共和国 国务院 规定 holds in 5,400 files of which the first page looks at
  a few dozen. A file whose mask is 0 cannot match; a passage inside it holds every bigram of
  every word, not necessarily the word;
- exactness: when every term is a single index term (判决, 网络 安全) the masks decide, no
  text is read; otherwise only the passages left are checked against the text (ranking.py).
- the score is the BM25 of each term's rarest index term, summed over the terms found in the
  file: the one-clause ranking's rule (ranking.candidate_query), the same formula. Common
  index terms' postings, scores, file sets and masks are decoded once per searcher
  (postings_cache).
Queries with negations, pane filters, white space in a term or a lone CJK character (a prefix
query) take the old path.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress, count, repeat
from operator import add

from viewer.core.search.query_parser import ParsedQuery, Term


@dataclass
class PassageAnd:
    scores: dict[int, float]  # docnum -> BM25 of the files that may match
    passages: FileMasks  # docnum -> its only passages that may match, as a bit mask
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
    docs = _files(clauses, terms, allowed)
    totals = [0.0] * len(docs)
    for clause in rarest:
        for unit in clause:  # a unit twice in the query counts twice, as in Whoosh's And
            known = stats.term_scores(unit)  # 0 where absent: x + 0.0 is x
            totals = list(map(add, totals, map(known.get, docs, repeat(0.0))))
    masks = FileMasks(docs, clauses, terms, stats.cache)
    return PassageAnd(dict(zip(docs, totals, strict=True)), masks, decided and _index_exact(parsed))


class FileMasks:
    """docnum -> the passages of a candidate file that may match, as a bit mask (bit n:
    passage n; 0: none), worked out when first asked for: the AND over clauses of the OR over
    their terms of the AND of each term's index terms. None for a file not a candidate."""

    def __init__(self, docs: list[int], clauses, terms, cache) -> None:
        self._docs, self._clauses, self._terms, self._cache = set(docs), clauses, terms, cache
        self._found: dict[int, int] = {}

    def get(self, n: int, default=None):
        if n not in self._docs:
            return default
        found = self._found.get(n)
        if found is None:
            found = self._found[n] = self._mask(n)
        return found

    def _mask(self, n: int) -> int:
        found = None
        for clause in self._clauses:
            union = 0
            for units in clause:
                term = None
                for unit in units:
                    mask = _unit_mask(unit, self._terms[unit], n, self._cache)
                    term = mask if term is None else term & mask
                union |= term
            found = union if found is None else found & union
            if not found:
                return 0
        return found or 0


def _unit_mask(unit: str, term, n: int, cache) -> int:
    """One index term's passages in file n as a bit mask (0 if absent), each file's made once
    per searcher while the term's postings are kept (postings_cache)."""
    held = term.masks.get(n)
    if held is None:
        value = term.values.get(n)
        if value is None:
            return 0
        from viewer.core.library.passage_postings import decode_passages  # imports Whoosh

        held = term.masks[n] = sum(map(_BIT.__lshift__, decode_passages(value)))
        term.mask_bytes += held.bit_length() // 8
        if unit in cache:
            cache.keep(unit, term)  # its cost grew
    return held


_BIT = 1
ALLOWED_AS_BITS = 256  # fewer allowed files than this are tested one by one


class PassagesByPath:
    """path -> a file's passage numbers, ascending, worked out when asked for from what is
    kept per document number: an AND's bit mask (`masked`), or one index term's posting value
    (`term_passages`; Ranking.counts then looks at those passages only, not the whole text)."""

    def __init__(self, by_docnum: dict, docnums: dict[str, int], read) -> None:
        self._by_docnum, self._docnums, self._read = by_docnum, docnums, read

    def get(self, path: str):
        found = self._by_docnum.get(self._docnums.get(path, -1))
        return None if found is None else self._read(found)


def masked(masks: FileMasks, docnums: dict[str, int]) -> PassagesByPath:
    """The passages of passage_and's masks, ascending ([]: the file cannot match)."""
    return PassagesByPath(masks, docnums, _bits)


def _bits(mask: int) -> list[int]:
    found = []
    while mask:
        low = mask & -mask
        found.append(low.bit_length() - 1)
        mask ^= low
    return found


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


def _files(clauses, terms, allowed: set[int] | None) -> list[int]:
    """The files where each clause has a term whose index terms all occur, ascending."""
    found = None
    for clause in clauses:
        union = 0
        for units in clause:
            term = None
            for unit in units:
                bits = terms[unit].file_bits()
                term = bits if term is None else term & bits
            union |= term
        found = union if found is None else found & union
        if not found:
            return []
    if allowed is not None and len(allowed) < ALLOWED_AS_BITS:
        # a few files (a named law's versions, with_named_titles): test those, not thousands
        return sorted(n for n in allowed if found >> n & 1)
    docs = _members(found or 0)
    return docs if allowed is None else list(filter(allowed.__contains__, docs))


def _members(bits: int) -> list[int]:
    """The numbers of the bits set, ascending: the non-zero bytes found at C speed."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    found: list[int] = []
    for at in compress(count(), data):
        found.extend(map((at << 3).__add__, _BYTE_BITS[data[at]]))
    return found


_BYTE_BITS = [tuple(b for b in range(8) if byte >> b & 1) for byte in range(256)]


def _index_exact(parsed: ParsedQuery) -> bool:
    from viewer.core.search.query_builder import index_is_exact_for

    return all(index_is_exact_for(t) for t in parsed.positive_terms)
