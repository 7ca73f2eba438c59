"""`python -m viewer compare`: two documents article by article (新旧对照).

    python -m viewer compare OLD NEW [--json] [--changes-only]

`--json` prints {"summary": {"same", "changed", "renumbered", "added", "removed", "moved"},
"pairs": [{"old", "new", "status", "old_text", "new_text", "old_spans", "new_spans"}]}; "old" and
"new" are article addresses (null for added / removed), the spans are [start, end) offsets of
the changed characters in old_text / new_text. Any two documents can be compared; one without
articles is compared paragraph by paragraph. --changes-only leaves out the articles whose text
is unchanged (same or only renumbered); the summary still counts them.
"""

from __future__ import annotations

import argparse
import json
import sys

from viewer.core.base.errors import ViewerError

EXIT_OK = 0
EXIT_USAGE = 2
_MARK = {"same": " ", "changed": "~", "renumbered": "#", "added": "+", "removed": "-", "moved": ">"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing-viewer compare", description=__doc__)
    parser.add_argument("old", metavar="OLD", help="the earlier document")
    parser.add_argument("new", metavar="NEW", help="the later document")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--changes-only", action="store_true", help="only changed, added, removed, moved articles"
    )
    return parser


def run_compare(argv: list[str]) -> int:
    from viewer.core.document.markdown_model import load_document
    from viewer.core.versions.comparison import compare_documents

    args = _parser().parse_args(argv)
    try:
        comparison = compare_documents(load_document(args.old), load_document(args.new))
    except ViewerError as error:
        print(f"briefing-viewer: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        shown = comparison.to_json(changes_only=args.changes_only)
        print(json.dumps(shown, ensure_ascii=False, indent=1))
        return EXIT_OK
    for pair in comparison.pairs:
        if args.changes_only and not pair.is_change:
            continue
        old = pair.old.address if pair.old else "—"
        new = pair.new.address if pair.new else "—"
        print(f"{_MARK[pair.status]} {pair.status:<10} {old} → {new}")
    print(comparison.summary_line())
    return EXIT_OK
