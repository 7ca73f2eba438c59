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

from viewer.core.base.errors import ViewerError

EXIT_OK = 0
EXIT_USAGE = 2
STATUSES = ("exact", "moved", "fuzzy", "orphan")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing-viewer bookmarks carry", description=__doc__)
    parser.add_argument("--from", dest="old", type=Path, required=True, help="older version")
    parser.add_argument("--to", dest="new", type=Path, required=True, help="newer version")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--dry-run", action="store_true", help="report only, create nothing")
    return parser


def run_carry(argv: list[str]) -> int:
    from viewer.core.bookmarks.library import BookmarkLibrary
    from viewer.core.document.markdown_model import load_document
    from viewer.core.versions.carry import carry_bookmarks

    args = _parser().parse_args(argv)
    try:
        old, new = load_document(args.old), load_document(args.new)
        with BookmarkLibrary() as library:
            carried = carry_bookmarks(library, old, new, dry_run=args.dry_run)
    except ViewerError as error:
        print(f"briefing-viewer: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    summary = {status: sum(c.status == status for c in carried) for status in STATUSES}
    if args.json:
        shown = {"summary": summary, "bookmarks": [c.to_json() for c in carried]}
        print(json.dumps(shown, ensure_ascii=False, indent=1))
        return EXIT_OK
    for c in carried:
        where = f"{c.old_address or '—'} → {c.new_address or '—'}"
        print(f"{c.status:<7} {where}  {c.original.quote[:30]}")
    counts = ", ".join(f"{n} {status}" for status, n in summary.items() if n)
    print(f"Carried {len(carried)} bookmarks: {counts or 'none'}")
    return EXIT_OK
