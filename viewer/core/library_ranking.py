"""One library query's ranked candidate files, checked against the texts only as far as needed.

Whoosh gives every file that may match, with its score; the order shown is that score boosted
by the title (library_search), never the exact hit count, so no file has to be opened to rank.
Whether a candidate really matches is decided:
- without opening it, when the index decides the query alone (`index_decides`): each term is
  one unit of the index (a CJK run as a positional run of bigrams, a word, a number), so the
  Whoosh hit set equals the substring truth. One exception is checked up front: the index
  also holds the title, so a file whose title holds a word may match in the index only;
- otherwise by the exact check (library_passages), lazily, in rank order, as far as the page
  asked for; when at most VERIFY_ALL candidates are left they are all checked so the total is
  exact, else it is reported as a lower bound with the candidate count as the upper one.
"""

from __future__ import annotations

from collections.abc import Callable

from viewer.core.library_passages import is_simple, passage_matches
from viewer.core.library_texts import DocText
from viewer.core.query_builder import index_is_exact_for
from viewer.core.query_parser import ParsedQuery
from viewer.core.snippets import term_in

VERIFY_ALL = 300  # unchecked candidates left at most for the exact total to be worked out


def index_decides(parsed: ParsedQuery) -> bool:
    """True when the Whoosh hit set is exactly the set of files with a matching passage
    (title aside): one clause of positive terms, each a single index unit."""
    return is_simple(parsed) and all(index_is_exact_for(t) for t in parsed.clauses[0])


class Ranking:
    def __init__(
        self,
        parsed: ParsedQuery,
        candidates: list[tuple[str, float]],
        texts: Callable[[str], DocText | None],
        titles: dict[str, str],
    ) -> None:
        """`candidates`: (rel_path, score) best first; `titles`: rel_path -> folded title."""
        self.parsed = parsed
        self.candidates = candidates
        self._texts = texts
        self._counts: dict[str, dict[int, int]] = {}  # checked: passage -> matches ({} = none)
        self._matches: list[tuple[str, float]] = []  # checked and matching, in rank order
        self._next = 0  # candidates before this one have been checked
        self.index_decides = index_decides(parsed)
        self._rejected = 0
        if self.index_decides:
            terms = parsed.positive_terms
            for path, _score in candidates:
                title = titles.get(path, "")
                if any(term_in(t, title) for t in terms) and not self.counts(path):
                    self._rejected += 1

    def counts(self, path: str) -> dict[int, int]:
        """Matching passages of a candidate -> matches in each (computed once)."""
        found = self._counts.get(path)
        if found is None:
            doc = self._texts(path)
            found = passage_matches(self.parsed, doc) if doc is not None else {}
            self._counts[path] = found
        return found

    def _accepts(self, path: str) -> bool:
        if self.index_decides and path not in self._counts:
            return self._texts(path) is not None
        return bool(self.counts(path))

    def _check_until(self, wanted: int) -> None:
        while len(self._matches) < wanted and self._next < len(self.candidates):
            path, score = self.candidates[self._next]
            self._next += 1
            if self._accepts(path):
                self._matches.append((path, score))

    def page(self, offset: int, limit: int) -> list[tuple[str, float]]:
        self._check_until(offset + max(0, limit))
        if not self.index_decides and len(self.candidates) - self._next <= VERIFY_ALL:
            self._check_until(len(self.candidates))
        return self._matches[offset : offset + max(0, limit)]

    @property
    def total_exact(self) -> bool:
        return self.index_decides or self._next >= len(self.candidates)

    @property
    def total(self) -> int:
        if self.index_decides:
            return len(self.candidates) - self._rejected
        return len(self._matches)

    @property
    def total_max(self) -> int:
        if self.total_exact:
            return self.total
        return len(self._matches) + len(self.candidates) - self._next
