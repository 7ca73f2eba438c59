"""Search one document: the service the search panel and the CLI call.

    results = DocumentSearch(document).search("互联网+ pane:金融", limit=50)

The Whoosh index (viewer.core.search.index) proposes and ranks candidate passages; the exact
matcher (viewer.core.search.snippets) decides which really match, so counts equal what Ctrl+F finds.
Whoosh is imported on first use, not when this module is imported, so the UI may import the
result types at startup. Safe to call from a worker thread: one search at a time per instance.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from viewer.core.document.model import Document, Passage
from viewer.core.search.query_parser import ParsedQuery, Term, parse_query
from viewer.core.search.snippets import (
    DEFAULT_WIDTH,
    Span,
    match_spans,
    snippet,
    term_in,
    text_matches,
)
from viewer.core.search.suggest import suggest
from viewer.core.text.folding import drop_invisible, fold

log = logging.getLogger(__name__)
HEADING_BOOST = 0.5  # score share of a match in the pane title or heading above the passage
# Above these a document is scanned, not indexed: a Whoosh index of a 20 MB document takes
# ~13 s to build, of 3,000 short passages 1.5 s; a scan of either takes ~0.1 s per query
# (results then come in reading order).
INDEX_MAX_CHARS = 500_000
INDEX_MAX_PASSAGES = 2_000


@dataclass(frozen=True)
class Hit:
    document: str  # path of the document ("" when it has none)
    title: str  # document title
    pane_id: str
    pane_title: str
    heading: str
    passage_id: str
    order: int  # position in the document, for reading order
    text: str  # the passage's full plain text
    snippet: str  # HTML: a window of the text with every match wrapped in the mark tags
    spans: tuple[Span, ...]  # every match as (start, end) offsets into `text`
    score: float
    address: str = ""  # 第二章 › 第十五条第二款 (viewer.core.articles); "" when none


@dataclass
class SearchResults:
    query: str
    parsed: ParsedQuery
    hits: list[Hit] = field(default_factory=list)  # best first, at most `limit`
    total: int = 0  # matching passages (all, not only those in `hits`)
    match_count: int = 0  # matches over all matching passages ("match 3 of 17")
    pane_counts: dict[str, int] = field(default_factory=dict)  # pane id -> matching passages
    suggestion: str | None = None  # a close query with hits, when this one has none
    notice: str | None = None  # index trouble worked around or the query cut, for the user
    elapsed_ms: float = 0.0

    def in_document_order(self) -> list[Hit]:
        return sorted(self.hits, key=lambda h: h.order)


@dataclass
class _Entry:
    passage: Passage
    folded: str
    pane_title: str


class DocumentSearch:
    def __init__(
        self,
        document: Document,
        index_root: Path | None = None,
        snippet_width: int = DEFAULT_WIDTH,
        mark: tuple[str, str] = ("<mark>", "</mark>"),
    ):
        self.document = document
        self._root = index_root
        self._width = snippet_width
        self._mark = mark
        self._lock = threading.RLock()
        self._opened = None  # search_index.OpenedIndex once open
        self._searcher = None
        self._notice: str | None = None
        self._joined: str | None = None  # every passage's folded text, for _exists
        self._addresses: dict[str, str] | None = None  # passage id -> address, once parsed
        titles = {p.id: p.title for p in document.panes}
        self._entries = {
            p.id: _Entry(p, fold(p.text), titles.get(p.pane_id, "")) for p in document.passages()
        }
        self._scans = (
            len(self._entries) > INDEX_MAX_PASSAGES or document.char_count > INDEX_MAX_CHARS
        )

    # --- index -----------------------------------------------------------------------------

    def open(self, force_rebuild: bool = False) -> None:
        """Open or build the index now (else the first search does it)."""
        from viewer.core.search.index import open_or_build

        with self._lock:
            self._close_searcher()
            if self.scans:
                return
            self._opened = open_or_build(self.document, self._root, force=force_rebuild)
            self._notice = self._opened.notice
            self._searcher = self._opened.index.searcher()
            self._address_book()  # now, off the GUI thread: a search then only looks up

    def _address_book(self) -> dict[str, str]:
        if self._addresses is None:
            from viewer.core.document.passage_addresses import addresses_of, structure_of

            self._addresses = addresses_of(structure_of(self.document))
        return self._addresses

    @property
    def scans(self) -> bool:
        """True for documents too large to index: every search scans the passages."""
        return self._scans

    @property
    def index_built(self) -> bool:
        """True when opening had to (re)build the index rather than reuse the cached one."""
        return bool(self._opened and self._opened.built)

    @property
    def index_location(self) -> Path | None:
        return self._opened.location if self._opened else None

    @property
    def notice(self) -> str | None:
        return self._notice

    def close(self) -> None:
        with self._lock:
            self._close_searcher()

    def _close_searcher(self) -> None:
        searcher, self._searcher = self._searcher, None
        if searcher is not None:
            with contextlib.suppress(Exception):  # a damaged or already closed reader
                searcher.close()

    # --- searching -------------------------------------------------------------------------

    def search(
        self, query: str, limit: int | None = None, pane: str | None = None
    ) -> SearchResults:
        """Passages matching `query` (see viewer.core.search.query_parser), best first; `pane`
        (an id) restricts to one pane. Never raises for odd queries or index trouble."""
        started = time.perf_counter()
        parsed = parse_query(query)
        results = SearchResults(query, parsed)
        if parsed.is_empty:
            return results
        with self._lock:
            allowed = self._allowed_panes(parsed, pane)
            scored = self._candidates(parsed, allowed)
            results.notice = _sentences(parsed.notice, self._notice)
        matched = []
        for passage_id, score in scored:
            entry = self._entries.get(passage_id)
            if entry is None or (allowed is not None and entry.passage.pane_id not in allowed):
                continue
            if text_matches(parsed, entry.folded):
                matched.append((entry, score))
        matched.sort(key=lambda item: (-item[1], item[0].passage.order))
        all_spans = [match_spans(parsed, e.folded) for e, _ in matched]
        results.total = len(matched)
        results.match_count = sum(len(s) for s in all_spans)
        for entry, _ in matched:
            pane_id = entry.passage.pane_id
            results.pane_counts[pane_id] = results.pane_counts.get(pane_id, 0) + 1
        shown = matched if limit is None else matched[: max(0, limit)]
        results.hits = [
            self._hit(e, s, spans)
            for (e, s), spans in zip(shown, all_spans[: len(shown)], strict=True)
        ]
        if not matched:
            results.suggestion = suggest(parsed, self._has_hits, self._exists)
        results.elapsed_ms = (time.perf_counter() - started) * 1000
        return results

    def _allowed_panes(self, parsed: ParsedQuery, pane: str | None) -> set[str] | None:
        panes = self.document.panes
        allowed = {p.id for p in panes} if pane is None else {pane}
        if parsed.panes:
            allowed &= {p.id for p in panes if any(_pane_matches(p, n) for n in parsed.panes)}
        if parsed.excluded_panes:
            allowed -= {
                p.id for p in panes if any(_pane_matches(p, n) for n in parsed.excluded_panes)
            }
        return None if allowed == {p.id for p in panes} else allowed

    def _candidates(self, parsed: ParsedQuery, allowed: set[str] | None) -> list[tuple[str, float]]:
        """(passage_id, score) of a superset of the hits, from the index; on index trouble the
        index is rebuilt once, and if that fails too every passage is a candidate (a scan)."""
        if self.scans:
            return [(pid, 0.0) for pid in self._entries]
        for attempt in range(2):
            try:
                if self._searcher is None:
                    self.open(force_rebuild=attempt > 0)
                return self._whoosh_candidates(parsed, allowed)
            except Exception as error:  # damaged index, disk trouble: never reach the user
                log.warning("search failed (attempt %d): %r", attempt + 1, error)
                self._close_searcher()
                self._notice = "The search index was unreadable and has been rebuilt."
        self._notice = "Search is running without an index (slower)."
        return [(pid, 0.0) for pid in self._entries]

    def _whoosh_candidates(self, parsed, allowed) -> list[tuple[str, float]]:
        from whoosh import query as wq

        from viewer.core.search.query_builder import boost_query, build_query, pane_filter_query

        pane_filter = pane_filter_query(allowed, set()) if allowed is not None else None
        q = build_query(parsed, pane_filter=pane_filter)
        boost = boost_query(parsed, ("heading",))
        if boost is not None:
            q = wq.AndMaybe(q, wq.Or([boost], boost=HEADING_BOOST))
        found = self._searcher.search(q, limit=None, terms=False)
        return [(hit["passage_id"], hit.score or 0.0) for hit in found]

    def _hit(self, entry: _Entry, score: float, spans: list[Span]) -> Hit:
        p = entry.passage
        return Hit(
            document=str(self.document.path or ""),
            title=self.document.title,
            pane_id=p.pane_id,
            pane_title=entry.pane_title,
            heading=p.heading,
            passage_id=p.id,
            order=p.order,
            text=p.text,
            snippet=snippet(p.text, spans, self._width, *self._mark),
            spans=tuple(spans),
            score=round(float(score), 4),
            address=self._address_book().get(p.id, ""),
        )

    # --- exact checks for suggestions (a scan: cheap at document size) -----------------------

    def _has_hits(self, parsed: ParsedQuery) -> bool:
        allowed = self._allowed_panes(parsed, None)
        return any(
            (allowed is None or e.passage.pane_id in allowed) and text_matches(parsed, e.folded)
            for e in self._entries.values()
        )

    def _exists(self, term: Term) -> bool:
        """One regex search over every passage joined by NUL (never inside a term, and no
        white space, so no match spans two passages) instead of one per passage."""
        if term.negated:
            return self._has_hits(ParsedQuery(term.text, ((term,),)))
        if self._joined is None:
            self._joined = "\x00".join(e.folded for e in self._entries.values())
        return term_in(term, self._joined)


def _sentences(*parts: str | None) -> str | None:
    return " ".join(p for p in parts if p) or None


def _pane_matches(pane, needle: str) -> bool:
    return needle in drop_invisible(fold(pane.title)) or needle in fold(pane.id)
