"""Citations for copying a bookmark into a memo, in the usual Chinese form:

    “……”——《标题》，互联网+金融 › 小标题。来源：…，2015。

The quote goes in Chinese double quotes; double quotes inside it become single quotes (“”→‘’),
as Chinese style nests them. Parts the document does not have are left out, not shown empty.
"""

from __future__ import annotations

from viewer.core.articles.citation_forms import origin_sentence
from viewer.core.bookmarks.model import ResolvedBookmark
from viewer.core.document.model import Document

SEPARATOR = " › "


def format_citation(
    quote: str,
    title: str,
    *,
    pane: str = "",
    heading: str = "",
    source: str = "",
    date: str = "",
) -> str:
    quote = " ".join(quote.split())  # selections across paragraphs become one line
    quote = quote.replace("“", "‘").replace("”", "’")
    title = title.strip().removeprefix("《").removesuffix("》")
    where = [part for part in (pane.strip(), heading.strip()) if part]
    if len(where) == 2 and where[0].split() == where[1].split():
        where.pop()
    text = f"“{quote}”——《{title}》"
    if where:
        text += "，" + SEPARATOR.join(where)
    return text + "。" + origin_sentence(source, date)


def cite(resolved: ResolvedBookmark, document: Document | None = None) -> str:
    """Citation for a bookmark, with title and metadata from the open document if given."""
    bookmark = resolved.bookmark
    metadata = document.metadata if document else {}
    official = _article_citation(resolved, document)
    if official:  # a law: 《…》（2019年修正）第十五条 instead of pane › heading
        return _quoted_official(resolved.resolution.text or bookmark.quote, official)
    return format_citation(
        # The current text if the quote changed a little (fuzzy): cite what the document says.
        resolved.resolution.text or bookmark.quote,
        document.title if document else bookmark.document_title,
        pane=resolved.pane_title,
        heading=resolved.heading,
        source=metadata.get("source", ""),
        date=metadata.get("date", ""),
    )


def cite_passage(document: Document, pane_id: str, quote: str, start: int) -> str:
    """Citation of `quote`, found at `start` of the pane's text: a law's official form
    (《…》（2013年11月22日）第七条) where the document has articles, else
    《title》，pane › heading."""
    from viewer.core.articles.citation_forms import official_citation_at
    from viewer.core.bookmarks.anchoring import heading_at

    official = official_citation_at(document, pane_id, start, start + len(quote))
    if official:
        return _quoted_official(quote, official)
    pane = document.pane(pane_id)
    return format_citation(
        quote,
        document.title,
        pane=pane.title if pane else "",
        heading=heading_at(document, pane_id, start),
        source=document.metadata.get("source", ""),
        date=document.metadata.get("date", ""),
    )


def _quoted_official(quote: str, official: str) -> str:
    quote = " ".join(quote.split())
    return f"“{quote.replace('“', '‘').replace('”', '’')}”——{official}。"


def _article_citation(resolved: ResolvedBookmark, document: Document | None) -> str:
    if document is None or not resolved.resolution.found:
        return ""
    from viewer.core.articles.citation_forms import official_citation_at

    resolution = resolved.resolution
    return official_citation_at(document, resolved.pane_id, resolution.start, resolution.end)
