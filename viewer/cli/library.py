"""The library branch of `python -m viewer search --library DIR`: index on first use, then search.

Plain functions returning strings, so viewer/cli/search.py only has to call them.
"""

from __future__ import annotations

import json
import sys
import threading

from viewer.core.base.settings import load_settings
from viewer.core.i18n.catalogue import translate
from viewer.core.library import messages
from viewer.core.library.index import LibraryIndex
from viewer.core.library.results import LibraryResults
from viewer.core.library.search import LibrarySearch
from viewer.core.search.hit_json import hit_to_dict
from viewer.core.search.snippets import snippet
from viewer.core.text.file_names import display_name, json_safe


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
            print(_indexing_line(folder, done, total, eta), file=stderr, flush=True)

    if index.notice:
        print(index.notice, file=stderr)
    report = index.update(
        progress=progress,
        cancel=threading.Event(),
        phase=_phase_printer(stderr),
    )
    if report.rebuilt:
        print(report.rebuilt, file=stderr)
    for entry in report.skipped + report.failed:
        line = translate("Library", "skipped {path}: {reason}")
        print(line.format(path=entry.display_path, reason=entry.error), file=stderr)
    for rel_path in report.lost:
        line = translate("Library", "not indexed this time, the next search retries it: {path}")
        print(line.format(path=rel_path), file=stderr)
    search = LibrarySearch(index)
    if not report.cancelled:  # every file found is in the file list now: no second walk
        search.set_catalog(index.catalogue().values())
    search.open()
    return search


def _indexing_line(folder: str, done: int, total: int, eta: float | None) -> str:
    if eta is None:
        line = translate("Library", "indexing {folder}: {done}/{total}")
    else:
        line = translate("Library", "indexing {folder}: {done}/{total}, about {eta} s left")
    return line.format(folder=folder, done=done, total=total, eta=f"{eta or 0:.0f}")


def _phase_printer(stderr):
    """Lines for the slow steps only: the wait for another window, and the writing of a big
    update's batches (seconds each, with no count moving); a small update's one commit is
    quick and stays silent."""
    batches = [False]

    def phase(message: str) -> None:
        render = getattr(message, "render", None)
        batches[0] = batches[0] or render is messages.writing_batch
        if render in (messages.waiting, messages.writing_batch) or (
            render is messages.writing and batches[0]
        ):
            print(f"{message}…", file=stderr, flush=True)

    return phase


def search_exact(search: LibrarySearch, query: str, limit: int, **filters) -> LibraryResults:
    """A page of results whose total is exact: a script wants the number, so the candidates
    the page left unchecked are checked before it prints (the window shows "N+" at once)."""
    results = search.search(query, limit=limit, **filters)
    if not results.total_exact:
        total = search.exact_total(query, **filters)
        if total is not None:
            results.set_exact_total(total)
    return results


def results_json(results: LibraryResults) -> str:
    """Paths keep undecodable name bytes as \\udcXX escapes (valid JSON, the exact name)."""
    text = json.dumps(
        {
            "query": results.query,
            "total": results.total,  # the hits in the documents on this page
            "total_documents": results.total_documents,
            # false: total_documents is a lower bound, total_documents_max an upper one
            "total_exact": results.total_exact,
            "total_documents_max": results.total_documents_max,
            "notice": results.notice,  # e.g. an oversized query was shortened
            "undated_left_out": results.undated_left_out,  # no date, so outside a date bound
            "hits": [hit_to_dict(hit) for hit in results.hits],
            "documents": [
                {
                    "document": doc.document,
                    "title": doc.title,
                    "category": doc.category,
                    "date": doc.date,
                    "hits": doc.hits,
                    "title_match": doc.title_match,
                }
                for doc in results.documents
            ],
        },
        ensure_ascii=False,
    )
    return json_safe(text)


def results_text(results: LibraryResults) -> str:
    lines = []
    if results.notice:
        lines.append(translate("Library", "note: {notice}").format(notice=results.notice))
    if results.undated_left_out:
        lines.append(undated_note(results.undated_left_out))
    if not results.documents:
        return "\n".join(
            [*lines, translate("Library", "{query}: no matches").format(query=results.query)]
        )
    total = results.total_documents  # a name: lupdate skips a count given as an expression
    if results.total_exact:
        count = translate("Library", "{query}: %Ln document(s)", None, total)
    else:
        count = translate("Library", "{query}: at least %Ln document(s)", None, total)
    lines.append(count.format(query=results.query))
    for rank, doc in enumerate(results.documents, 1):
        # The date first: versions of one law share a title (and often a file name stem).
        hits = doc.hits
        row = translate("Library", "{rank}. {title}  ({date}, {path}, %Ln hit(s))", None, hits)
        if doc.title_match and not hits:
            row = translate("Library", "{rank}. {title}  ({date}, {path}, title match)")
        date = doc.date or translate("Library", "no date")
        where = display_name(doc.rel_path)
        lines.append(row.format(rank=f"{rank:3}", title=doc.title, date=date, path=where))
        for hit in doc.passages:
            lines.append("     " + snippet(hit.text, list(hit.spans), 120, "[", "]", False))
    if results.has_more:
        lines.append("     … " + _more_line(results))
    return "\n".join(lines)


def undated_note(undated: int) -> str:
    return translate(
        "Library", "note: %Ln document(s) without a date are outside any date bound", None, undated
    )


def _more_line(results: LibraryResults) -> str:
    limit = results.total_documents_max
    if not results.total_exact:
        return translate("Library", "more: --limit {limit} lists them all").format(limit=limit)
    rest = results.total_documents - len(results.documents)
    more = translate("Library", "%Ln more document(s): --limit {limit} lists them all", None, rest)
    return more.format(limit=limit)
