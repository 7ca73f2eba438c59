"""BM25 scores of a library query's candidate files, read straight from Whoosh's posting blocks.

Whoosh's collector spends ~5 µs per matching file in Python (matcher tree, scorer, collector
calls): 4 ms for a word in 844 of the 3,475 laws, the largest part of such a query. The library's
candidate queries are Or-of-And-of-Terms (ranking.candidate_query), which this scores
with the same formula as whoosh.scoring.BM25F a block of postings at a time: 1 ms for the same
word. Anything else (prefix queries for a lone character, negations) returns None and the
caller uses Whoosh's own search. A frequent term's decoded postings and scores are kept for the
searcher's life (postings_cache).

Reads private attributes of whoosh.codec.whoosh3's posting matcher (whoosh-reloaded 2.7.5,
pinned); `reads_blocks` checks they exist, else the public matcher API reads the postings
(tests/core/library/test_library_postings_cache.py fails when they change).
"""

from __future__ import annotations

from array import array

from whoosh import query as wq
from whoosh.reading import TermNotFound

from viewer.core.library.postings_cache import PostingsCache, TermPostings, budget_for


class FieldStats:
    """Per-searcher numbers BM25 needs, computed once when the searcher opens (~5 ms)."""

    def __init__(self, searcher, fieldname: str, b: float, k1: float) -> None:
        self.searcher, self.fieldname, self.b, self.k1 = searcher, fieldname, b, k1
        reader = searcher.reader()
        total = reader.doc_count_all()
        # BM25's idf is log(documents / ...): an index with no document (a first commit of
        # unreadable files only) has no scores, not a math domain error
        self.empty = total == 0
        self.avg_length = (reader.field_length(fieldname) / max(1, reader.doc_count())) or 1.0
        self.norm_codes, self.norm_values = _norms(reader, fieldname, total, b, k1, self.avg_length)
        self.deleted = {n for n in range(total) if reader.is_deleted(n)}
        self.cache = PostingsCache(budget_for(total))  # this searcher's: a commit opens a new one
        self._frequencies: dict[str, int] = {}

    def doc_frequency(self, text: str) -> int:
        """Whoosh's doc_frequency of a term (a lookup in each segment), asked once."""
        found = self._frequencies.get(text)
        if found is None:
            if len(self._frequencies) > 4096:  # bounded: typing asks for new terms
                self._frequencies.clear()
            found = self._frequencies[text] = self.searcher.doc_frequency(self.fieldname, text)
        return found

    def term_scores(self, text: str) -> dict[int, float]:
        """docnum -> BM25 of one term (a frequent term's is kept: don't modify it)."""
        if self.empty:
            return {}
        found = self.term(text)
        if found.scores is None:
            found.scores = self.scores_in(text, found.freqs, found.freqs)
            self.cache.keep(text, found)  # again: its cost grew
        return found.scores

    def ordered(self, text: str, titles) -> TermPostings:
        """One term's postings with its docnums sorted best first (stable: docnum order among
        equal scores) and those whose folded title (`titles[docnum]`) holds the term; a
        frequent term's are worked out once per searcher (term_order)."""
        found = self.term(text)
        if found.scores is None:
            found.scores = self.scores_in(text, found.freqs, found.freqs)
        if found.order is None:
            scores = found.scores
            found.order = sorted(scores, key=scores.__getitem__, reverse=True)
            titled = [n for n in found.order if text in titles[n]]
            found.titled = titled, set(titled)
            self.cache.keep(text, found)  # again: its cost grew
        return found

    def postings(self, text: str) -> tuple[dict[int, float], dict[int, bytes]]:
        """docnum -> term frequency, and docnum -> posting value (passage_postings), of one
        term's live postings (a frequent term's are kept: don't modify them)."""
        found = self.term(text)
        return found.freqs, found.values

    def term(self, text: str) -> TermPostings:
        """One term's postings, kept if frequent (don't modify what it holds)."""
        found = self.cache.get(text)
        if found is None:
            found = TermPostings(*self._read(text))
            self.cache.keep(text, found)
        return found

    def _read(self, text: str) -> tuple[dict[int, float], dict[int, bytes]]:
        """The postings from the index, a block at a time where the matcher allows."""
        freqs: dict[int, float] = {}
        values: dict[int, bytes] = {}
        for leaf, offset in self.searcher.leaf_searchers():
            try:
                m = leaf.reader().postings(self.fieldname, text)
            except TermNotFound:  # one lookup, not a test then a read
                continue
            if reads_blocks(m):
                while m.is_active():
                    m._read_ids(), m._read_weights(), m._read_values()
                    ids = [n + offset for n in m._ids] if offset else m._ids
                    freqs.update(zip(ids, m._weights, strict=False))
                    values.update(zip(ids, m._values, strict=False))
                    m._next_block()
                continue
            while m.is_active():  # a posting list inlined in its term info, or a new Whoosh
                freqs[m.id() + offset], values[m.id() + offset] = m.weight(), m.value()
                m.next()
        for n in self.deleted.intersection(freqs):
            del freqs[n], values[n]
        return freqs, values

    def scores_in(self, text: str, freqs: dict[int, float], docnums) -> dict[int, float]:
        """BM25 of one term in `docnums` (all in `freqs`), the formula of Whoosh's BM25F."""
        cached = self.cache.get(text)
        if cached is not None and cached.scores is not None:
            known = cached.scores
            return {n: known[n] for n in docnums}
        idf, k1_plus_1 = self.searcher.idf(self.fieldname, text), self.k1 + 1
        codes, norms = self.norm_codes, self.norm_values
        return {n: idf * (freqs[n] * k1_plus_1) / (freqs[n] + norms[codes[n]]) for n in docnums}


def _norms(reader, fieldname: str, total: int, b: float, k1: float, avg: float):
    """BM25's length normalisation of each document, as a code a document and the norm of each
    code: Whoosh keeps a length as one of 256 values, so a byte a document, and no float (or
    int) object made per document (objects made at open among others kept pin memory)."""
    codes: bytearray | array = bytearray()
    values: list[float] = []  # a list: scoring reads it per posting (an array makes a float)
    code_of: dict[int, int] = {}
    for n in range(total):
        # a file of one heading has no text field at all: its length is None, not 0
        length = reader.doc_field_length(n, fieldname, 0) or 0
        code = code_of.get(length)
        if code is None:
            code = code_of[length] = len(values)
            values.append(k1 * ((1 - b) + b * length / avg))
            if code == 256 and isinstance(codes, bytearray):  # lengths not kept as bytes
                codes = array("I", iter(codes))  # (a bytearray itself: read as raw memory)
        codes.append(code)
    return codes, values


_BLOCK_READS = ("_read_ids", "_read_weights", "_read_values", "_next_block")


def reads_blocks(matcher) -> bool:
    """Whoosh 2.7's block matcher, whose private block reads `_read` uses; any other matcher
    (an inlined posting list, another Whoosh) is read through the public API."""
    return all(hasattr(matcher, a) for a in _BLOCK_READS)


def scores(query, stats: FieldStats, allowed: set[int] | None) -> dict[int, float] | None:
    """docnum -> score for an Or of Ands of Terms (or any part of that shape), else None."""
    options = query.subqueries if isinstance(query, wq.Or) else [query]
    total: dict[int, float] = {}
    for option in options:
        parts = option.subqueries if isinstance(option, wq.And) else [option]
        if not all(isinstance(p, wq.Term) and p.fieldname == stats.fieldname for p in parts):
            return None
        found: dict[int, float] | None = None
        for part in sorted(parts, key=lambda p: stats.doc_frequency(p.text)):
            term = stats.term_scores(part.text)
            if found is None:
                found = term
            else:
                found = {n: s + term[n] for n, s in found.items() if n in term}
        if len(options) == 1:  # a copy at C speed (callers boost it in place)
            total = dict(found or {})
            break
        for n, s in (found or {}).items():
            total[n] = total.get(n, 0.0) + s
    if allowed is not None:
        total = {n: s for n, s in total.items() if n in allowed}
    return total
