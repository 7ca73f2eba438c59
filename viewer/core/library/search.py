"""Search a library: documents ranked, each with its hit count and best passages.

    LibrarySearch(LibraryIndex(folder)).search("经营者集中", categories=["经济法"])

The query language, the Whoosh query and the exact matcher are the single-document search's
(query_parser, query_builder, snippets). Whoosh proposes and ranks files (BM25, boosted when
the title holds the words); the exact check against the text store (passages.py) decides which
really match, lazily, in rank order (ranking.py). For a query the index decides alone (one
bigram, word or number; an AND of them) the total is exact without opening any text; else a
page's total may be a lower bound, made exact afterwards by `exact_total` off the critical
path. Hit counts and snippets are computed for the page, in the passages the postings name.

A file whose title holds the query matches whatever its text (title_matches). Before the
index's first commit the stored texts are scanned instead (text_scan.py). A damaged index never
raises: the damage is noted (the next update rebuilds) and the texts are searched if they can.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Collection, Mapping, Sequence

from viewer.core.base.errors import SearchIndexError
from viewer.core.library import messages
from viewer.core.library.docnum_rows import docnum_table
from viewer.core.library.docnum_table import DocnumTable
from viewer.core.library.hits import document_hits
from viewer.core.library.index import LibraryIndex
from viewer.core.library.messages import Message
from viewer.core.library.packed_entries import PackedCatalogue
from viewer.core.library.packed_file import manifest_stamp
from viewer.core.library.query_ranking import IndexRanker
from viewer.core.library.ranking import Ranking
from viewer.core.library.results import LibraryResults
from viewer.core.library.scan import LibraryEntry, count_documents, filtered
from viewer.core.library.text_scan import TextScan, scan_ranking
from viewer.core.library.texts import TextCache
from viewer.core.library.title_boost import TITLE_BOOST
from viewer.core.library.title_matches import TitleIndex
from viewer.core.library.titles import FoldedTitles
from viewer.core.search.query_parser import ParsedQuery, parse_query
from viewer.core.search.snippets import DEFAULT_WIDTH
from viewer.core.text.folding import fold

# BM25's B (Whoosh's default 0.75): one Whoosh document is a whole file, and file lengths
# range over 100×; a main law is long *because* it covers its subject. With 0.75 a short local
# regulation whose title holds the word outranked the national law on 1 of 40 subject queries
# (30 written beyond library_queries.tsv), none with 0.5 (ranks summed: 25 -> 12).
LENGTH_NORMALISATION = 0.5
K1 = 1.2  # Whoosh's default
CACHED_QUERIES = 32  # rankings kept for paging and repeated queries
log = logging.getLogger(__name__)


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
        self._entries = PackedCatalogue()  # the index's catalogue, shared (or the listed files)
        self._docnums: Mapping[str, int] = {}  # rel_path -> docnum
        self._table: DocnumTable | None = None  # both ways, from the catalogue's rows
        self._paths: Sequence[str | None] = []  # docnum -> rel_path (None: a deleted document)
        self._texts = TextCache(index.texts)
        self._scan = TextScan(index.texts.path)  # until the index's first commit
        self._text = self._texts.get  # where documents' texts come from now
        self._library_size, self._scanning = 0, False  # files in the folder, counted at open
        self._catalog: Collection[LibraryEntry] | None = None
        self._titles: dict[str, str] = {}  # rel_path -> folded title
        self._rankings: OrderedDict[tuple, Ranking] = OrderedDict()

    def open(self) -> None:
        """Open the index (texts are read per document when a search needs them)."""
        with self._lock:
            if self._generation == self.index.generation and self._still_current():
                return
            self.close()
            listed = self._catalog
            size = len(listed) if listed is not None else count_documents(self.index.root)
            self._library_size = size
            self._entries = self.index.catalogue()  # its stamp: the manifest it was read from
            ix = self.index.open_whoosh() if self._entries else None
            if ix is None:  # nothing committed yet: scan the texts
                self._open_scan()
                return
            from whoosh import scoring

            from viewer.core.library.scoring import FieldStats
            from viewer.core.search.query_builder import TEXT_FIELD

            self._searcher = ix.searcher(weighting=scoring.BM25F(B=LENGTH_NORMALISATION, K1=K1))
            self._stats = FieldStats(self._searcher, TEXT_FIELD, LENGTH_NORMALISATION, K1)
            index, reader = self.index, self._searcher.reader()
            catalogue = self._entries
            table = docnum_table(
                index.dir, index.whoosh_dir, reader, catalogue.values(), catalogue.stamp
            )
            self._docnums, self._paths, self._table = table.docnums, table.paths, table
            self._text, self._scanning = self._texts.get, False
            self._titles = {}  # the scan's: the index's are by docnum
            # docnum -> folded title ("" if none): a single word's title test is then C-level
            docnum_titles = FoldedTitles(table.title)
            self._ranker = IndexRanker(self._searcher, self._stats, self._paths, self._docnums)
            self._ranker.docnum_titles, self._ranker.text = docnum_titles, self._text
            rows = self._entries.values()
            self._ranker.title_index = TitleIndex.of_rows(rows, table.docnum_of_row)
            self._rankings.clear()
            self._texts.invalidate()  # texts are read again as results need them
            self._generation = self.index.generation

    def _still_current(self) -> bool:
        """Nothing was committed since this searcher (or scan) opened, by any process. The file
        list is saved just after each commit: a searcher opened in between reopens for it."""
        if self._searcher is not None:
            stamp = manifest_stamp(self.index.manifest_path)
            return self._searcher.up_to_date() and stamp == self._entries.stamp
        return self._scanning and not self.index.manifest_path.exists()

    def set_catalog(self, entries: Collection[LibraryEntry]) -> None:
        """The folder's files as the caller listed them (kept, not copied), so a search before
        the first commit need not read 3,000 file heads again (~1 s)."""
        self._catalog = entries

    def _open_scan(self) -> None:
        # titles, folders and dates from the files' heads
        catalog = self._catalog if self._catalog is not None else self.index.entries()
        self._table = None  # no index yet: the filters read the listed entries
        self._entries = PackedCatalogue(catalog)
        self._library_size = len(catalog)
        self._titles = {p: fold(e.title) for p, e in self._entries.items() if e.title}
        self._text = lambda path: self._scan.docs().get(path)
        self._rankings.clear()
        self._scanning = True
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
        exclude: frozenset[str] | None = None,
    ) -> LibraryResults:
        """Files matching `query`, best first; `categories`: folders (with their subfolders);
        dates are inclusive YYYY-MM-DD bounds (files without a date are left out by either);
        `exclude`: relative paths to leave out (superseded versions)."""
        started = time.perf_counter()
        parsed = parse_query(query)
        results = LibraryResults(query, parsed, notice=parsed.notice)
        if parsed.is_empty:
            return results
        page = (categories, date_from, date_to, limit, offset, passages_per_document, exclude)
        with self._lock:
            try:
                self.open()
                self._fill(results, *page)
            except SearchIndexError:
                raise
            except Exception as error:  # noqa: BLE001 - damage must not reach the reader
                self._on_damage(results, error, page)
        results.total = sum(d.hits for d in results.documents)
        results.elapsed_ms = (time.perf_counter() - started) * 1000
        return results

    def _fill(
        self, results, categories, date_from, date_to, limit, offset, per_document, exclude
    ) -> None:
        ranking, results.searched_documents = self._page_ranking(
            results.parsed, categories, date_from, date_to, exclude
        )
        results.library_documents = max(self._library_size, results.searched_documents)
        if date_from or date_to:
            results.undated_left_out = self._undated(categories, exclude)
        page = ranking.page(offset, limit)
        results.total_documents = ranking.total
        results.total_exact = ranking.total_exact
        results.total_documents_max = ranking.total_max
        results.documents = [
            document_hits(
                results.parsed,  # every word typed is highlighted, a named law's name too
                ranking.counts(path),
                self._text(path),
                self._entries.get(path) or LibraryEntry(path, 0, 0),
                str(self.index.root / path),
                score,
                per_document,
                (self._width, self._mark),
            )
            for path, score in page
        ]
        for doc in results.documents:
            doc.title_match = doc.rel_path in ranking.titled

    def _page_ranking(self, parsed, categories, date_from, date_to, exclude):
        """The query's Ranking, and how many files it covers."""
        if self._searcher is None:
            docs, excluded = self._scan.docs(), exclude or frozenset()
            allowed = self._filtered(categories, date_from, date_to, excluded)
            return scan_ranking(parsed, docs, self._titles, allowed, TITLE_BOOST), len(docs)
        ranking = self._ranking(parsed, categories, date_from, date_to, exclude)
        return ranking, len(self._entries)

    def exact_total(
        self,
        query: str,
        categories: list[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        exclude: frozenset[str] | None = None,
        cancel=None,
    ) -> int | None:
        """The exact number of files matching a search whose page gave a lower bound: the rest
        of its candidates checked a step at a time (a newer search waits one step at most),
        their texts read past the cache. None if `cancel` (an Event) is set or the index
        changed meanwhile (the search is then run again anyway)."""
        parsed = parse_query(query)
        if parsed.is_empty:
            return 0
        with self._lock:
            self.open()
            generation = self._generation
            ranking, _ = self._page_ranking(parsed, categories, date_from, date_to, exclude)
        while cancel is None or not cancel.is_set():
            with self._lock:
                if self._generation != generation:
                    return None
                if ranking.refine():
                    return ranking.total
        return None

    def _on_damage(self, results: LibraryResults, error: Exception, page) -> None:
        """Note the damage for the next update, then search the stored texts if they can
        still be read."""
        log.warning("library search failed, index marked damaged: %r", error)
        self.index.mark_damaged(messages.search_unreadable(type(error).__name__))
        self.close()
        self._generation = -1
        results.damaged = True
        results.notice = Message(messages.damaged_scanning)
        try:
            self._open_scan()
            self._fill(results, *page)
        except Exception as scan_error:  # noqa: BLE001 - the texts are damaged too
            log.warning("library text scan failed too: %r", scan_error)
            results.documents = []  # nor counts from the index whose texts failed
            results.total_documents = results.total_documents_max = 0
            results.notice = Message(messages.damaged_wait)

    def stored_text(self, rel_path: str):
        """A listed document's stored passages (texts.DocText), None if not stored."""
        return self._text(rel_path)

    def clear_cache(self) -> None:
        """Forget the rankings of earlier queries (benchmarks time queries cold with this)."""
        with self._lock:
            self._rankings.clear()

    def _ranking(self, parsed: ParsedQuery, categories, date_from, date_to, exclude) -> Ranking:
        exclude = frozenset(exclude or ())  # a ranking is kept for paging and refining
        key = (parsed, tuple(categories or ()), date_from or "", date_to or "", exclude)
        ranking = self._rankings.get(key)
        if ranking is None:
            allowed = self._allowed(categories, date_from, date_to, exclude)
            ranking = self._ranker.rank(parsed, allowed)
            self._rankings[key] = ranking
            while len(self._rankings) > CACHED_QUERIES:
                self._rankings.popitem(last=False)
        else:
            self._rankings.move_to_end(key)
        return ranking

    def _filtered(self, categories, date_from, date_to, exclude) -> set[str] | None:
        """scan.filtered over the catalogue's columns (no entry made per file)."""
        rows = self._entries.values().filter_fields()
        return filtered(rows, categories, date_from, date_to, exclude)

    def _undated(self, categories, exclude) -> int:
        """Files a date bound leaves out for having no date, within the other filters."""
        paths = self._filtered(categories, None, None, frozenset(exclude or ()))
        entries = self._entries
        candidates = entries if paths is None else paths
        return sum(1 for p in candidates if not entries[p].date and not entries[p].error)

    def _allowed(self, categories, date_from, date_to, exclude=frozenset()) -> set[int] | None:
        docnums = self._docnums
        if exclude and not (categories or date_from or date_to) and self._table is not None:
            # superseded versions left out (the default): every document but those, without
            # a path for each of the others
            left_out = {n for n in map(docnums.get, exclude) if n is not None}
            return self._table.live_docnums() - left_out
        paths = self._filtered(categories, date_from, date_to, exclude)
        if paths is None:
            return None
        return {n for n in map(docnums.get, paths) if n is not None}
