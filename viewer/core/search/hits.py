"""What a document search returns: hits (a passage with its matches and snippet) and the
results of one query (counts per pane, a suggestion, a notice)."""

from __future__ import annotations

from dataclasses import dataclass, field

from viewer.core.search.query_parser import ParsedQuery
from viewer.core.search.snippets import Span


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
