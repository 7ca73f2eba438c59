"""One document of a library search's page: its matching passages as search hits, best first,
with exact spans and highlighted snippets (the single-document search's Hit)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.core.library.passages import best_passages, passage_spans
from viewer.core.library.scan import LibraryEntry
from viewer.core.library.texts import DocText
from viewer.core.search.hits import Hit
from viewer.core.search.query_parser import ParsedQuery
from viewer.core.search.snippets import snippet

_HTML_SPECIAL = re.compile("[&<>\"']")


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
    title_match: bool = False  # its title holds the query (title_matches), whatever its text


def document_hits(
    parsed: ParsedQuery,
    counts: dict[int, int],
    doc: DocText,
    entry: LibraryEntry,
    document: str,
    score: float,
    per_document: int,
    look: tuple[int, tuple[str, str]],
) -> DocumentHits:
    """`counts`: matching passage -> matches; `look`: snippet width and highlight marks."""
    return DocumentHits(
        document=document,
        rel_path=entry.rel_path,
        title=entry.title or doc.title,
        category=entry.category,
        date=entry.date,
        hits=len(counts),
        score=round(score, 4),
        passages=[
            _hit(parsed, doc, i, score, document, look)
            for i in best_passages(doc, counts, per_document)
        ],
    )


def _hit(parsed, doc: DocText, index: int, score: float, document: str, look) -> Hit:
    width, mark = look
    start, end = doc.span(index)
    passage = doc.passage(index)
    spans = passage_spans(parsed, doc.folded[start:end])
    escape = _HTML_SPECIAL.search(passage.text) is not None  # else html.escape changes nothing
    return Hit(
        document=document,
        title=doc.title,
        pane_id=passage.pane_id,
        pane_title=doc.pane_title(passage.pane_id),
        # Text stores written before headings were their own section hold the one above.
        heading=passage.text if passage.kind == "heading" else passage.heading,
        passage_id=passage.id,
        order=index,
        text=passage.text,
        snippet=snippet(passage.text, spans, width, *mark, escape=escape),
        spans=tuple(spans),
        score=round(score, 4),
    )
