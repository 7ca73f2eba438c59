"""One JSON shape for a search hit, shared by document and library search output."""

from __future__ import annotations

from viewer.core.search.snippets import snippet

SNIPPET_WIDTH = 120


def hit_to_dict(hit) -> dict:
    """`snippet` is HTML with <mark> around matches; `snippet_text` marks them with [ ]."""
    return {
        "document": hit.document,
        "title": hit.title,
        "pane": hit.pane_id,
        "pane_title": hit.pane_title,
        "heading": hit.heading,
        "address": getattr(hit, "address", ""),
        "passage_id": hit.passage_id,
        "text": hit.text,
        "snippet": hit.snippet,
        "snippet_text": snippet(hit.text, list(hit.spans), SNIPPET_WIDTH, "[", "]", False),
        "spans": [list(span) for span in hit.spans],
        "score": hit.score,
    }
