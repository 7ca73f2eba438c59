"""Search a library: documents ranked, each with its hit count and best passages.

    search = LibrarySearch(LibraryIndex(folder))
    results = search.search("经营者集中", categories=["经济法"], date_from="2020-01-01")

The query language, the Whoosh query and the exact matcher are the single-document search's
(query_parser, query_builder, snippets): Whoosh proposes and ranks files, then each candidate
file's passages are checked exactly in the text store (library_texts), so a quoted phrase
returns exactly the files that contain it and hit counts equal what Ctrl+F finds. Passages are
only located and snippets only cut for the page of documents shown.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field

from viewer.core.folding import fold
from viewer.core.library import LibraryEntry
from viewer.core.library_index import LibraryIndex
from viewer.core.library_texts import DocText, TextCache
from viewer.core.query_parser import ParsedQuery, parse_query
from viewer.core.search import Hit
from viewer.core.snippets import DEFAULT_WIDTH, match_spans, snippet, term_in, text_matches

TITLE_BOOST = 1.0  # a file whose title holds every word of the query ranks like 2× the score
HIT_WEIGHT = 0.15  # per log-unit of matching passages: many hits beat one lucky short file


@dataclass
class DocumentHits:
    document: str  # absolute path
    rel_path: str
    title: str
    category: str
    date: str
    hits: int  # matching passages in the file
    score: float
    passages: list[Hit] = field(default_factory=list)  # best first


@dataclass
class LibraryResults:
    query: str
    parsed: ParsedQuery
    documents: list[DocumentHits] = field(default_factory=list)  # the requested page
    total_documents: int = 0  # matching files, all pages
    total: int = 0  # matching passages in the files shown
    notice: str | None = None
    elapsed_ms: float = 0.0

    @property
    def hits(self) -> list[Hit]:
        return [hit for doc in self.documents for hit in doc.passages]


class LibrarySearch:
    """Searches one LibraryIndex; reopens its reader after each update. Thread-safe."""

    def __init__(
        self,
        index: LibraryIndex,
        snippet_width: int = DEFAULT_WIDTH,
        mark: tuple[str, str] = ("<mark>", "</mark>"),
    ) -> None:
        self.index = index
        self._width, self._mark = snippet_width, mark
        self._lock = threading.RLock()
        self._generation = -1
        self._searcher = None
        self._entries: dict[str, LibraryEntry] = {}
        self._docnums: dict[str, int] = {}
        self._paths: dict[int, str] = {}
        self._texts = TextCache(index.texts)

    def open(self) -> None:
        """Open the index and load the texts now (else the first search does it, ~0.5 s)."""
        with self._lock:
            if self._searcher is not None and self._generation == self.index.generation:
                return
            self.close()
            ix = self.index.open_whoosh()
            if ix is None:
                return
            self._searcher = ix.searcher()
            self._docnums = {f["path"]: n for n, f in self._searcher.reader().iter_docs()}
            self._paths = {n: path for path, n in self._docnums.items()}
            self._entries = self.index.manifest()
            self._texts.invalidate()
            self._texts.docs()
            self._generation = self.index.generation

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = None

    def categories(self) -> list[str]:
        self.open()
        return sorted({e.category for e in self._entries.values() if not e.error})

    def search(
        self,
        query: str,
        categories: list[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 20,
        offset: int = 0,
        passages_per_document: int = 3,
    ) -> LibraryResults:
        """Files matching `query`, best first; `categories`: folders (with their subfolders);
        dates are inclusive YYYY-MM-DD bounds (files without a date are left out by either)."""
        started = time.perf_counter()
        parsed = parse_query(query)
        results = LibraryResults(query, parsed)
        with self._lock:
            self.open()
            if parsed.is_empty or self._searcher is None:
                return results
            allowed = self._allowed(categories, date_from, date_to)
            ranked = self._ranked(parsed, allowed)
        matched = []
        for path, score in ranked:
            doc = self._texts.get(path)
            if doc is not None and (matching := self._matching_passages(parsed, doc)):
                matched.append((self._final_score(parsed, doc, matching, score), doc, matching))
        matched.sort(key=lambda item: -item[0])
        results.total_documents = len(matched)
        results.documents = [
            self._document_hits(parsed, doc, matching, score, passages_per_document)
            for score, doc, matching in matched[offset : offset + max(0, limit)]
        ]
        results.total = sum(d.hits for d in results.documents)
        results.elapsed_ms = (time.perf_counter() - started) * 1000
        return results

    def _allowed(self, categories, date_from, date_to) -> set[int] | None:
        if not categories and not date_from and not date_to:
            return None
        wanted = [c.strip("/") for c in categories or []]
        allowed = set()
        for path, docnum in self._docnums.items():
            entry = self._entries.get(path)
            if entry is None:
                continue
            if wanted and not any(_in_category(entry.category, c) for c in wanted):
                continue
            if (date_from or date_to) and not entry.date:
                continue
            if date_from and entry.date < date_from or date_to and entry.date > date_to:
                continue
            allowed.add(docnum)
        return allowed

    def _ranked(self, parsed: ParsedQuery, allowed: set[int] | None) -> list[tuple[str, float]]:
        from viewer.core.query_builder import build_query

        found = self._searcher.search(build_query(parsed), limit=None, terms=False, filter=allowed)
        return [(hit["path"], hit.score or 0.0) for hit in found]

    def _matching_passages(self, parsed: ParsedQuery, doc: DocText) -> list[int]:
        """Indexes of the passages that match exactly. The whole file is checked first with a
        stop-at-first-match search per word, so most non-matching files cost one regex scan."""
        positive = parsed.positive_terms
        if not all(term_in(t, doc.folded) for t in positive if _required(parsed, t)):
            return []
        candidates = set()
        for span in match_spans(parsed.with_clauses([[t] for t in positive]), doc.folded):
            candidates.add(doc.passage_at(span[0]))
        out = []
        for index in sorted(candidates):
            start, end = doc.span(index)
            if text_matches(parsed, doc.folded[start:end]) and self._pane_ok(parsed, doc, index):
                out.append(index)
        return out

    def _pane_ok(self, parsed: ParsedQuery, doc: DocText, index: int) -> bool:
        if not parsed.panes and not parsed.excluded_panes:
            return True
        pane_id = doc.info["meta"][index][1]
        names = fold(doc.pane_title(pane_id)) + "\n" + fold(pane_id)
        if parsed.panes and not any(n in names for n in parsed.panes):
            return False
        return not any(n in names for n in parsed.excluded_panes)

    def _final_score(self, parsed, doc: DocText, matching: list[int], score: float) -> float:
        entry = self._entries.get(doc.rel_path)
        title = fold(entry.title if entry is not None else doc.title)
        positive = parsed.positive_terms
        in_title = sum(term_in(t, title) for t in positive) / max(1, len(positive))
        return score * (1 + TITLE_BOOST * in_title) * (1 + HIT_WEIGHT * math.log1p(len(matching)))

    def _document_hits(self, parsed, doc: DocText, matching, score: float, per_document: int):
        entry = self._entries.get(doc.rel_path) or LibraryEntry(doc.rel_path, 0, 0)
        best = sorted(matching, key=lambda i: _passage_rank(parsed, doc, i))[:per_document]
        return DocumentHits(
            document=str(self.index.root / doc.rel_path),
            rel_path=doc.rel_path,
            title=entry.title or doc.title,
            category=entry.category,
            date=entry.date,
            hits=len(matching),
            score=round(score, 4),
            passages=[self._hit(parsed, doc, i, score) for i in best],
        )

    def _hit(self, parsed, doc: DocText, index: int, score: float) -> Hit:
        start, end = doc.span(index)
        passage = doc.passage(index)
        spans = match_spans(parsed, doc.folded[start:end])
        return Hit(
            document=str(self.index.root / doc.rel_path),
            title=doc.title,
            pane_id=passage.pane_id,
            pane_title=doc.pane_title(passage.pane_id),
            heading=passage.heading,
            passage_id=passage.id,
            order=index,
            text=passage.text,
            snippet=snippet(passage.text, spans, self._width, *self._mark),
            spans=tuple(spans),
            score=round(score, 4),
        )


def _required(parsed: ParsedQuery, term) -> bool:
    """A positive term alone in its clause must occur in every matching file."""
    return any(clause == (term,) for clause in parsed.clauses)


def _passage_rank(parsed: ParsedQuery, doc: DocText, index: int):
    start, end = doc.span(index)
    matches = len(match_spans(parsed, doc.folded[start:end]))
    # more matches first, then denser (shorter) passages, then reading order
    return (-matches, (end - start) // 50, index)


def _in_category(category: str, wanted: str) -> bool:
    return category == wanted or category.startswith(wanted + "/") or not wanted
