"""Files whose title holds the query: they match even when their text does not.

A law's text says 本法, not its own name: searching 网络安全法 found the 20 files that cite the
law and never the law itself. The folded titles (kept in the manifest by the indexer, so a
search folds none) are searched as one string, at C speed; each title proposed by a plain
substring test is then checked exactly, negations included, the way a passage is
(snippets.text_matches). Pane filters are about passages: such queries find no title matches.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from operator import itemgetter

from viewer.core.document.books import SEPARATOR
from viewer.core.library.lazy_order import LazyOrder
from viewer.core.library.plain_words import plain_clauses
from viewer.core.library.titles import COUNTRY
from viewer.core.search.query_parser import ParsedQuery
from viewer.core.search.snippets import text_matches

CACHED_WORDS = 256  # a word's titles are kept like a frequent term's postings
RERANKED = 64  # at most this many title matches are ranked above the text's
NAMED = 0.5  # the share of a title the words cover for them to name it
_CHUNK = 64  # titles joined at a time while the index is built


def covered(word: str) -> int:
    """How much of a title (the country left out, as in `TitleIndex.lengths`) `word` covers:
    中华人民共和国 (or 人民, 共和国) names no law, 中华人民共和国民法典 covers 民法典."""
    rest = word.replace(COUNTRY, "")
    return 0 if rest in COUNTRY else len(rest)


class TitleIndex:
    """The titles of a library's files, searchable by substring; built once per searcher."""

    def __init__(self, titles: Iterable[tuple[str, str]], book_orders: dict | None = None) -> None:
        """`titles`: (key, folded title) pairs; a title never holds a line break (parse);
        `book_orders`: key -> a code's book's place in the code (books.py), where known."""
        keys: array | list = array("i")  # docnums: 4 bytes each, not an int object's 32
        lengths, starts, chunks, parts, at = array("i"), array("i"), [], [], 0
        for key, title in titles:
            if not title:
                continue
            try:
                keys.append(key)
            except (TypeError, OverflowError):  # not docnums (a scan's paths): a list
                keys = [*keys, key]
            # a national law's short name drops the country (《网络安全法》): so does its
            # length, and a code's book is as named by the code's title (民法典 · 总则)
            lengths.append(len(_code_title(title)) or 1)
            starts.append(at)
            at += len(title) + 1
            parts.append(title)
            if len(parts) == _CHUNK:
                chunks.append("\n".join(parts))
                parts.clear()
        chunks.append("\n".join(parts))
        # columns and a few large strings, no object per title kept or alive at once: small
        # objects made among many dropped ones would pin memory for the searcher's life
        self._keys, self._starts = keys, starts
        self._blob = "\n".join(chunk for chunk in chunks if chunk) + "\n"  # the titles' one copy
        self._words: OrderedDict[str, list[int]] = OrderedDict()
        self.lengths = _by_key(keys, lengths)
        self.book_orders = book_orders or {}

    def _title(self, line: int) -> str:
        start = self._starts[line]
        return self._blob[start : self._blob.index("\n", start)]

    @classmethod
    def of_rows(cls, entries, docnum_of_row) -> TitleIndex:
        """From a packed catalogue (packed_entries.PackedEntries), keyed by each row's docnum
        (`docnum_of_row`: -1 for a file the index does not hold)."""
        orders: dict[int, int] = {}

        def pairs():
            for row, title, book_order in entries.titles():
                n = docnum_of_row(row)
                if n >= 0:
                    if book_order:
                        orders[n] = book_order
                    yield n, title

        index = cls(pairs())
        index.book_orders = orders
        return index

    def matches(self, parsed: ParsedQuery) -> list:
        """Keys of the files whose title satisfies every clause of `parsed`."""
        if parsed.panes or parsed.excluded_panes or not self._keys:
            return []
        plain = plain_clauses(parsed)
        if plain is not None and len(plain) == 1 and len(plain[0]) == 1:  # one word: as found
            return list(map(self._keys.__getitem__, self._lines_with(plain[0][0])))
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
        keys = self._keys
        if plain is not None:  # plain words: the substring test was exact
            return [keys[n] for n in sorted(proposed)]
        return [keys[n] for n in sorted(proposed) if text_matches(parsed, self._title(n))]

    def holding(self, word: str) -> list:
        """Keys of the titles holding `word` as a substring (title_boost)."""
        return list(map(self._keys.__getitem__, self._lines_with(word)))

    def named(self, word: str) -> list:
        """Keys of the titles `word` names: it covers at least NAMED of them (titles_first)."""
        keys, lengths, longest = self._keys, self.lengths, covered(word) / NAMED
        return [k for k in map(keys.__getitem__, self._lines_with(word)) if lengths[k] <= longest]

    def _lines_with(self, word: str) -> list[int]:
        """Titles holding `word` as a substring (a superset of its exact matches)."""
        if "\n" in word:  # no title holds one
            return []
        found = self._words.get(word)
        if found is not None:
            self._words.move_to_end(word)
            return found
        found, blob, line, start = [], self._blob, 0, 0
        at = blob.find(word)
        while at >= 0:  # matches in order: their lines counted on from the last one, at C speed
            line += blob.count("\n", start, at)
            found.append(line)
            start, line = blob.index("\n", at) + 1, line + 1  # the next title
            at = blob.find(word, start)
        self._words[word] = found
        while len(self._words) > CACHED_WORDS:
            self._words.popitem(last=False)
        return found


def _by_key(keys: Sequence, values: Sequence):
    """key -> value: an array indexed by docnum when the keys are docnums, else a dict."""
    if isinstance(keys, array) and len(keys) and min(keys) >= 0:
        table = array("i", bytes(4 * (max(keys) + 1)))
        for key, value in zip(keys, values, strict=True):
            table[key] = value
        return table
    return dict(zip(keys, values, strict=True))


def titles_first(
    index: TitleIndex,
    parsed: ParsedQuery,
    ranked: Sequence,
    scores: dict,
    paths,
    allowed,
    key_of=None,
) -> tuple[Sequence, frozenset[str] | TitledPaths]:
    """`ranked` ((rel_path, score) best first, from the text) with the title matches placed,
    and the rel_paths of every title match (they match whatever their text holds).

    A law is named by its title and its text says 本法: a title the words name (they cover at
    least NAMED of it, the country left out) goes before every file found by its text alone,
    those covered more first, so 中华人民共和国网络安全法 comes before 网络安全法实施办法. A
    title that merely holds the words (民法 in 最高人民法院…) leaves the text's order be; if the
    text did not find the file it comes after those the text found. `scores`: docnum -> the
    text's score (whether the text found a file); `allowed`: the docnums the filters pass;
    `key_of`: path -> its key, to test a path among the matches without a path made for each
    (a word in thousands of titles, 中华, made 800 a query)."""
    matches = index.matches(parsed)
    if allowed is not None:
        matches = [n for n in matches if n in allowed]
    if not matches:
        return ranked, frozenset()
    words = sum(covered(t.folded) for t in parsed.positive_terms)
    named_len, lengths = words / NAMED, index.lengths
    named = [n for n in matches if lengths[n] <= named_len]
    if len(named) > RERANKED:  # a kind of document (条例), not one: the text ranks those it found
        named = [n for n in named if n not in scores]
    top = ranked[0][1] if len(ranked) else 1.0
    books = index.book_orders  # equal shares: a code's books in its order, else the text's
    head = [
        (top * (1 + min(1.0, words / max(1, lengths[n]))), -books.get(n, 0), scores.get(n, 0.0), n)
        for n in named
    ]
    head.sort(key=itemgetter(0, 1, 2), reverse=True)
    placed = set(named)
    tail = [n for n in matches if n not in scores and n not in placed]
    tail.sort(key=lambda n: lengths[n])  # the titles the words cover most first
    overlap = sum(map(scores.__contains__, named))  # listed by `ranked` too
    first = [(paths[n], score) for score, _, _, n in head]
    last = [(paths[n], 0.0) for n in tail]
    if key_of is None:
        titled = frozenset(map(paths.__getitem__, matches))
    else:
        titled = TitledPaths(frozenset(matches), key_of)
    return TitlesFirst(first, ranked, overlap, last), titled


class TitledPaths:
    """The paths of the title matches, as a set is asked: `path in titled`, `titled | more`."""

    __slots__ = ("_keys", "_key_of", "_more")

    def __init__(self, keys: frozenset, key_of, more: frozenset[str] = frozenset()) -> None:
        self._keys, self._key_of, self._more = keys, key_of, more

    def __contains__(self, path) -> bool:
        return path in self._more or self._key_of(path) in self._keys

    def __or__(self, other) -> TitledPaths:
        return TitledPaths(self._keys, self._key_of, self._more | frozenset(other))

    def __bool__(self) -> bool:
        return bool(self._keys or self._more)


class TitlesFirst(LazyOrder):
    """`head` then `ranked` without the head's files, read from `ranked` only as far as asked
    (a ranking's later pages are sorted only when reached)."""

    def __init__(self, head: list, ranked: Sequence, overlap: int, tail: list = ()) -> None:
        """`overlap`: how many of `head` `ranked` lists; `tail`: files `ranked` does not list,
        after it."""
        self._out, self._ranked, self._at, self._tail = list(head), ranked, 0, list(tail)
        self._skip = {path for path, _ in head}
        self._len = len(head) + len(ranked) - overlap + len(self._tail)

    def _fill(self, wanted: int) -> None:
        out, ranked, skip = self._out, self._ranked, self._skip
        while len(out) < wanted and self._at < len(ranked):
            item = ranked[self._at]
            self._at += 1
            if item[0] not in skip:
                out.append(item)
        if len(out) < wanted and self._at >= len(ranked) and self._tail:
            out += self._tail
            self._tail = []


def _code_title(title: str) -> str:
    return title.removeprefix(COUNTRY).partition(SEPARATOR)[0]
