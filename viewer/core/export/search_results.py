"""Library search results as CSV or Markdown: every matching document, not only the shown page.

Uses LibrarySearch's public `search(query, ..., limit, offset)` page by page until nothing is
left, so the file lists what paging through the panel to the end would show. One row per hit
passage (up to PASSAGES per document), with the document's hit count on each row.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from html import unescape

from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate
from viewer.core.i18n.context import Context

PAGE = 100
PASSAGES = 3
COLUMNS = (
    QT_TRANSLATE_NOOP("Export", "Document"),
    QT_TRANSLATE_NOOP("Export", "Path"),
    QT_TRANSLATE_NOOP("Export", "Version date"),
    QT_TRANSLATE_NOOP("Export", "Article"),
    QT_TRANSLATE_NOOP("Export", "Hits"),
    QT_TRANSLATE_NOOP("Export", "Excerpt"),
)

Export = Context("Export")
_TAGS = re.compile(r"<[^>]+>")
_ARTICLE = re.compile(r"^第[〇零一二三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)?")


@dataclass(frozen=True)
class ResultRow:
    title: str
    path: str  # relative to the library folder: never the reader's own folder layout
    date: str
    address: str
    hits: int
    snippet: str


def all_result_rows(search, query: str, filters: dict | None = None) -> list[ResultRow]:
    return [row for doc in all_documents(search, query, filters) for row in _rows(doc)]


def _rows(doc) -> list[ResultRow]:
    passages = doc.passages or [None]
    return [
        ResultRow(
            doc.title,
            doc.rel_path,
            doc.date,
            _address(hit) if hit else "",
            doc.hits,
            _plain(hit.snippet) if hit else "",
        )
        for hit in passages
    ]


def _address(hit) -> str:
    """第X条 when the passage opens an article, else the heading it sits under."""
    match = _ARTICLE.match(hit.text.strip())
    return match.group(0) if match else " ".join(hit.heading.split())


def _plain(snippet: str) -> str:
    return " ".join(unescape(_TAGS.sub("", snippet)).split())


def to_csv(rows: list[ResultRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(column_names())
    for row in rows:
        writer.writerow([_safe_cell(v) for v in _values(row)])
    return "\ufeff" + out.getvalue()  # a BOM: Excel reads the Chinese as UTF-8


def to_markdown(rows: list[ResultRow], query: str) -> str:
    documents = len({row.path for row in rows})
    title = translate("Export", "Library search: {query}").format(query=_cell(query))
    summary = translate("Export", "{documents}, {excerpts}").format(
        documents=Export.tr("%n document(s)", None, documents),
        excerpts=Export.tr("%n hit excerpt(s)", None, len(rows)),
    )
    lines = [f"# {title}", "", summary, ""]
    lines += ["| " + " | ".join(column_names()) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(_cell(str(v)) for v in _values(row)) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def column_names() -> list[str]:
    """The header row, in the interface language (spreadsheets are read by people)."""
    return [translate("Export", name) for name in COLUMNS]


def _values(row: ResultRow) -> tuple:
    return (row.title, row.path, row.date, row.address, row.hits, row.snippet)


def _cell(text: str) -> str:
    return re.sub(r"([\\|*_`<>\[\]])", r"\\\1", " ".join(text.split()))


def _safe_cell(value):
    """A text cell a spreadsheet would run as a formula (=, +, -, @) is quoted with '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def all_documents(search, query: str, filters: dict | None = None) -> list:
    """Every matching DocumentHits (up to PASSAGES hit passages each), all pages."""
    documents, offset = [], 0
    while True:
        page = search.search(
            query, limit=PAGE, offset=offset, passages_per_document=PASSAGES, **(filters or {})
        )
        documents += page.documents
        offset += len(page.documents)
        if not page.documents or not page.has_more:
            return documents
