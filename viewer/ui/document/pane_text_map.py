"""Map offsets in core `Pane.text` (Python code points) to QTextDocument cursor positions.

Why this is needed: `Pane.text` joins each passage's plain text with "\\n", while the rendered
QTextDocument counts UTF-16 code units (a character outside the BMP, e.g. 𠮷, takes two), turns
table cells into separate blocks and may differ in whitespace. Each passage carries a named
anchor, so the document is cut at those anchors and each passage's text is aligned with its
own slice only: usually the two are identical (a fast path); otherwise difflib aligns them.
The word joiners added for Chinese line breaking (core/line_breaking.py) exist only in the
document: they are left out of the text that is aligned (Joiners maps across them).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtGui import QTextDocument

from viewer.core.document.model import Pane
from viewer.core.text.line_breaking import WORD_JOINER

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# difflib is quadratic: a 200-row table took 2.6 s to align, 800 rows minutes (GUI thread).
MAX_DIFF_WORK = 4_000_000


class Utf16Index:
    """Converts between code point indexes and UTF-16 positions of one string."""

    def __init__(self, text: str) -> None:
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral_cp)]

    def to_utf16(self, cp: int) -> int:
        return cp + bisect_left(self._astral_cp, cp)

    def to_codepoint(self, u16: int) -> int:
        return u16 - bisect_left(self._astral_u16, u16)


class Joiners:
    """Code point positions in the document text with and without its word joiners."""

    def __init__(self, raw: str) -> None:
        found = [i for i, ch in enumerate(raw) if ch == WORD_JOINER] if WORD_JOINER in raw else []
        self._raw = found  # positions of the joiners in the raw text
        self._clean = [pos - k for k, pos in enumerate(found)]  # where each would sit if kept

    def to_raw(self, clean: int) -> int:
        return clean + bisect_right(self._clean, clean)

    def to_clean(self, raw: int) -> int:
        return raw - bisect_left(self._raw, raw)


@dataclass
class _PassageSpan:
    pane_start: int  # code point offset of the passage in Pane.text
    length: int  # len(passage.text)
    doc_start: int  # code point offset of the passage's slice in the document text
    doc_length: int
    blocks: list[tuple[int, int, int]] | None  # (passage i, doc j, size) matches; None = same

    def to_doc(self, local: int) -> int:
        if self.blocks is None:
            return self.doc_start + local
        for a, b, size in self.blocks:
            if local < a + size:
                # Inside a matching run, or in a gap before it: snap to the run's start.
                return self.doc_start + b + max(0, local - a)
        return self.doc_start + self.doc_length

    def to_pane(self, doc: int) -> int:
        local = doc - self.doc_start
        if self.blocks is None:
            return self.pane_start + min(local, self.length)
        for a, b, size in self.blocks:
            if local < b + size:
                return self.pane_start + a + max(0, local - b)
        return self.pane_start + self.length


class PaneTextMap:
    """Built once per shown pane; converts ranges both ways."""

    def __init__(self, pane: Pane, document: QTextDocument) -> None:
        raw = document.toPlainText()
        self._index = Utf16Index(raw)
        self._joiners = Joiners(raw)
        self._doc_text = raw.replace(WORD_JOINER, "")  # positions below are in this text
        anchors = anchor_positions(document)
        self._spans = self._align(pane, anchors)
        self._pane_starts = [s.pane_start for s in self._spans]
        self._doc_starts = [s.doc_start for s in self._spans]

    def _align(self, pane: Pane, anchors: dict[str, int]) -> list[_PassageSpan]:
        starts = self._passage_starts(pane, anchors)
        spans: list[_PassageSpan] = []
        pane_pos = 0
        for i, passage in enumerate(pane.passages):
            start = starts[i]
            end = starts[i + 1] - 1 if i + 1 < len(starts) else len(self._doc_text)
            segment = self._doc_text[start : max(start, end)]
            spans.append(_span(passage.text, segment, pane_pos, start))
            pane_pos += len(passage.text) + 1
        return spans

    def _passage_starts(self, pane: Pane, anchors: dict[str, int]) -> list[int]:
        """Code point start of each passage in the document text, never decreasing.

        Qt drops an empty anchor placed before a block-level container (a blockquote, list or
        table), so a passage without an anchor is looked up by its first characters after the
        previous passage, and otherwise starts where the previous one did."""
        known = [anchors.get(p.id) for p in pane.passages]
        starts: list[int] = []
        for i, passage in enumerate(pane.passages):
            previous = starts[-1] if starts else 0
            if known[i] is not None:
                starts.append(max(previous, self._clean_cp(known[i])))
                continue
            limit = next((k for k in known[i + 1 :] if k is not None), None)
            limit = self._clean_cp(limit) if limit is not None else len(self._doc_text)
            probe = passage.text[:24].strip()
            found = self._doc_text.find(probe, previous + 1, limit) if probe else -1
            starts.append(found if found >= 0 else previous)
        return starts

    def _clean_cp(self, utf16: int) -> int:
        return self._joiners.to_clean(self._index.to_codepoint(utf16))

    def pane_to_doc(self, start: int, end: int) -> tuple[int, int]:
        """Pane.text [start, end) -> QTextDocument positions [start, end)."""
        return self._pos(start), self._pos(max(start, end - 1), end_of=True)

    def doc_to_pane(self, start: int, end: int) -> tuple[int, int]:
        """QTextDocument positions [start, end) -> Pane.text offsets [start, end)."""
        a = self._offset(self._clean_cp(start))
        b = self._offset(self._clean_cp(max(start, end - 1)), end_of=True)
        return a, max(a, b)

    def _pos(self, pane_offset: int, end_of: bool = False) -> int:
        if not self._spans:
            return 0
        span = self._spans[max(0, bisect_right(self._pane_starts, pane_offset) - 1)]
        cp = self._joiners.to_raw(span.to_doc(min(pane_offset - span.pane_start, span.length)))
        if end_of:
            # The end position is one past the last character (which may be two UTF-16 units).
            return self._index.to_utf16(cp + 1)
        return self._index.to_utf16(cp)

    def _offset(self, doc_cp: int, end_of: bool = False) -> int:
        if not self._spans:
            return 0
        span = self._spans[max(0, bisect_right(self._doc_starts, doc_cp) - 1)]
        offset = span.to_pane(doc_cp)
        return offset + 1 if end_of else offset


def _span(text: str, segment: str, pane_start: int, doc_start: int) -> _PassageSpan:
    if segment == text:
        return _PassageSpan(pane_start, len(text), doc_start, len(segment), None)
    blocks = _same_but_whitespace(text, segment)
    if blocks is None and len(text) * len(segment) <= MAX_DIFF_WORK:
        import difflib  # only when texts differ; not worth importing at start-up

        matcher = difflib.SequenceMatcher(None, text, segment, autojunk=False)
        blocks = [(m.a, m.b, m.size) for m in matcher.get_matching_blocks() if m.size]
    if blocks is None:  # too big to align exactly: map the common length one to one
        blocks = [(0, 0, min(len(text), len(segment)))]
    return _PassageSpan(pane_start, len(text), doc_start, len(segment), blocks)


def _same_but_whitespace(text: str, segment: str) -> list[tuple[int, int, int]] | None:
    """Matching runs of two texts that differ only in whitespace (a table's cells are tab-
    separated in Pane.text, one block each in Qt), found in linear time; None otherwise."""
    blocks: list[tuple[int, int, int]] = []
    i = j = 0
    while i < len(text) and j < len(segment):
        if text[i] == segment[j]:
            if blocks and blocks[-1][0] + blocks[-1][2] == i and blocks[-1][1] + blocks[-1][2] == j:
                a, b, size = blocks[-1]
                blocks[-1] = (a, b, size + 1)
            else:
                blocks.append((i, j, 1))
            i, j = i + 1, j + 1
        elif text[i].isspace():
            i += 1
        elif segment[j].isspace():
            j += 1
        else:
            return None
    rest = text[i:] + segment[j:]
    return blocks if not rest.strip() else None


def anchor_positions(document: QTextDocument) -> dict[str, int]:
    """Named anchors -> UTF-16 position of the fragment carrying them."""
    found: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            for name in fragment.charFormat().anchorNames():
                found.setdefault(name, fragment.position())
            it += 1
        block = block.next()
    return found
