"""One library query's ranked candidate files, checked against the texts only as far as needed.

Whoosh gives every file that may match, with its BM25 score (for one-clause queries each term's
rarest index term, `candidate_query`; else an unordered And of each term's bigrams: positional
Sequence matching costs ~10 ms a query in pure Python); the order shown is that score boosted by
the title (library_search), never the exact hit count, so ranking opens no file.
Whether a candidate really matches is decided by the cheapest exact means:
- the index alone (`index_decides`): one clause of terms that are each a single index term (a
  word, a number, one or two CJK characters), so the Whoosh hits are the substring truth (the
  index holds the passages only, not the title: no text is opened, however common the word);
- a substring test of the candidate's whole text (`whole_text_test`) for other one-clause
  queries (longer CJK words, quoted phrases): a passage can't match across the separator, so
  the file matches when its text holds a term (~6 µs a file once its text is read);
- otherwise the passage-by-passage check (passages.py).
The last two run lazily, in rank order, as far as the page asked for: a page's work does not
grow with the library. When at most VERIFY_ALL candidates are left they are all checked so the
total is exact; else it is a lower bound (the candidate count the upper one) until `refine`
has checked the rest, off the critical path, reading their texts past the text cache (at 4×
the laws, 国务院's 6,304 candidates were read from the store and evicted the texts the next
queries needed).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from viewer.core.library.passages import any_in, counts_in, is_literal, is_simple, passage_matches
from viewer.core.library.texts import DocText
from viewer.core.search.query_parser import ParsedQuery, Term
from viewer.core.search.snippets import term_in

# unchecked candidates left at most for a page to check them all, so its total is exact
# (their texts are then read, and kept, as the page's are); past that, refine() finishes
VERIFY_ALL = 64
REFINE_STEP = 128  # candidates a refine() step checks (~10 ms when their texts are not held)


def index_decides(parsed: ParsedQuery) -> bool:
    """True when the Whoosh hit set (unordered query) is exactly the set of files with a
    matching passage, title aside."""
    from viewer.core.search.query_builder import index_is_exact_for

    if not is_simple(parsed):
        return False
    return all(index_is_exact_for(t) and _one_index_term(t) for t in parsed.clauses[0])


def whole_text_test(parsed: ParsedQuery) -> Callable[[str], bool] | None:
    """For a one-clause query: folded text -> does it hold a term (exactly)? None otherwise."""
    if not is_simple(parsed):
        return None
    terms = parsed.clauses[0]
    literal = [t.folded for t in terms if is_literal(t)]
    patterned = [t for t in terms if not is_literal(t)]
    if len(terms) == 1 and literal:
        return partial(_holds_word, literal[0])

    def test(folded: str) -> bool:
        return any(w in folded for w in literal) or any(term_in(t, folded) for t in patterned)

    return test


def candidate_query(parsed: ParsedQuery, doc_frequency: Callable[[str], int], keep: int = 1):
    """Whoosh query proposing the files for a one-clause query that whole_text_test then checks
    exactly: each term's `keep` rarest index terms only (an And over 经营, 营者, 者集, 集中 reads
    the long posting lists of 经营 and 营者 for nothing: ~5 ms). None for other queries."""
    from whoosh import query as wq

    from viewer.core.search.query_builder import term_query

    if not is_simple(parsed):
        return None
    options = []
    for term in parsed.clauses[0]:
        query = term_query(term, positional=False)
        if query is None:
            return None
        parts = list(getattr(query, "subqueries", [query]))
        if len(parts) > keep:
            rare = [q for q in parts if isinstance(q, wq.Term)]
            rare.sort(key=lambda q: doc_frequency(q.text))
            parts = rare[:keep] or parts
        options.append(parts[0] if len(parts) == 1 else wq.And(parts))
    return options[0] if len(options) == 1 else wq.Or(options)


def scores(query, stats, allowed: set[int] | None) -> dict[int, float] | None:
    """library_scoring.scores, imported when first needed (it imports Whoosh)."""
    from viewer.core.library.scoring import scores as bm25_scores

    return bm25_scores(query, stats, allowed)


def _holds_word(word: str, folded: str) -> bool:
    return word in folded


def _one_index_term(term: Term) -> bool:
    from viewer.core.search.query_builder import term_query

    query = term_query(term, positional=False)
    return query is not None and not hasattr(query, "subqueries")


class Ranking:
    def __init__(
        self,
        parsed: ParsedQuery,
        candidates: Sequence[tuple[str, float]],
        texts: Callable[[str], DocText | None],
        indexed: bool = True,
        passages: dict[str, set[int]] | None = None,
        decided: bool = False,
        titled: frozenset[str] = frozenset(),
    ) -> None:
        """`candidates`: (rel_path, score) best first; `indexed`: False when the candidates
        are not the index's hits (a scan of every stored text), so the index decides nothing;
        `passages`: per candidate, the only passages that may match (passage_and; none: the
        file cannot match), exactly those when `decided`; `titled`: candidates that match by
        their title whatever their text."""
        self.parsed = parsed
        self._titled = titled
        self.candidates = candidates
        self._texts = texts
        self._counts: dict[str, dict[int, int]] = {}  # checked: passage -> matches ({} = none)
        self._matches: list[tuple[str, float]] = []  # checked and matching, in rank order
        self._next = 0  # candidates before this one have been checked
        self._all_match = False  # every candidate is known to match
        self._passages = passages or {}
        self._decided = decided
        # the index decides alone; else a one-clause query's whole-text test is exact, and is
        # run in rank order as far as a page needs (refine() does the rest)
        self._test = whole_text_test(parsed)
        if self._test is not None and indexed and index_decides(parsed):
            self._all_match, self._test = True, None

    def counts(self, path: str) -> dict[int, int]:
        """Matching passages of a candidate -> matches in each (computed once)."""
        found = self._counts.get(path)
        if found is None:
            doc, indexes = self._texts(path), self._passages.get(path)
            if doc is None:
                found = {}
            elif indexes is not None:
                found = counts_in(self.parsed, doc, indexes)
            else:
                found = passage_matches(self.parsed, doc)
            self._counts[path] = found
        return found

    def _accepts(self, path: str) -> bool:
        known = self._known(path)
        if known is not None:
            return known
        indexes = self._passages.get(path)
        if self._test is None and indexes is None:
            return bool(self.counts(path))  # kept: a shown candidate's counts are these
        return self._holds(self._texts(path), indexes)

    def _known(self, path: str) -> bool | None:
        """Whether a candidate matches when that needs no text, else None."""
        if self._all_match or path in self._titled:
            return True
        if path in self._counts:
            return bool(self._counts[path])
        indexes = self._passages.get(path)
        if indexes is not None and (self._decided or not indexes):
            return bool(indexes)
        return None

    def _holds(self, doc: DocText | None, indexes) -> bool:
        """Does `doc` match: the whole-text test, else a yes/no over the passages named (it
        stops at the first match), else a check of every passage."""
        if doc is None:
            return False
        if self._test is not None:
            return self._test(doc.folded)
        if indexes is not None:
            return any_in(self.parsed, doc, indexes)
        return bool(passage_matches(self.parsed, doc))

    def _check_until(self, wanted: int) -> None:
        while len(self._matches) < wanted and self._next < len(self.candidates):
            path, score = self.candidates[self._next]
            self._next += 1
            if self._accepts(path):
                self._matches.append((path, score))

    def page(self, offset: int, limit: int) -> list[tuple[str, float]]:
        self._check_until(offset + max(0, limit))
        if not self.total_exact and len(self.candidates) - self._next <= VERIFY_ALL:
            self._check_until(len(self.candidates))
        return self._matches[offset : offset + max(0, limit)]

    def refine(self, many: int = REFINE_STEP) -> bool:
        """Check up to `many` more candidates, their texts read without displacing the text
        cache's (the exact total is worked out after the first page, a step at a time so a
        newer query need not wait); True once the total is exact."""
        if self.total_exact:
            return True
        chunk = list(self.candidates[self._next : self._next + many])
        known = [self._known(path) for path, _ in chunk]
        unread = [path for (path, _), k in zip(chunk, known, strict=True) if k is None]
        docs = dict(zip(unread, _read_through(self._texts, unread), strict=True))
        for (path, score), found in zip(chunk, known, strict=True):
            self._next += 1
            if found is None:
                found = self._holds(docs[path], self._passages.get(path))
            if found:
                self._matches.append((path, score))
        return self.total_exact

    @property
    def titled(self) -> frozenset[str]:
        """The candidates that match by their title alone."""
        return self._titled

    @property
    def total_exact(self) -> bool:
        return self._all_match or self._next >= len(self.candidates)

    @property
    def total(self) -> int:
        if self._all_match:
            return len(self.candidates)
        return len(self._matches)

    @property
    def total_max(self) -> int:
        if self.total_exact:
            return self.total
        return len(self._matches) + len(self.candidates) - self._next


def _read_through(texts, paths: list[str]) -> list:
    """texts(path) of each path, through the TextCache's `peek_many` when `texts` is its `get`
    (nothing kept that was not held)."""
    many = getattr(getattr(texts, "__self__", None), "peek_many", None)
    return many(paths) if many is not None else list(map(texts, paths))
