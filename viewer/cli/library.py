"""The library branch of `python -m viewer search --library DIR`: index on first use, then search.

Plain functions returning strings, so viewer/cli/search.py only has to call them.
"""

from __future__ import annotations

import json
import sys
import threading

from viewer.core.base.settings import load_settings
from viewer.core.library.index import WAITING, LibraryIndex
from viewer.core.library.results import LibraryResults
from viewer.core.library.search import LibrarySearch
from viewer.core.search.hit_json import hit_to_dict
from viewer.core.search.snippets import snippet
from viewer.core.text.file_names import display_name, json_safe
from viewer.core.text.plurals import count_noun


def open_library_search(folder: str, stderr=None) -> LibrarySearch:
    """Open `folder`'s index, bringing it up to date first (progress on stderr)."""
    stderr = stderr or sys.stderr
    # the app's setting too: both keep one index per folder, and must agree on what is in it
    index = LibraryIndex(folder, follow_links=load_settings().library_follow_links)
    last = [-1]

    def progress(done: int, total: int, eta: float | None) -> None:
        step = max(1, total // 20)
        if done == total or done - last[0] >= step:
            last[0] = done
            left = f", about {eta:.0f} s left" if eta is not None else ""
            print(f"indexing {folder}: {done}/{total}{left}", file=stderr, flush=True)

    if index.notice:
        print(index.notice, file=stderr)
    report = index.update(
        progress=progress,
        cancel=threading.Event(),
        phase=lambda message: message == WAITING and print(f"{message}…", file=stderr),
    )
    if report.rebuilt:
        print(report.rebuilt, file=stderr)
    for entry in report.skipped + report.failed:
        print(f"skipped {entry.display_path}: {entry.error}", file=stderr)
    search = LibrarySearch(index)
    if not report.cancelled:  # every file found is in the file list now: no second walk
        search.set_catalog(list(index.manifest().values()))
    search.open()
    return search


def results_json(results: LibraryResults) -> str:
    """Paths keep undecodable name bytes as \\udcXX escapes (valid JSON, the exact name)."""
    text = json.dumps(
        {
            "query": results.query,
            "total": results.total,
            "total_documents": results.total_documents,
            # false: total_documents is a lower bound, total_documents_max an upper one
            "total_exact": results.total_exact,
            "total_documents_max": results.total_documents_max,
            "notice": results.notice,  # e.g. an oversized query was shortened
            "hits": [hit_to_dict(hit) for hit in results.hits],
            "documents": [
                {
                    "document": doc.document,
                    "title": doc.title,
                    "category": doc.category,
                    "date": doc.date,
                    "hits": doc.hits,
                }
                for doc in results.documents
            ],
        },
        ensure_ascii=False,
    )
    return json_safe(text)


def results_text(results: LibraryResults) -> str:
    lines = [f"note: {results.notice}"] if results.notice else []
    if not results.documents:
        return "\n".join([*lines, f"{results.query}: no matches"])
    about = "" if results.total_exact else "at least "
    lines.append(f"{results.query}: {about}{count_noun(results.total_documents, 'document')}")
    for rank, doc in enumerate(results.documents, 1):
        # The date first: versions of one law share a title (and often a file name stem).
        hits = count_noun(doc.hits, "hit")
        where = display_name(doc.rel_path)
        lines.append(f"{rank:3}. {doc.title}  ({doc.date or 'no date'}, {where}, {hits})")
        for hit in doc.passages:
            lines.append("     " + snippet(hit.text, list(hit.spans), 120, "[", "]", False))
    if results.has_more:
        rest = results.total_documents - len(results.documents)
        more = count_noun(rest, "more document") if results.total_exact else "more"
        lines.append(f"     … {more}: --limit {results.total_documents_max} lists them all")
    return "\n".join(lines)
