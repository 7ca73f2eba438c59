"""An excerpt memo of library search hits: each hit passage quoted with its official citation.

The hits come from LibrarySearch (paged to the end, as search_results does); each matching
document is loaded once to find the article its passage belongs to. Grouped by document and
pane, in rank order; there are no notes, tags or colours to group by.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from viewer.core.base.errors import DocumentError
from viewer.core.export.memo import Citer, MemoOptions, memo_summary
from viewer.core.export.model import Excerpt, ExportDoc, Section
from viewer.core.i18n import language
from viewer.core.i18n.catalogue import translate


def hit_memo(
    results_documents,
    load: Callable[[Path], object],
    options: MemoOptions | None = None,
    query: str = "",
) -> ExportDoc:
    """`results_documents`: DocumentHits (path, title, passages); `load`: path -> Document.
    Its labels are in `options.language` (as build_memo's)."""
    options = options or MemoOptions()
    with language.speaking(options.language):
        memo = _hit_memo(results_documents, load, options, query)
    memo.language = options.language
    return memo


def _hit_memo(results_documents, load, options: MemoOptions, query: str) -> ExportDoc:
    citer = Citer(options.style)
    title = translate("Export", "Excerpt Memo: library search “{query}”").format(query=query)
    memo = ExportDoc(title=options.title or title)
    count = 0
    for doc_hits in results_documents:
        try:
            document = load(Path(doc_hits.document))
        except DocumentError:
            continue  # deleted or changed beyond reading since it was indexed: nothing to cite
        memo.sections.append(Section(document.title, 1))
        memo.sources.append(citer.source(None, document))
        panes: dict[str, Section] = {}
        for hit in sorted(doc_hits.passages, key=lambda h: h.order):
            section = panes.get(hit.pane_id)
            if section is None:
                section = panes[hit.pane_id] = Section(hit.pane_title or document.title, 2)
                memo.sections.append(section)
            citation = citer.cite_passage(document, hit.passage_id)
            section.excerpts.append(Excerpt(" ".join(hit.text.split()), citation))
            count += 1
    memo.subtitle = memo_summary(count, len(memo.sources))
    return memo
