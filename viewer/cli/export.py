"""`python -m viewer export` and `python -m viewer memo`: a document or an excerpt memo as a file.

    export --document FILE --format pdf|docx|html|md [--pane PANE ...] -o OUT [--json]
    memo   [--document FILE | --all] [--tag TAG ...] --format docx|pdf|md|html -o OUT
           [--group-by document|tag|color] [--no-notes] [--style official|gbt7714] [--json]

The file is built in memory and written to a temporary file that is then renamed, so a failed
export (unwritable folder, full disk, unknown pane) leaves nothing behind; it is reported as one
line on stderr with exit code 2; so is a memo no bookmark matches (no file). With --json, what
was written is one JSON object on stdout: `output`, `format`, `bytes`, and `panes` (export) or
`excerpts` and `documents` (memo). PDF is drawn by Qt (loaded only for PDF, offscreen if no
display).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from viewer.cli.help_format import command_parser
from viewer.core.base.atomic_file import check_new_output
from viewer.core.base.errors import ViewerError
from viewer.core.base.write_errors import write_failure
from viewer.core.export.memo import GROUPS, STYLES, MemoOptions
from viewer.core.export.writers import FORMATS
from viewer.core.i18n.catalogue import translate
from viewer.core.i18n.context import Context

ExportCommand = Context("ExportCommand")

EXIT_ERROR = 2


def export_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "briefing-viewer export",
        translate("ExportCommand", "Export a document (or some panes) to a file."),
    )
    parser.add_argument(
        "--document",
        type=Path,
        help=translate("ExportCommand", "the document (default: briefing.md)"),
    )
    _format(parser)
    parser.add_argument(
        "--pane",
        dest="panes",
        action="extend",
        nargs="+",
        default=[],
        metavar="PANE",
        help=translate(
            "ExportCommand", "only these panes (number from 1, or title), in this order"
        ),
    )
    _output(parser)
    return parser


def _format(parser: argparse.ArgumentParser) -> None:
    format_help = translate("ExportCommand", "file format: PDF, Word (docx), HTML or Markdown (md)")
    parser.add_argument("--format", choices=FORMATS, required=True, help=format_help)


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help=translate("ExportCommand", "the file to write"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("ExportCommand", "say what was written as JSON on stdout"),
    )


def memo_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "briefing-viewer memo", translate("ExportCommand", "An excerpt memo of bookmarks.")
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--document", type=Path, help=translate("ExportCommand", "bookmarks of this document")
    )
    which.add_argument(
        "--all",
        action="store_true",
        help=translate("ExportCommand", "bookmarks of every document (default)"),
    )
    parser.add_argument(
        "--tag",
        dest="tags",
        action="extend",
        nargs="+",
        default=[],
        metavar="TAG",
        help=translate("ExportCommand", "only bookmarks with one of these tags"),
    )
    _format(parser)
    group_help = translate("ExportCommand", "group the excerpts by document, tag or colour")
    parser.add_argument("--group-by", choices=GROUPS, default="document", help=group_help)
    parser.add_argument(
        "--no-notes", action="store_true", help=translate("ExportCommand", "leave the notes out")
    )
    parser.add_argument(
        "--style",
        choices=STYLES,
        default="official",
        help=translate("ExportCommand", "citation style"),
    )
    parser.add_argument(
        "--title",
        default="",
        help=translate("ExportCommand", "the memo's title (default: Excerpt Memo)"),
    )
    _output(parser)
    return parser


def run_export(argv: list[str]) -> int:
    args = export_parser().parse_args(argv)
    return _guarded(lambda: _export(args), args.output)


def run_memo(argv: list[str]) -> int:
    args = memo_parser().parse_args(argv)
    return _guarded(lambda: _memo(args), args.output)


def _export(args) -> int:
    from viewer.core.base.paths import default_document
    from viewer.core.document.markdown_model import load_document
    from viewer.core.export.briefing import briefing_export

    source = args.document or default_document()
    check_new_output(args.output, (source,))
    document = load_document(source)
    doc = briefing_export(document, args.panes)
    written = _write(doc, args.format, args.output)
    message = ExportCommand.tr("Exported %n pane(s) to {output}.", None, len(doc.sections))
    print(message.format(output=args.output), file=sys.stderr)
    panes = [section.heading for section in doc.sections]
    _report(args, written, panes=panes)
    return 0


def _memo(args) -> int:
    from viewer.core.bookmarks.library import BookmarkLibrary
    from viewer.core.document.markdown_model import load_document
    from viewer.core.export.memo import build_memo

    check_new_output(args.output, (args.document,))
    with BookmarkLibrary() as library:
        if args.document:
            document = load_document(args.document)
            items = [(r, document) for r in library.for_document(document)]
        else:
            items = library.everything()
    if args.tags:
        wanted = set(args.tags)
        items = [(r, d) for r, d in items if wanted & set(r.bookmark.tags)]
    if not items:  # an empty memo is not what was asked for: say so, write nothing
        return _fail(translate("ExportCommand", "no bookmark matches: nothing was written"))
    options = MemoOptions(args.group_by, not args.no_notes, args.style, args.title)
    memo = build_memo(items, options)
    written = _write(memo, args.format, args.output)
    message = ExportCommand.tr("Wrote a memo of %n excerpt(s) to {output}.", None, len(items))
    print(message.format(output=args.output), file=sys.stderr)
    # the memo's own list of sources: the count its subtitle gives ("9 excerpts from 3 …")
    _report(args, written, excerpts=len(items), documents=len(memo.sources))
    return 0


def _report(args, written: int, **what) -> None:
    if args.json:
        found = {"output": str(args.output), "format": args.format, "bytes": written, **what}
        print(json.dumps(found, ensure_ascii=False))


def _write(doc, fmt: str, output: Path) -> int:
    """Write `doc` as `fmt` to `output`; the bytes written."""
    from viewer.core.base.atomic_file import check_writable_target
    from viewer.core.export.writers import save

    check_writable_target(output)  # before the work: a folder or FIFO is refused at once
    if fmt == "pdf":
        from viewer.ui.export.pdf import ensure_gui_application, export_bytes

        ensure_gui_application()
        data = export_bytes(doc, fmt)
    else:
        from viewer.core.export.writers import render

        data = render(doc, fmt)
    save(output, data)
    return len(data)


def _guarded(work, output: Path) -> int:
    try:
        return work()
    except ViewerError as error:
        return _fail(str(error))
    except OSError as error:  # named by the path given, not the temporary file's, in our words
        return _fail(write_failure(error, output))


def _fail(message: str) -> int:
    line = translate("ExportCommand", "briefing-viewer: error: {message}")
    print(line.format(message=" ".join(message.split())), file=sys.stderr)
    return EXIT_ERROR
