"""`python -m viewer convert FILE [-o OUT.md] [--json]`: a web page, Word or PDF file as Markdown.

The Markdown is what the app reads for that file (front matter with title, issuer, document
number and dates; panes; official numbering as text). Without -o it goes to standard output;
with -o one line says where it went.
Exit status 0, or 2 with one line on stderr for a file that cannot be converted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from viewer.cli.help_format import command_parser
from viewer.core.base.errors import DocumentError, ViewerError
from viewer.core.i18n.catalogue import translate
from viewer.core.i18n.context import Context

EXIT_USAGE = 2
ConvertCommand = Context("ConvertCommand")


def build_parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "briefing-viewer convert",
        translate("ConvertCommand", "A web page, Word or PDF file as Markdown."),
    )
    parser.add_argument(
        "file", metavar="FILE", help=translate("ConvertCommand", ".html/.htm, .docx or .pdf file")
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT.md",
        help=translate("ConvertCommand", "write the Markdown here"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("ConvertCommand", "print JSON: path, title, output, chars"),
    )
    return parser


def run_convert(argv: list[str]) -> int:
    from viewer.core.base.atomic_file import check_new_output, write_text_atomic
    from viewer.core.document.front_matter import split_front_matter
    from viewer.core.formats.cache import convert_file

    args = build_parser().parse_args(argv)
    path = Path(args.file)
    try:
        if not path.is_file():
            raise DocumentError(
                translate("ConvertCommand", "File not found: {path}").format(path=path)
            )
        if args.output:
            check_new_output(Path(args.output), (path,))
        markdown = convert_file(path)
        if args.output:
            write_text_atomic(Path(args.output), markdown)
    except (ViewerError, OSError) as error:
        message = error
        if not isinstance(error, ViewerError):
            message = translate("ConvertCommand", "cannot write {output}: {reason}").format(
                output=args.output, reason=error
            )
        line = translate("ConvertCommand", "briefing-viewer: error: {message}")
        print(line.format(message=message), file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        title = split_front_matter(markdown).values.get("title", "")
        record = {"path": str(path), "title": title, "output": args.output, "chars": len(markdown)}
        print(json.dumps(record, ensure_ascii=False))
    elif args.output:  # the Markdown went to the file: say where, and what it is
        split = split_front_matter(markdown)
        title = split.values.get("title", "") or path.name
        chars = len(markdown)
        done = ConvertCommand.tr("Wrote {output}: {title}, %Ln character(s).", None, chars)
        print(done.format(output=args.output, title=title))
        if not split.body.strip():
            empty = translate("ConvertCommand", "note: no text was found in {file}.")
            print(empty.format(file=path.name), file=sys.stderr)
    else:
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stdout.write(markdown)
    return 0
