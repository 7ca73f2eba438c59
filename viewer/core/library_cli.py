"""The library branch of `python -m viewer search --library DIR`: index on first use, then search.

Plain functions returning strings, so viewer/cli_search.py only has to call them.
"""

from __future__ import annotations

import json
import sys
import threading

from viewer.core.hit_json import hit_to_dict
from viewer.core.library_index import WAITING, LibraryIndex
from viewer.core.library_search import LibraryResults, LibrarySearch
from viewer.core.snippets import snippet


def open_library_search(folder: str, stderr=None) -> LibrarySearch:
    """Open `folder`'s index, bringing it up to date first (progress on stderr)."""
    stderr = stderr or sys.stderr
    index = LibraryIndex(folder)
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
    for entry in report.failed:
        print(f"skipped {entry.rel_path}: {entry.error}", file=stderr)
    search = LibrarySearch(index)
    search.open()
    return search


def results_json(results: LibraryResults) -> str:
    return json.dumps(
        {
            "query": results.query,
            "total": results.total,
            "total_documents": results.total_documents,
            # false: total_documents is a lower bound, total_documents_max an upper one
            "total_exact": results.total_exact,
            "total_documents_max": results.total_documents_max,
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


def results_text(results: LibraryResults) -> str:
    if not results.documents:
        return f"{results.query}: no matches"
    about = "" if results.total_exact else "at least "
    lines = [f"{results.query}: {about}{results.total_documents} documents"]
    for rank, doc in enumerate(results.documents, 1):
        lines.append(f"{rank:3}. {doc.title}  ({doc.rel_path}, {doc.hits} hits)")
        for hit in doc.passages:
            lines.append("     " + snippet(hit.text, list(hit.spans), 120, "[", "]", False))
    return "\n".join(lines)
