"""`python -m viewer bookmarks ...`: add, list, export and import bookmarks from scripts.

    bookmarks add    [--document FILE] --quote TEXT [--note TEXT] [--tag TAG ...] [--color NAME]
    bookmarks list   [--document FILE] [--json]
    bookmarks export [--document FILE | --all] --format md|json [--output PATH]
    bookmarks import PATH

--document defaults to briefing.md. Errors are one line on stderr with exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from viewer.cli.help_format import CommandHelp, command_parser
from viewer.core.base.atomic_file import check_new_output, write_text_atomic
from viewer.core.base.errors import ViewerError
from viewer.core.base.paths import default_document
from viewer.core.base.write_errors import write_failure
from viewer.core.bookmarks.import_file import import_json, read_import_file
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.bookmarks.model import (
    COLORS,
    DEFAULT_COLOR,
    ResolvedBookmark,
    status_name,
    summarize,
)
from viewer.core.bookmarks.transfer import to_json, to_markdown
from viewer.core.document.markdown_model import load_document
from viewer.core.i18n.catalogue import translate

EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    about = translate("BookmarksCli", "Add, list, export and import bookmarks.")
    carry = translate(
        "BookmarksCli",
        "To carry bookmarks to a new version of a document, see: bookmarks carry --help",
    )
    parser = command_parser("briefing-viewer bookmarks", about, carry)
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, about: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=about, description=about, formatter_class=CommandHelp)

    doc_help = translate("BookmarksCli", "the document (default: briefing.md)")
    every = translate("BookmarksCli", "every bookmark, in every document")

    # run by `bookmarks carry` (viewer.cli.carry): named here so the list of commands is whole
    command("carry", translate("BookmarksCli", "carry bookmarks to a new version of a document"))
    add = command(
        "add", translate("BookmarksCli", "bookmark a quote from a document; prints it as JSON")
    )
    add.add_argument("--document", type=Path, help=doc_help)
    quote_help = translate("BookmarksCli", "text that occurs in the document")
    add.add_argument("--quote", required=True, help=quote_help)
    add.add_argument("--note", default="", help=translate("BookmarksCli", "a note of your own"))
    tag_help = translate("BookmarksCli", "tags for the bookmark")
    add.add_argument(
        "--tag", dest="tags", action="extend", nargs="+", default=[], metavar="TAG", help=tag_help
    )
    color_help = translate("BookmarksCli", "one of {colors}").format(colors=", ".join(COLORS))
    add.add_argument("--color", default=DEFAULT_COLOR, help=color_help)

    list_help = translate("BookmarksCli", "list bookmarks with where they are now")
    listing = command("list", list_help)
    listing.add_argument("--document", type=Path, help=doc_help)
    listing.add_argument("--all", action="store_true", help=every)
    listing.add_argument(
        "--json", action="store_true", help=translate("BookmarksCli", "print JSON")
    )

    export_help = translate("BookmarksCli", "export as a Markdown memo or as JSON")
    export = command("export", export_help)
    export.add_argument("--document", type=Path, help=doc_help)
    export.add_argument("--all", action="store_true", help=every)
    format_help = translate("BookmarksCli", "md: a Markdown memo; json: for import")
    export.add_argument("--format", choices=("md", "json"), required=True, help=format_help)
    output_help = translate("BookmarksCli", "write here instead of standard output")
    export.add_argument("-o", "--output", type=Path, help=output_help)

    import_help = translate("BookmarksCli", "import a JSON export (no duplicates)")
    imp = command("import", import_help)
    imp.add_argument("path", type=Path, help=translate("BookmarksCli", "the JSON file"))
    return parser


def run_bookmarks(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    library = None
    try:
        library = BookmarkLibrary()
        if library.notice:
            note = translate("BookmarksCli", "note: {notice}").format(notice=library.notice)
            print(note, file=sys.stderr)
        return _COMMANDS[args.command](library, args)
    except ViewerError as error:
        return _error(str(error))
    except OSError as error:
        return _error(write_failure(error, getattr(args, "output", None) or error.filename or ""))
    finally:
        if library is not None:
            library.close()


def _add(library: BookmarkLibrary, args) -> int:
    if args.color not in COLORS:
        message = translate("BookmarksCli", "unknown colour {color}; use one of {colors}.")
        return _error(message.format(color=repr(args.color), colors=", ".join(COLORS)))
    document = load_document(args.document or default_document())
    bookmark = library.add_quote(
        document, args.quote, note=args.note, tags=args.tags, color=args.color
    )
    resolved = library.resolve_one(bookmark.id, document)
    print(json.dumps(_summary(resolved), ensure_ascii=False, indent=2))
    return 0


def _resolved(library: BookmarkLibrary, args) -> tuple[list[ResolvedBookmark], object]:
    pairs, document = _with_documents(library, args)
    return [r for r, _ in pairs], document


def _with_documents(library: BookmarkLibrary, args) -> tuple[list[tuple], object]:
    """(resolved bookmark, the document it was resolved against or None) pairs."""
    if args.all or (args.command == "list" and args.document is None):
        # Without --document, list shows every bookmark, each against its own current file.
        return library.everything(), None
    document = load_document(args.document or default_document())
    return [(r, document) for r in library.for_document(document)], document


def _list(library: BookmarkLibrary, args) -> int:
    from viewer.core.document.passage_addresses import bookmark_address, with_address

    pairs, _ = _with_documents(library, args)
    addressed = [(r, bookmark_address(r, document)) for r, document in pairs]
    resolved = [r for r, _ in pairs]
    if args.json:
        rows = [_summary(r) | {"address": address} for r, address in addressed]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r, address in addressed:
        where = with_address(" › ".join(p for p in (r.pane_title, r.heading) if p), address)
        quote = " ".join(r.bookmark.quote.split())
        quote = quote if len(quote) <= 60 else quote[:59] + "…"
        tags = " ".join(f"#{t}" for t in r.bookmark.tags)
        print(f"{status_name(r.status)}  {r.score:.2f}  {r.bookmark.id}  {where}")
        print(
            f"    “{quote}”"
            + (f"  — {r.bookmark.note}" if r.bookmark.note else "")
            + (f"  {tags}" if tags else "")
        )
        if r.bookmark.path_unverified:
            print("    " + translate("BookmarksCli", "(imported: open its document to locate it)"))
    print(summarize(resolved))
    return 0


def _export(library: BookmarkLibrary, args) -> int:
    if args.output:
        check_new_output(args.output, (getattr(args, "document", None),))
    resolved, document = _resolved(library, args)
    text = to_json(resolved) if args.format == "json" else to_markdown(resolved, document)
    if args.output:
        write_text_atomic(args.output, text)
        count = len(resolved)
        done = translate("BookmarksCli", "Exported %n bookmark(s) to {path}.", None, count)
        print(done.format(path=args.output), file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _import(library: BookmarkLibrary, args) -> int:
    added, present = import_json(library.store, read_import_file(args.path))
    done = translate("BookmarksCli", "Imported %n bookmark(s)", None, added)
    present_text = translate("BookmarksCli", "(%n already present).", None, present)
    print(f"{done} {present_text}")
    return 0


def _error(message: str) -> int:
    line = translate("BookmarksCli", "briefing-viewer: error: {message}")
    print(line.format(message=message), file=sys.stderr)
    return EXIT_ERROR


def _summary(r: ResolvedBookmark) -> dict:
    data = {
        "id": r.bookmark.id,
        "quote": r.bookmark.quote,
        "note": r.bookmark.note,
        "tags": list(r.bookmark.tags),
        "color": r.bookmark.color,
        "pane": r.pane_id,
        "pane_title": r.pane_title,
        "heading": r.heading,
        "status": r.status,
        "score": r.score,
        "start": r.resolution.start,
        "end": r.resolution.end,
        "document": r.bookmark.document_path,
    }
    return data


_COMMANDS = {"add": _add, "list": _list, "export": _export, "import": _import}
