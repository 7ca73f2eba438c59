"""Search one document: the service the search panel and the CLI call.

    results = DocumentSearch(document).search("互联网+ pane:金融", limit=50)

Which passages match, and where, is decided by an exact scan of the document's folded text
(passage_scan, the same matching as snippets), so counts equal what Ctrl+F finds and need no
index. The Whoosh index (viewer.core.search.index) only ranks them: an unordered AND of
the query's bigrams is enough for that, since it never decides a hit (Whoosh's positional phrase
matching cost 80% of a keystroke on a 313 KB law). Until the index exists — it may be built in
the background with `open()` while `scan_while_indexing` is set — results are ranked by their
number of matches. Whoosh is imported on first use, not when this module is imported, so the UI
may import the result types at startup. Safe to call from worker threads: building the index
never blocks a search.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from viewer.core.document.model import Document, Passage
from viewer.core.i18n.catalogue import translate
from viewer.core.search.hits import Hit, SearchResults
from viewer.core.search.passage_scan import PassageScan
from viewer.core.search.query_parser import ParsedQuery, Term, parse_query
from viewer.core.search.snippets import DEFAULT_WIDTH, Span, snippet
from viewer.core.search.suggest import suggest
from viewer.core.text.folding import drop_invisible, fold

log = logging.getLogger(__name__)
HEADING_BOOST = 0.5  # score share of a match in the pane title or heading above the passage
# Above these a document is scanned, not indexed: a Whoosh index of a 20 MB document takes
# ~13 s to build, of 3,000 short passages 1.5 s; a scan of either takes ~0.1 s per query
# (results then come in reading order).
INDEX_MAX_CHARS = 500_000
INDEX_MAX_PASSAGES = 2_000


@dataclass
class _Entry:
    passage: Passage
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
        self._lock = threading.RLock()  # guards the searcher: Whoosh readers are not shared
        self._opened = None  # search_index.OpenedIndex once open
        self._searcher = None
        self._passage_ids: list[str] = []  # Whoosh docnum -> passage id
        self._notice = None  # search_index.Notice: index trouble worked around
        self._addresses: dict[str, str] | None = None  # passage id -> address, once parsed
        # True: no index open yet, search() scans (the caller builds it in the background)
        self.scan_while_indexing = False
        self._unusable = False  # building and rebuilding the index both failed
        titles = {p.id: p.title for p in document.panes}
        self._entries = {p.id: _Entry(p, titles.get(p.pane_id, "")) for p in document.passages()}
        self._scans = (
            len(self._entries) > INDEX_MAX_PASSAGES or document.char_count > INDEX_MAX_CHARS
        )
        self._order = {pid: i for i, pid in enumerate(self._entries)}
        self._path = str(document.path or "")
        self._folded_scan: PassageScan | None = None  # built by the first search

    @property
    def _scan(self) -> PassageScan:
        """The folded text, built on the first search: folding loads OpenCC's tables (5 MB
        resident), which a reader who never searches should not pay for."""
        if self._folded_scan is None:
            with self._lock:
                if self._folded_scan is None:
                    folded = (fold(e.passage.text) for e in self._entries.values())
                    self._folded_scan = PassageScan(list(self._entries), folded)
        return self._folded_scan

    # --- index -----------------------------------------------------------------------------

    def open(self, force_rebuild: bool = False) -> None:
        """Open or build the index now (else the first search does, unless
        `scan_while_indexing`). Searches keep running while it is built."""
        from viewer.core.search.index import open_or_build

        if self.scans:
            return  # too large to index: every search ranks by number of matches
        opened = open_or_build(self.document, self._root, force=force_rebuild)
        searcher = opened.index.searcher()
        ids = _docnum_passage_ids(searcher)
        with self._lock:
            self._close_searcher()
            self._opened, self._searcher, self._passage_ids = opened, searcher, ids
            self._notice = opened.notice
        self._address_book()  # now, off the GUI thread: a search then only looks up

    def _address_book(self) -> dict[str, str]:
        if self._addresses is None:
            from viewer.core.document.passage_addresses import addresses_of, structure_of

            self._addresses = addresses_of(structure_of(self.document))
        return self._addresses

    def _address_of(self, passage_id: str) -> str:
        """The passage's article address; a document too large to index is not parsed for its
        structure on a search (60,000 panes: 2 s), so its hits carry none."""
        if self.scans and self._addresses is None:
            return ""
        return self._address_book().get(passage_id, "")

    @property
    def scans(self) -> bool:
        """True for documents too large to index: every search ranks by number of matches."""
        return self._scans

    @property
    def index_built(self) -> bool:
        """True when opening had to (re)build the index rather than reuse the cached one."""
        return bool(self._opened and self._opened.built)

    @property
    def index_ready(self) -> bool:
        return self._searcher is not None

    @property
    def index_location(self) -> Path | None:
        return self._opened.location if self._opened else None

    @property
    def notice(self) -> str | None:
        return self._notice() if self._notice else None

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
        allowed = self._allowed_panes(parsed, pane)
        found = self._scan.matches(parsed, self._allowed_indexes(allowed))
        scores = self._scores(parsed, found) if found else {}
        results.notice = _sentences(parsed.notice, self.notice, self._scan_notice())
        ranked = sorted(found, key=lambda pid: (-scores.get(pid, 0.0), self._order[pid]))
        results.total = len(ranked)
        results.match_count = sum(len(spans) for spans in found.values())
        for pid in found:
            pane_id = self._entries[pid].passage.pane_id
            results.pane_counts[pane_id] = results.pane_counts.get(pane_id, 0) + 1
        shown = ranked if limit is None else ranked[: max(0, limit)]
        results.hits = [self._hit(self._entries[p], scores.get(p, 0.0), found[p]) for p in shown]
        if not found:
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

    def _scan_notice(self) -> str | None:
        if self._searcher is None and self.scan_while_indexing and not self._unusable:
            return translate(
                "Search", "Ranked by number of matches until the search index is ready."
            )
        return None

    def _allowed_indexes(self, allowed: set[str] | None) -> set[int] | None:
        if allowed is None:
            return None
        entries = self._entries.values()
        return {i for i, e in enumerate(entries) if e.passage.pane_id in allowed}

    def _scores(self, parsed: ParsedQuery, found: dict[str, list[Span]]) -> dict[str, float]:
        """passage id -> rank score: from the index when there is one to rank the query by;
        else the number of matches."""
        scores = self._index_scores(parsed)
        if scores is None:
            return {pid: float(len(spans)) for pid, spans in found.items()}
        return scores

    def _index_scores(self, parsed: ParsedQuery) -> dict[str, float] | None:
        """Whoosh scores, opening (or rebuilding once) the index here unless it is being built
        elsewhere; None while it is, when it cannot be used, or for lone characters."""
        if self.scans:
            return None
        for attempt in range(2 if not self._unusable else 0):
            try:
                with self._lock:
                    if self._searcher is None:
                        if self.scan_while_indexing:
                            return None
                        self.open(force_rebuild=attempt > 0)
                    return self._whoosh_scores(parsed)
            except Exception as error:  # damaged index, disk trouble: never reach the user
                log.warning("search failed (attempt %d): %r", attempt + 1, error)
                self._close_searcher()
                self._notice = _rebuilt_notice
        if not self._unusable:
            self._unusable = True  # do not try to rebuild it on every keystroke
            self._notice = _unusable_notice
        return None

    def _whoosh_scores(self, parsed: ParsedQuery) -> dict[str, float] | None:
        from viewer.core.search.query_builder import ranking_query

        searcher = self._searcher
        q = ranking_query(parsed, searcher.doc_frequency, "heading", HEADING_BOOST)
        if q is None:
            return None
        ids = self._passage_ids
        found = searcher.search(q, limit=None, terms=False)
        return {ids[docnum]: score or 0.0 for score, docnum in found.top_n}

    def _hit(self, entry: _Entry, score: float, spans: list[Span]) -> Hit:
        p = entry.passage
        return Hit(
            document=self._path,
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
            address=self._address_of(p.id),
        )

    # --- exact checks for suggestions (the same scan) ----------------------------------------

    def _has_hits(self, parsed: ParsedQuery) -> bool:
        allowed = self._allowed_indexes(self._allowed_panes(parsed, None))
        return bool(self._scan.matches(parsed, allowed))

    def _exists(self, term: Term) -> bool:
        if term.negated:
            return self._has_hits(ParsedQuery(term.text, ((term,),)))
        return self._scan.contains(term)


def _docnum_passage_ids(searcher) -> list[str]:
    """Read once which passage each Whoosh document holds, so ranking a query reads no stored
    fields (reading them for every hit cost a fifth of a keystroke on a large law)."""
    reader = searcher.reader()
    ids = [""] * reader.doc_count_all()
    for docnum, stored in reader.iter_docs():
        ids[docnum] = stored.get("passage_id", "")
    return ids


def _rebuilt_notice() -> str:
    return translate("Search", "The search index was unreadable and has been rebuilt.")


def _unusable_notice() -> str:
    return translate("Search", "The search index cannot be used; results are ranked by matches.")


def _sentences(*parts: str | None) -> str | None:
    return " ".join(p for p in parts if p) or None


def _pane_matches(pane, needle: str) -> bool:
    return needle in drop_invisible(fold(pane.title)) or needle in fold(pane.id)
