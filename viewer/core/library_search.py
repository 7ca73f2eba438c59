"""Search a library: documents ranked, each with its hit count and best passages.

    search = LibrarySearch(LibraryIndex(folder))
    results = search.search("经营者集中", categories=["经济法"], date_from="2020-01-01")

The query language, the Whoosh query and the exact matcher are the single-document search's
(query_parser, query_builder, snippets). Whoosh proposes and ranks files (its score, boosted when
the title holds the words); the exact check against the text store (library_passages) then
decides which files really match, lazily, in rank order, as far as the page asked for
(library_ranking). For a query the index decides alone (one clause of CJK words or phrases,
single words or numbers: the common case) the total is exact without opening any text. Hit
counts and snippets are computed for the documents shown only.
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import itemgetter

from viewer.core.folding import fold
from viewer.core.library import LibraryEntry
from viewer.core.library_index import LibraryIndex
from viewer.core.library_passages import best_passages, is_literal, passage_spans
from viewer.core.library_ranking import Ranking, candidate_query, scores
from viewer.core.library_texts import DocText, TextCache
from viewer.core.query_parser import ParsedQuery, parse_query
from viewer.core.search import Hit
from viewer.core.snippets import DEFAULT_WIDTH, snippet, term_in

TITLE_BOOST = 1.0  # a file whose title holds every word of the query ranks like 2× the score
# BM25's B (Whoosh's default 0.75): one Whoosh document is a whole file, and file lengths
# range over 100×; a main law is long *because* it covers its subject. With 0.75 a short local
# regulation whose title holds the word outranked the national law on 1 of 40 subject queries
# (30 written beyond library_queries.tsv), none with 0.5 (ranks summed: 25 -> 12).
LENGTH_NORMALISATION = 0.5
K1 = 1.2  # Whoosh's default
_holds = str.__contains__  # _holds(title, word): word in title
_HTML_SPECIAL = re.compile("[&<>\"']")
CACHED_QUERIES = 32  # rankings kept for paging and repeated queries


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
    total_documents: int = 0  # matching files, all pages (at least this many if not exact)
    total: int = 0  # matching passages in the files shown
    notice: str | None = None
    elapsed_ms: float = 0.0
    # False when only part of the index's candidates were checked against the texts (a query
    # the index cannot decide, with many candidates): then total_documents counts the files
    # found so far and total_documents_max bounds the rest.
    total_exact: bool = True
    total_documents_max: int = 0

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
        self._titles: dict[str, str] = {}  # rel_path -> folded title
        self._rankings: OrderedDict[tuple, Ranking] = OrderedDict()

    def open(self) -> None:
        """Open the index and load the texts now (else the first search does it, ~0.5 s)."""
        with self._lock:
            if self._searcher is not None and self._generation == self.index.generation:
                return
            self.close()
            ix = self.index.open_whoosh()
            if ix is None:
                return
            from whoosh import scoring

            from viewer.core.library_scoring import FieldStats
            from viewer.core.query_builder import TEXT_FIELD

            self._searcher = ix.searcher(weighting=scoring.BM25F(B=LENGTH_NORMALISATION, K1=K1))
            self._stats = FieldStats(self._searcher, TEXT_FIELD, LENGTH_NORMALISATION, K1)
            self._docnums = {f["path"]: n for n, f in self._searcher.reader().iter_docs()}
            self._paths = {n: path for path, n in self._docnums.items()}
            self._entries = self.index.manifest()
            self._titles = {p: fold(e.title) for p, e in self._entries.items() if e.title}
            # docnum -> folded title ("" if none): a single word's title test is then C-level
            self._docnum_titles = [""] * (max(self._paths, default=-1) + 1)
            for docnum, path in self._paths.items():
                self._docnum_titles[docnum] = self._titles.get(path, "")
            self._rankings.clear()
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
        exclude: frozenset[str] | None = None,
    ) -> LibraryResults:
        """Files matching `query`, best first; `categories`: folders (with their subfolders);
        dates are inclusive YYYY-MM-DD bounds (files without a date are left out by either);
        `exclude`: relative paths to leave out (superseded versions)."""
        started = time.perf_counter()
        parsed = parse_query(query)
        results = LibraryResults(query, parsed)
        with self._lock:
            self.open()
            if parsed.is_empty or self._searcher is None:
                return results
            ranking = self._ranking(parsed, categories, date_from, date_to, exclude)
            page = ranking.page(offset, limit)
            results.total_documents = ranking.total
            results.total_exact = ranking.total_exact
            results.total_documents_max = ranking.total_max
            results.documents = [
                self._document_hits(parsed, ranking, path, score, passages_per_document)
                for path, score in page
            ]
        results.total = sum(d.hits for d in results.documents)
        results.elapsed_ms = (time.perf_counter() - started) * 1000
        return results

    def clear_cache(self) -> None:
        """Forget the rankings of earlier queries (benchmarks time queries cold with this)."""
        with self._lock:
            self._rankings.clear()

    def _ranking(self, parsed: ParsedQuery, categories, date_from, date_to, exclude) -> Ranking:
        exclude = frozenset(exclude or ())
        key = (parsed, tuple(categories or ()), date_from or "", date_to or "", exclude)
        ranking = self._rankings.get(key)
        if ranking is None:
            allowed = self._allowed(categories, date_from, date_to, exclude)
            ranked, titled = self._ranked(parsed, allowed)
            ranking = Ranking(parsed, ranked, self._texts.get, titled)
            self._rankings[key] = ranking
            while len(self._rankings) > CACHED_QUERIES:
                self._rankings.popitem(last=False)
        else:
            self._rankings.move_to_end(key)
        return ranking

    def _allowed(self, categories, date_from, date_to, exclude=frozenset()) -> set[int] | None:
        if not categories and not date_from and not date_to and not exclude:
            return None
        wanted = [c.strip("/") for c in categories or []]
        allowed = set()
        for path, docnum in self._docnums.items():
            entry = self._entries.get(path)
            if entry is None or path in exclude:
                continue
            if wanted and not any(_in_category(entry.category, c) for c in wanted):
                continue
            if (date_from or date_to) and not entry.date:
                continue
            if date_from and entry.date < date_from or date_to and entry.date > date_to:
                continue
            allowed.add(docnum)
        return allowed

    def _ranked(self, parsed: ParsedQuery, allowed: set[int] | None):
        """Every file the index proposes, as (rel_path, score) best first: the Whoosh score,
        × (1 + TITLE_BOOST × the share of the query's words found in the title); and the set
        of those files whose title holds a word of the query."""
        from viewer.core.query_builder import TEXT_FIELD, build_query

        reader = self._searcher.reader()
        query = candidate_query(parsed, lambda text: reader.doc_frequency(TEXT_FIELD, text))
        found = scores(query, self._stats, allowed) if query is not None else None
        if found is None:  # library_ranking checks what the index can't decide
            query = query or build_query(parsed, positional=False)
            hits = self._searcher.search(query, limit=None, terms=False, filter=allowed)
            found = {docnum: score or 0.0 for score, docnum in hits.top_n}
        positive = parsed.positive_terms
        boost = TITLE_BOOST / max(1, len(positive))
        literal = [t.folded for t in positive if is_literal(t)]  # `in` is ~20x a regex search
        patterned = [t for t in positive if not is_literal(t)]
        single = literal[0] if len(positive) == 1 and literal else None
        paths, titles, titled = self._paths, self._titles, set()
        if single is not None:
            by_docnum = map(self._docnum_titles.__getitem__, found)
            for docnum in compress(list(found), map(_holds, by_docnum, repeat(single))):
                found[docnum] *= 1 + boost
                titled.add(paths[docnum])
        out = list(zip(map(paths.__getitem__, found), found.values(), strict=False))
        if single is None:
            for n, (path, score) in enumerate(out):
                title = titles.get(path)
                if not title:
                    continue
                share = sum(w in title for w in literal) + sum(term_in(t, title) for t in patterned)
                if share:
                    out[n] = (path, score * (1 + boost * share))
                    titled.add(path)
        out.sort(key=itemgetter(1), reverse=True)  # stable, as key=-score
        return out, titled

    def _document_hits(self, parsed, ranking: Ranking, path: str, score: float, per_document):
        doc = self._texts.get(path)
        counts = ranking.counts(path)
        entry = self._entries.get(path) or LibraryEntry(path, 0, 0)
        document = str(self.index.root / path)
        return DocumentHits(
            document=document,
            rel_path=path,
            title=entry.title or doc.title,
            category=entry.category,
            date=entry.date,
            hits=len(counts),
            score=round(score, 4),
            passages=[
                self._hit(parsed, doc, i, score, document)
                for i in best_passages(doc, counts, per_document)
            ],
        )

    def _hit(self, parsed, doc: DocText, index: int, score: float, document: str) -> Hit:
        start, end = doc.span(index)
        passage = doc.passage(index)
        spans = passage_spans(parsed, doc.folded[start:end])
        escape = _HTML_SPECIAL.search(passage.text) is not None  # else html.escape changes nothing
        return Hit(
            document=document,
            title=doc.title,
            pane_id=passage.pane_id,
            pane_title=doc.pane_title(passage.pane_id),
            heading=passage.heading,
            passage_id=passage.id,
            order=index,
            text=passage.text,
            snippet=snippet(passage.text, spans, self._width, *self._mark, escape=escape),
            spans=tuple(spans),
            score=round(score, 4),
        )


def _in_category(category: str, wanted: str) -> bool:
    return category == wanted or category.startswith(wanted + "/") or not wanted
