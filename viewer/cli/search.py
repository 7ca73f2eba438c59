"""`python -m viewer search`: search a document from the command line (for scripts and tests).

    python -m viewer search [--document FILE | --library DIR [--current] [--from DATE] [--to DATE]]
                            [--pane PANE] [--limit N] [--json]
                            QUERY [QUERY ...]

Each QUERY argument is one query (quote it to search several words together). --json prints one
JSON object per query per line; otherwise a readable listing with matches in [brackets].
Exit status: 0 (also when nothing matches), 2 for a bad document or usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator

from viewer.cli.help_format import command_parser
from viewer.core.base.errors import ViewerError
from viewer.core.i18n.catalogue import translate

EXIT_OK = 0
EXIT_USAGE = 2
DEFAULT_LIMIT = 20

# A target turns (query, limit, pane) into viewer.core.search.hits.SearchResults.
SearchFunction = Callable[[str, int, "str | None"], object]


def build_parser() -> argparse.ArgumentParser:
    about = translate("Search", "Search a document or a library from the command line.")
    parser = command_parser("briefing-viewer search", about)
    target = parser.add_mutually_exclusive_group()
    target.add_argument(
        "--document",
        metavar="FILE",
        help=translate("Search", "Markdown document (default: briefing.md)"),
    )
    target.add_argument(
        "--library",
        metavar="DIR",
        help=translate(
            "Search",
            "folder of documents (indexed on first use, into the data folder: --data-dir "
            "before the command, or BRIEFING_VIEWER_DATA_DIR)",
        ),
    )
    parser.add_argument(
        "--pane", help=translate("Search", "only this pane (id or part of its title)")
    )
    parser.add_argument(
        "--limit",
        type=positive_count,
        default=DEFAULT_LIMIT,
        help=translate("Search", "hits shown per query (with --library: documents)"),
    )
    parser.add_argument(
        "--current",
        action="store_true",
        help=translate(
            "Search", "with --library: leave out versions that a later one in the folder replaced"
        ),
    )
    after = translate(
        "Search", "with --library: only documents dated on or after DATE (2019, 2019-3, 2019-03-05)"
    )
    before = translate("Search", "with --library: only documents dated on or before DATE")
    parser.add_argument(
        "--from", dest="date_from", metavar="DATE", type=_date_type(upper=False), help=after
    )
    parser.add_argument(
        "--to", dest="date_to", metavar="DATE", type=_date_type(upper=True), help=before
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("Search", "one JSON object per query per line"),
    )
    query_help = translate("Search", "one query each (quote several words to search them together)")
    parser.add_argument("queries", nargs="+", metavar="QUERY", help=query_help)
    return parser


_SHIELD = "\u200b"  # hides a leading "-" from argparse; taken off again after parsing


def _negations_as_queries(argv: list[str]) -> list[str]:
    """`-网络安全法` is a query (without that word), not an unknown option: no option of ours
    starts with a character beyond ASCII."""
    return [_SHIELD + a if a[:1] == "-" and not a[1:2].isascii() else a for a in argv]


def _date_type(upper: bool):
    """argparse type of --from / --to: the bound the window's date boxes make of the same text."""
    from viewer.core.library.date_bounds import date_bound

    def bound(text: str) -> str:
        value = date_bound(text, upper)
        if value is None:
            message = translate("Search", "{value} is not a date: give 2019, 2019-3 or 2019-03-05")
            raise argparse.ArgumentTypeError(message.format(value=text))
        return value

    return bound


def positive_count(text: str) -> int:
    """argparse type of --limit: 1 or more (an ArgumentTypeError is argparse's usage error)."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            translate("Search", "{value} is not a number of hits: give 1 or more").format(
                value=text
            )
        )
    return number


def run_search(argv: list[str]) -> int:
    args = build_parser().parse_args(_negations_as_queries(argv))
    args.queries = [q.removeprefix(_SHIELD) for q in args.queries]
    if not all(q.strip() for q in args.queries):
        message = translate("Search", "an empty query: give the words to search for")
        print(_error_line(message), file=sys.stderr)
        return EXIT_USAGE
    _utf8_output()
    _warn_file_like_queries(args)
    if args.library:
        return _run_library(args)
    try:
        search = _document_target(args.document)
    except ViewerError as error:
        print(_error_line(error), file=sys.stderr)
        return EXIT_USAGE
    pane = None
    for query in args.queries:
        if args.pane:
            query = f"{query} pane:{_quoted(args.pane)}"
        results = search(query, max(0, args.limit), pane)
        try:
            print(_as_json(results) if args.json else "\n".join(_as_text(results)), flush=True)
        except BrokenPipeError:  # `| head`: the reader has seen enough
            sys.stdout = None
            return EXIT_OK
    return EXIT_OK


_DOCUMENT_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".docx", ".pdf")


def _warn_file_like_queries(args) -> None:
    """`search 补课 notes.md` searches the default document for "notes.md" too: say so, since
    the reader almost certainly meant --document."""
    if args.document or args.library:
        return
    for query in args.queries:
        if query.lower().endswith(_DOCUMENT_SUFFIXES) or "/" in query:
            hint = translate(
                "Search", "“{query}” is searched as words; to search that file, use --document FILE"
            )
            print(hint.format(query=query), file=sys.stderr)


def _error_line(error) -> str:
    return translate("Search", "briefing-viewer: error: {error}").format(error=error)


def _document_target(path: str | None) -> SearchFunction:
    from viewer.core.base.paths import default_document
    from viewer.core.document.markdown_model import load_document
    from viewer.core.search.engine import DocumentSearch

    searcher = DocumentSearch(load_document(path or default_document()))
    return lambda query, limit, pane: searcher.search(query, limit=limit, pane=pane)


def _run_library(args) -> int:
    """Library results are grouped by document, so they have their own printers."""
    from viewer.cli.library import open_library_search, results_json, results_text, search_exact

    try:
        search = open_library_search(args.library)
    except ViewerError as error:
        print(_error_line(error), file=sys.stderr)
        return EXIT_USAGE
    if args.date_from and args.date_to and args.date_from > args.date_to:
        message = translate("Search", "--from {low} is after --to {high}: nothing can match")
        print(_error_line(message.format(low=args.date_from, high=args.date_to)), file=sys.stderr)
        return EXIT_USAGE
    exclude = _superseded(args.library) if args.current else None
    for query in args.queries:
        if args.pane:
            query = f"{query} pane:{_quoted(args.pane)}"
        dates = {"date_from": args.date_from, "date_to": args.date_to}
        results = search_exact(search, query, max(0, args.limit), exclude=exclude, **dates)
        if args.json:
            _add_addresses(search, results)
        try:
            print(results_json(results) if args.json else results_text(results), flush=True)
        except BrokenPipeError:
            sys.stdout = None
            return EXIT_OK
    return EXIT_OK


def _superseded(folder: str) -> frozenset[str]:
    """The files a later version in the folder replaced, as the window's "Current versions
    only" leaves out."""
    from viewer.core.versions.families import superseded_paths, version_families

    return superseded_paths(version_families(folder))


def _add_addresses(search, results) -> None:
    """Each listed passage's article address (第二章 › 第十五条), for the JSON."""
    from dataclasses import replace

    from viewer.core.document.passage_addresses import library_addresses

    found = library_addresses(search, results.documents)
    for doc in results.documents:
        doc.passages = [
            replace(hit, address=found.get((doc.rel_path, hit.passage_id), ""))
            for hit in doc.passages
        ]


def _quoted(text: str) -> str:
    return f'"{text}"' if any(c.isspace() for c in text) else text


def _as_json(results) -> str:
    from viewer.core.search.hit_json import hit_to_dict

    return json.dumps(
        {
            "query": results.query,
            "total": results.total,
            "match_count": results.match_count,
            "pane_counts": results.pane_counts,
            "suggestion": results.suggestion,
            "notice": results.notice,
            "hits": [hit_to_dict(hit) for hit in results.hits],
        },
        ensure_ascii=False,
    )


def _as_text(results) -> Iterator[str]:
    from viewer.core.search.snippets import snippet

    if results.notice:
        yield translate("Search", "note: {notice}").format(notice=results.notice)
    if not results.total:
        if results.suggestion:
            line = translate("Search", "{query}: no matches; did you mean: {suggestion}")
        else:
            line = translate("Search", "{query}: no matches")
        yield line.format(query=results.query, suggestion=results.suggestion)
        return
    total, match_count = results.total, results.match_count  # lupdate needs names here
    passages = translate("Search", "%Ln passage(s)", None, total)
    matches = translate("Search", "%Ln match(es)", None, match_count)
    line = translate("Search", "{query}: {passages}, {matches}")
    yield line.format(query=results.query, passages=passages, matches=matches)
    for rank, hit in enumerate(results.hits, 1):
        where = " > ".join(x for x in (hit.pane_title, hit.heading) if x)
        yield f"{rank:3}. {where}  [{hit.passage_id}]"
        yield "     " + snippet(hit.text, list(hit.spans), 120, "[", "]", False)


def _utf8_output() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
