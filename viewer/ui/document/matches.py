"""Every match of a search as a range of its pane's text, in reading order (no Qt here).

The search core reports, per matching passage, spans into `passage.text`; the topic pane
highlights ranges of `Pane.text`, which joins the passages with "\\n". So a span moves into
pane coordinates by adding the passage's start: the lengths (+1) of the passages before it.
This list drives F3 / Shift+F3, "match 3 of 17" and the highlights of each pane.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Match:
    pane_id: str
    passage_id: str
    start: int  # offsets into Pane.text
    end: int
    order: int  # the passage's position in the document


def passage_starts(document) -> dict[str, int]:
    """passage id -> offset of the passage's text in its pane's `Pane.text`."""
    starts: dict[str, int] = {}
    for pane in document.panes:
        starts.update(zip((p.id for p in pane.passages), pane.passage_starts(), strict=True))
    return starts


def matches_in_order(hits, starts: dict[str, int]) -> list[Match]:
    """All spans of all hits as pane ranges, sorted in document order."""
    found = []
    for hit in hits:
        base = starts.get(hit.passage_id)
        if base is None:  # a hit from another version of the document
            continue
        found += [
            Match(hit.pane_id, hit.passage_id, base + s, base + e, hit.order) for s, e in hit.spans
        ]
    found.sort(key=lambda m: (m.order, m.start))
    return found


def pane_ranges(matches: list[Match], pane_id: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in matches if m.pane_id == pane_id]


def index_in_pane(matches: list[Match], position: int) -> int:
    """Index of matches[position] among the matches of its own pane."""
    target = matches[position]
    return sum(1 for m in matches[:position] if m.pane_id == target.pane_id)
