"""The matching form of a document's text, used to find bookmark quotes again.

Anchors are matched on *normalised* text: `fold()` (width, case, traditional→simplified, one
char to one char) and then every whitespace and zero-width character (folding.INVISIBLE)
removed. Chinese has no spaces between words, so whitespace is layout (re-wrapped lines,
`互联网 + 金融` vs `互联网+金融`) and zero-width marks are nothing to a reader; dropping
them makes anchors survive re-formatting. Removing characters breaks the 1:1 offset property of
`fold`, so each normalised character keeps the offset of its original character in `Pane.text`.

All panes are joined into one normalised string (separated by a NUL that never occurs in text)
so a quote can be searched in the whole document with a single `str.find`.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict

from viewer.core.document.model import Document
from viewer.core.text.folding import INVISIBLE, fold

SEPARATOR = "\x00"
GRAM = 3  # n-gram size for the fuzzy candidate index: trigrams are selective in Chinese
_NON_SPACE = re.compile(rf"[^\s{INVISIBLE}]+")


def normalize(text: str) -> str:
    """Folded text without whitespace: the form quotes and context are compared in."""
    return "".join(_NON_SPACE.findall(fold(text)))


def normalize_with_offsets(text: str) -> tuple[str, array]:
    """Normalised text plus, for each of its characters, the offset in `text` it came from."""
    folded = fold(text)
    parts: list[str] = []
    offsets = array("i")
    # Whitespace runs are few (line and paragraph breaks), so walking the non-space runs is
    # far cheaper than a Python loop over every character of a 300 KB law.
    for match in _NON_SPACE.finditer(folded):
        parts.append(match.group())
        offsets.extend(range(match.start(), match.end()))
    return "".join(parts), offsets


class DocumentText:
    """Normalised text of every pane of one Document, with maps back to pane offsets."""

    def __init__(self, document: Document):
        self.document = document
        self.panes = list(document.panes)
        self.pane_index = {pane.id: i for i, pane in enumerate(self.panes)}
        self.pane_texts = [pane.text for pane in self.panes]
        pieces: list[str] = []
        self.offsets = array("i")
        self.starts: list[int] = []  # where each pane begins in `norm`
        self.ends: list[int] = []  # where each pane ends (exclusive, before the separator)
        position = 0
        for text in self.pane_texts:
            normal, offsets = normalize_with_offsets(text)
            self.starts.append(position)
            self.ends.append(position + len(normal))
            pieces.append(normal)
            pieces.append(SEPARATOR)
            self.offsets.extend(offsets)
            self.offsets.append(len(text))  # the separator maps to the end of its pane
            position += len(normal) + 1
        self.norm = "".join(pieces)
        self._grams: dict[str, list[int]] | None = None

    def pane_of(self, norm_pos: int) -> int:
        return bisect_right(self.starts, norm_pos) - 1

    def to_pane_span(self, start: int, end: int) -> tuple[int, int, int]:
        """Normalised span -> (pane index, start, end) as offsets into that pane's text."""
        pane = self.pane_of(start)
        end = max(end, start + 1)
        return pane, self.offsets[start], self.offsets[end - 1] + 1

    def to_norm(self, pane: int, offset: int) -> int:
        """Pane text offset -> position in `norm` (the next normalised character at or after)."""
        return bisect_left(self.offsets, offset, self.starts[pane], self.ends[pane])

    def find_all(self, needle: str, limit: int = 200) -> list[int]:
        found: list[int] = []
        position = self.norm.find(needle)
        while position >= 0 and len(found) < limit:
            found.append(position)
            position = self.norm.find(needle, position + 1)
        return found

    def grams(self) -> dict[str, list[int]]:
        """Trigram -> positions in `norm`; built once per document and only if fuzzy search runs."""
        if self._grams is None:
            index: dict[str, list[int]] = defaultdict(list)
            text = self.norm
            for i in range(len(text) - GRAM + 1):
                index[text[i : i + GRAM]].append(i)
            self._grams = dict(index)
        return self._grams
