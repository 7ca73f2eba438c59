"""The library list's filter keys: each document's folded title and folder, all in one string.

One string for the whole list, not one per document (a string object costs about 75 bytes
before its text: 1 MB for the laws four times over), and searched at C speed: `str.find` over
the whole list, then a bisection to name the row of each match.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable

_END = "\0"  # ends each row's key: never typed into the filter, cleaned out of the keys


class RowKeys:
    """Row number -> its filter key; which rows hold a word."""

    def __init__(self, keys: Iterable[str]) -> None:
        starts, parts, at = array("i"), [], 0
        for key in keys:
            key = key.replace(_END, " ")
            starts.append(at)
            parts.append(key)
            at += len(key) + 1
        self._starts = starts
        self._text = _END.join(parts) + _END
        self._size = len(starts)

    def rows_with(self, word: str) -> set[int]:
        """The rows whose key holds `word`."""
        found: set[int] = set()
        if not word or _END in word:
            return found
        text, starts, size = self._text, self._starts, self._size
        at = text.find(word)
        while at >= 0:
            row = bisect_right(starts, at) - 1
            found.add(row)
            at = text.find(word, starts[row + 1]) if row + 1 < size else -1
        return found

    def rows_with_all(self, words: list[str]) -> set[int]:
        """The rows whose key holds every one of `words` (all rows for none)."""
        found: set[int] | None = None
        for word in words:
            rows = self.rows_with(word)
            found = rows if found is None else found & rows
            if not found:
                return set()
        return found if found is not None else set(range(self._size))
