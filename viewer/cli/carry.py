"""`python -m viewer bookmarks carry`: copy a document's bookmarks onto another version of it.

    python -m viewer bookmarks carry --from OLD --to NEW [--json] [--dry-run]

Articles are aligned first (see `compare`), so a bookmark in an article that was renumbered
lands in the new number. Each bookmark is reported exact / moved / fuzzy / orphan; orphans are
not copied, and the originals stay on OLD. `--json` prints {"summary": {status: count},
"bookmarks": [{"id", "quote", "status", "old", "new", "copy"}]}.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from viewer.cli.help_format import command_parser
from viewer.core.base.errors import ViewerError
from viewer.core.i18n.catalogue import translate
from viewer.core.i18n.context import Context

Carry = Context("Carry")

EXIT_OK = 0
EXIT_USAGE = 2
STATUSES = ("exact", "moved", "fuzzy", "orphan")


def _parser() -> argparse.ArgumentParser:
    about = translate("Carry", "Copy a document's bookmarks onto another version of it.")
    epilog = translate(
        "Carry",
        "Articles are aligned first (see compare), so a bookmark in a renumbered article lands "
        "in its new number. Each bookmark is reported as exact, moved, fuzzy or orphan; orphans "
        "are not copied and the originals stay on OLD. --json prints {summary, bookmarks}.",
    )
    parser = command_parser("briefing-viewer bookmarks carry", about, epilog)
    old_help, new_help = translate("Carry", "older version"), translate("Carry", "newer version")
    parser.add_argument("--from", dest="old", type=Path, required=True, help=old_help)
    parser.add_argument("--to", dest="new", type=Path, required=True, help=new_help)
    parser.add_argument("--json", action="store_true", help=translate("Carry", "print JSON"))
    dry_help = translate("Carry", "report only, create nothing")
    parser.add_argument("--dry-run", action="store_true", help=dry_help)
    return parser


def run_carry(argv: list[str]) -> int:
    from viewer.core.bookmarks.library import BookmarkLibrary
    from viewer.core.bookmarks.model import status_name
    from viewer.core.document.markdown_model import load_document
    from viewer.core.versions.carry import carry_bookmarks

    args = _parser().parse_args(argv)
    try:
        old, new = load_document(args.old), load_document(args.new)
        with BookmarkLibrary() as library:
            carried = carry_bookmarks(library, old, new, dry_run=args.dry_run)
    except ViewerError as error:
        line = translate("Carry", "briefing-viewer: error: {message}").format(message=error)
        print(line, file=sys.stderr)
        return EXIT_USAGE
    summary = {status: sum(c.status == status for c in carried) for status in STATUSES}
    if args.json:
        shown = {"summary": summary, "bookmarks": [c.to_json() for c in carried]}
        print(json.dumps(shown, ensure_ascii=False, indent=1))
        return EXIT_OK
    for c in carried:
        where = f"{c.old_address or '—'} → {c.new_address or '—'}"
        print(f"{status_name(c.status)}  {where}  {c.original.quote[:30]}")
    print(_summary_line(summary, len(carried), args.dry_run))
    return EXIT_OK


def _summary_line(summary: dict[str, int], count: int, dry_run: bool) -> str:
    """One line, e.g. "Carried 3 bookmarks: 2 in place, 1 moved"; a dry run says "Would carry"."""
    # one literal call per status, so lupdate collects each plural; zero counts are left out
    parts = [
        Carry.tr("%n in place", None, n) if (n := summary["exact"]) else "",
        Carry.tr("%n moved", None, n) if (n := summary["moved"]) else "",
        Carry.tr("%n text changed", None, n) if (n := summary["fuzzy"]) else "",
        Carry.tr("%n not found", None, n) if (n := summary["orphan"]) else "",
    ]
    counts = translate("Carry", ", ").join(p for p in parts if p) or translate("Carry", "none")
    if dry_run:
        head = Carry.tr("Would carry %n bookmark(s): {counts}", None, count)
    else:
        head = Carry.tr("Carried %n bookmark(s): {counts}", None, count)
    return head.format(counts=counts)
