"""Show a library search hit: open its document, then the passage with its matches highlighted.

RevealedHighlights takes those highlights away again when their query is replaced.
Hit spans are offsets into the passage's text; the topic pane highlights ranges of Pane.text,
so each span is moved by the passage's start in its pane (search_matches.passage_starts). All
match of the query in that pane is highlighted; the chosen passage's first match is current.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from viewer.core.search.snippets import match_spans, text_matches
from viewer.core.text.folding import fold
from viewer.ui.document.matches import passage_starts


def hit_ranges(document, doc_hits, hit, parsed=None) -> tuple[list[tuple[int, int]], int | None]:
    """(ranges in Pane.text of hit.pane_id, index of the chosen hit's first range).

    With the parsed query, every match in the pane is found again in the opened document (the
    results carry only the best passages); without it, the shown passages' spans are used."""
    starts = passage_starts(document)
    if parsed is not None:
        found = _pane_matches(document, hit, parsed, starts)
    else:
        found = []
        for other in doc_hits.passages if doc_hits is not None else [hit]:
            base = starts.get(other.passage_id)
            if other.pane_id != hit.pane_id or base is None:
                continue
            chosen = other.passage_id == hit.passage_id
            found += [(base + s, base + e, chosen) for s, e in other.spans]
    if hit.passage_id in starts and not any(chosen for *_r, chosen in found):
        base = starts[hit.passage_id]
        found += [(base + s, base + e, True) for s, e in hit.spans]
    found.sort()
    current = next((i for i, (*_r, chosen) in enumerate(found) if chosen), None)
    return [(s, e) for s, e, _c in found], current


def _pane_matches(document, hit, parsed, starts) -> list[tuple[int, int, bool]]:
    pane = document.pane(hit.pane_id)
    found = []
    for passage in pane.passages if pane is not None else []:
        folded = fold(passage.text)
        if not text_matches(parsed, folded):
            continue
        base, chosen = starts[passage.id], passage.id == hit.passage_id
        found += [(base + s, base + e, chosen) for s, e in match_spans(parsed, folded)]
    return found


def _same_file(document, path: Path) -> bool:
    return (
        document is not None
        and document.path is not None
        and (Path(document.path).resolve() == path.resolve())
    )


def reveal_hit(window, doc_hits, hit, revealed=None, parsed=None) -> None:
    """Open `doc_hits.document` in `window` unless shown, then reveal `hit`.

    `revealed(path, passage_id)` is called once the passage is on screen."""
    path = Path(doc_hits.document)

    def show(document) -> None:
        ranges, current = hit_ranges(document, doc_hits, hit, parsed)
        window.reveal(hit.pane_id, hit.passage_id, ranges, current)
        if revealed is not None:
            revealed(str(path), hit.passage_id)

    if _same_file(window.current_document, path):
        show(window.current_document)
        return

    def on_loaded(document) -> None:
        disconnect()
        if _same_file(document, path):
            show(document)

    def disconnect(*_args) -> None:
        for signal, slot in ((window.document_loaded, on_loaded), (window.load_failed, disconnect)):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    window.document_loaded.connect(on_loaded)
    window.load_failed.connect(disconnect)
    window.open_document(path)


class RevealedHighlights:
    """The highlights a revealed hit left in a pane, and the query they belong to: a new query
    (or none) clears them, unless something else (the document search, a bookmark) has
    highlighted that pane since."""

    def __init__(self, window) -> None:
        self._window = window
        self._shown = None  # (view, ranges, query)

    def remember(self, query: str | None) -> None:
        view = self._window.current_view()
        if view is not None:
            self._shown = (view, view.highlight_ranges(), query)

    def drop_unless(self, query: str | None) -> None:
        if self._shown is None or self._shown[2] == query:
            return
        view, ranges, _query = self._shown
        self._shown = None
        with contextlib.suppress(RuntimeError):  # the view went with its document
            if ranges and view.highlight_ranges() == ranges:
                view.set_highlights([], None)
