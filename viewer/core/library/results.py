"""What a library search returns: a page of documents with their best passages, the totals
(exact, or bounded while only part of the candidates were checked), how much of the folder was
covered, and any notice; later pages extend it."""

from __future__ import annotations

from dataclasses import dataclass, field

from viewer.core.library.hits import DocumentHits
from viewer.core.search.hits import Hit
from viewer.core.search.query_parser import ParsedQuery


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
    # how many of the folder's files this search covered: fewer while a first index runs
    searched_documents: int = 0
    library_documents: int = 0
    damaged: bool = False  # the index could not be read (the next update rebuilds it)
    # files a date bound left out because they carry no date (the reader is told, not misled)
    undated_left_out: int = 0

    @property
    def partial(self) -> bool:
        return self.searched_documents < self.library_documents

    @property
    def hits(self) -> list[Hit]:
        return [hit for doc in self.documents for hit in doc.passages]

    @property
    def has_more(self) -> bool:
        """More documents may match than are held: the next page starts at len(documents)."""
        bound = self.total_documents if self.total_exact else self.total_documents_max
        return len(self.documents) < bound

    def set_exact_total(self, total: int) -> None:
        """The exact count worked out after this page (LibrarySearch.exact_total)."""
        self.total_documents = self.total_documents_max = total
        self.total_exact = True

    def extend(self, page: LibraryResults) -> None:
        """Append the next page (the same search with offset=len(documents)); its totals are
        the newer, as the ranking checked more candidates to fill it, unless this one's
        were already worked out exactly."""
        held = {d.rel_path for d in self.documents}
        self.documents += [d for d in page.documents if d.rel_path not in held]
        if page.total_exact or not self.total_exact:
            self.total_documents = page.total_documents
            self.total_exact = page.total_exact
            self.total_documents_max = page.total_documents_max
        self.total = sum(d.hits for d in self.documents)
        self.elapsed_ms = page.elapsed_ms
