"""Bounds on Python-Markdown's work, and the plain-text fallback for blocks beyond them.

Python-Markdown recurses once per nesting level (4,000 nested list items end in RecursionError)
and its inline patterns are quadratic in the markup of a block (1,000 unclosed `[` take 0.4 s,
4,000 take minutes). So before a block is rendered its shape is checked in linear time: blocks
too long, too deeply nested or too full of markup are shown as escaped plain text instead, and
a document-wide budget of estimated rendering work sends the rest of a document plain once
spent. The estimate, not the clock, decides, so the reader and the library index (which
renders fewer blocks) always agree on which blocks are plain, and hence on passage ids and
texts; the clock only backs it up.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass, field

from viewer.core.i18n.catalogue import translate

MAX_BLOCK_CHARS = 50_000  # longer blocks are plain; no law in the corpus has one over 3,000
PIECE_CHARS = 20_000  # a plain block is cut into passages of about this size
MAX_MARKUP = 6_000  # markup characters in one block (~50 ms to render at worst)
MAX_OPEN_BRACKETS = 400  # `[` in one block: each may start a link, scanned to the block's end
MAX_DEPTH = 16  # nested list / quote levels in one block
WORK_BUDGET_MS = 1_500.0  # estimated rendering time per document
CLOCK_BUDGET_S = 4.0  # measured rendering time per document (a backstop for the estimate)

_MARKUP = re.compile(r"[\[\]()*_`&<>|!~\\]")
# more than MAX_DEPTH list markers or quote marks opening one line: `- - - - …`, `>>>>…`
_NESTED_MARKERS = re.compile(
    rf"^[ \t]*(?:(?:>|(?:[-*+]|\d{{1,9}}[.)])[ \t])[ \t]*){{{MAX_DEPTH + 1}}}"
)
_INDENT = re.compile(r"^[ \t]*")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_COLLAPSE = re.compile(r"[ \t\r\n\f]+")
_BREAK_AFTER = re.compile(r"[。！？；\n]|\s")


@dataclass
class RenderBudget:
    """What one document may still spend on Markdown rendering."""

    work_ms: float = WORK_BUDGET_MS
    deadline: float = field(default_factory=lambda: time.monotonic() + CLOCK_BUDGET_S)
    plain_blocks: int = 0
    over_budget: int = 0  # of plain_blocks: ordinary ones, plain because the budget was spent

    def allows(self, source: str) -> bool:
        """Whether `source` may go to the renderer; charges its estimated cost if so."""
        cost = _estimated_ms(source)
        if cost is None or cost > self.work_ms or time.monotonic() > self.deadline:
            self.plain_blocks += 1
            self.over_budget += cost is not None and cost <= WORK_BUDGET_MS
            return False
        self.work_ms -= cost
        return True

    def notice(self) -> str | None:
        count = self.plain_blocks
        if not count:
            return None
        if self.over_budget * 2 > count:  # mostly a very long document, not odd blocks
            return translate(
                "Document",
                "This document is very long: to open it quickly, {count} parts toward its end "
                "are shown as plain text (headings and emphasis not formatted).",
            ).format(count=f"{count:,}")
        # Two texts, not a %n plural: lupdate misreads a plural whose count is a plain name.
        if count == 1:
            return translate(
                "Document",
                "1 part of this document is too long or complex to format: shown as plain text.",
            )
        return translate(
            "Document",
            "{count} parts of this document are too long or complex to format: "
            "shown as plain text.",
        ).format(count=f"{count:,}")


def _estimated_ms(source: str) -> float | None:
    """Rough rendering time of a block (fitted on this machine), or None if it is never
    rendered at all. Code blocks are copied verbatim by the renderer: only their size counts."""
    if len(source) > MAX_BLOCK_CHARS:
        return None
    if _is_code(source):
        return 0.1 + len(source) / 50_000
    markup = len(_MARKUP.findall(source))
    brackets = source.count("[")
    if markup > MAX_MARKUP or brackets > MAX_OPEN_BRACKETS or _too_deep(source):
        return None
    return 0.1 + len(source) / 50_000 + markup * markup * 1.6e-6 + brackets * brackets * 4e-4


def _is_code(source: str) -> bool:
    lines = source.split("\n")
    if _FENCE.match(lines[0]):
        return True
    return all(line.startswith(("    ", "\t")) or not line.strip() for line in lines)


def _too_deep(source: str) -> bool:
    for line in source.split("\n"):
        indent = _INDENT.match(line).group().expandtabs(4)
        if len(indent) > 4 * MAX_DEPTH or _NESTED_MARKERS.match(line):
            return True
    return False


def plain_pieces(source: str) -> list[tuple[str, str]]:
    """(text, html) of each passage a block is shown as when it is not rendered: the source
    escaped, line by line, cut into pieces of about PIECE_CHARS so no passage is huge."""
    lines = [_COLLAPSE.sub(" ", line).strip() for line in source.split("\n")]
    pieces: list[list[str]] = [[]]
    size = 0
    for line in (line for line in lines if line):
        for chunk in _chunks(line):
            if size + len(chunk) > PIECE_CHARS and pieces[-1]:
                pieces.append([])
                size = 0
            pieces[-1].append(chunk)
            size += len(chunk)
    return [
        (
            "\n".join(piece),
            "<p>" + "<br />\n".join(html.escape(c, quote=False) for c in piece) + "</p>",
        )
        for piece in pieces
        if piece
    ]


def _chunks(line: str) -> list[str]:
    """`line` cut at sentence ends or spaces into chunks of at most PIECE_CHARS."""
    chunks = []
    while len(line) > PIECE_CHARS:
        window = line[:PIECE_CHARS]
        breaks = [m.end() for m in _BREAK_AFTER.finditer(window, PIECE_CHARS // 2)]
        cut = breaks[-1] if breaks else PIECE_CHARS
        chunks.append(window[:cut].strip())
        line = line[cut:].strip()
    chunks.append(line)
    return [c for c in chunks if c]


def source_pieces(source: str) -> list[str]:
    """`source` cut at line ends (and long lines at sentence ends) into pieces of about
    PIECE_CHARS, for a block too long to render."""
    pieces: list[list[str]] = [[]]
    size = 0
    for line in source.split("\n"):
        for chunk in _chunks(line) if len(line) > PIECE_CHARS else [line]:
            if size + len(chunk) > PIECE_CHARS and pieces[-1]:
                pieces.append([])
                size = 0
            pieces[-1].append(chunk)
            size += len(chunk) + 1
    return ["\n".join(piece) for piece in pieces if any(line.strip() for line in piece)]
