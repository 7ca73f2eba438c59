"""Excerpts from a selection in the reading view: one per passage the selection touches.

They are unsaved bookmarks (anchored and resolved like stored ones, never written to the
database), so a memo of selected passages is built, grouped and cited exactly as a memo of
bookmarks is.
"""

from __future__ import annotations

from viewer.core.bookmarks.anchoring import anchor_for_range, resolve
from viewer.core.bookmarks.model import ResolvedBookmark, new_bookmark
from viewer.core.document.model import Document


def selection_items(
    document: Document, pane_id: str, start: int, end: int
) -> list[tuple[ResolvedBookmark, Document]]:
    """`start`/`end`: offsets into the pane's text, as the view reports a selection."""
    pane = document.pane(pane_id)
    if pane is None or end <= start:
        return []
    items = []
    for passage, first in zip(pane.passages, pane.passage_starts(), strict=True):
        lo, hi = max(start, first), min(end, first + len(passage.text))
        if hi <= lo or not pane.text[lo:hi].strip():
            continue
        if passage.kind == "heading":
            continue  # a heading is where an excerpt sits, not an excerpt
        anchor = anchor_for_range(document, pane_id, lo, hi)
        bookmark = new_bookmark(anchor, document)
        items.append((ResolvedBookmark(bookmark, resolve(anchor, document)), document))
    return items
