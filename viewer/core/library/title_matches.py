"""Files whose title holds the query: they match even when their text does not.

A law's text says 本法, not its own name: searching 网络安全法 found the 20 files that cite the
law and never the law itself. The folded titles (kept in the manifest by the indexer, so a
search folds none) are searched as one string, at C speed; each title proposed by a plain
substring test is then checked exactly, negations included, the way a passage is
(snippets.text_matches). Pane filters are about passages: such queries find no title matches.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable

from viewer.core.library.plain_words import plain_clauses
from viewer.core.search.query_parser import ParsedQuery
from viewer.core.search.snippets import text_matches

CACHED_WORDS = 256  # a word's titles are kept like a frequent term's postings
COUNTRY = "中华人民共和国"
RERANKED = 64  # at most this many title matches are ranked above the text's


class TitleIndex:
    """The titles of a library's files, searchable by substring; built once per searcher."""

    def __init__(self, titles: Iterable[tuple[str, str]]) -> None:
        """`titles`: (key, folded title) pairs; a title never holds a line break (parse)."""
        pairs = [(key, title) for key, title in titles if title]
        self._keys = [key for key, _ in pairs]
        self._titles = [title for _, title in pairs]
        self._starts, at = [], 0
        for title in self._titles:
            self._starts.append(at)
            at += len(title) + 1
        self._blob = "\n".join(self._titles) + "\n"
        self._words: OrderedDict[str, list[int]] = OrderedDict()
        self.titles = dict(pairs)  # key -> folded title

    @classmethod
    def of_entries(cls, entries: dict, keys: dict) -> TitleIndex:
        """From a manifest's entries (rel_path -> LibraryEntry), keyed by `keys[rel_path]`."""
        titled = ((keys.get(p), e.folded_title or e.title) for p, e in entries.items())
        return cls((key, title) for key, title in titled if key is not None)

    def matches(self, parsed: ParsedQuery) -> list:
        """Keys of the files whose title satisfies every clause of `parsed`."""
        if parsed.panes or parsed.excluded_panes or not self._keys:
            return []
        proposed: set[int] | None = None
        for clause in parsed.clauses:
            positive = [t.folded for t in clause if not t.negated and t.folded.strip()]
            if not positive:
                continue  # negations only: checked exactly below
            lines = {n for word in positive for n in self._lines_with(word)}
            proposed = lines if proposed is None else proposed & lines
            if not proposed:
                return []
        if proposed is None:  # nothing positive to look for
            return []
        titles, keys = self._titles, self._keys
        if plain_clauses(parsed) is not None:  # plain words: the substring test was exact
            return [keys[n] for n in sorted(proposed)]
        return [keys[n] for n in sorted(proposed) if text_matches(parsed, titles[n])]

    def _lines_with(self, word: str) -> list[int]:
        """Titles holding `word` as a substring (a superset of its exact matches)."""
        if "\n" in word:  # no title holds one
            return []
        found = self._words.get(word)
        if found is not None:
            self._words.move_to_end(word)
            return found
        found, blob, starts = [], self._blob, self._starts
        at = blob.find(word)
        while at >= 0:
            line = bisect_right(starts, at) - 1
            found.append(line)
            at = blob.find(word, blob.index("\n", at) + 1)  # the next title
        self._words[word] = found
        while len(self._words) > CACHED_WORDS:
            self._words.popitem(last=False)
        return found


def add_title_matches(found: dict, matches: list, parsed: ParsedQuery, titles) -> None:
    """Rank the title matches above every file found by its text alone (a law is named by its
    title, its text says 本法): each gets max(its score, the best) × (1 + the share of its
    title the query's words cover), so 中华人民共和国网络安全法 comes before
    网络安全法实施办法. Beyond RERANKED matches only those the text missed are placed so.
    `found`: key -> score, updated in place; `titles[key]`: folded title."""
    if not matches:
        return
    top = max(found.values(), default=0.0) or 1.0
    words = sum(len(t.folded) for t in parsed.positive_terms)
    if len(matches) > RERANKED:  # the words name a kind of document (条例), not one: the text
        matches = [key for key in matches if key not in found]  # ranks those it found
    for key in matches:
        # a national law's short name drops the country (《网络安全法》): so does its share
        cover = min(1.0, words / max(1, len(titles[key].removeprefix(COUNTRY))))
        found[key] = max(found.get(key, 0.0), top) * (1 + cover)


def title_only(index: TitleIndex, parsed: ParsedQuery, found: dict, paths, allowed) -> frozenset:
    """The rel_paths of the files (docnums in `allowed`, if given) whose title matches, ranked
    into `found` (docnum -> score) by add_title_matches."""
    matches = index.matches(parsed)
    if allowed is not None:
        matches = [n for n in matches if n in allowed]
    add_title_matches(found, matches, parsed, index.titles)
    return frozenset(map(paths.__getitem__, matches))
