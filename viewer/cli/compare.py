"""`python -m viewer compare`: two documents article by article (新旧对照).

    python -m viewer compare OLD NEW [--json] [--changes-only]

`--json` prints {"summary": {"same", "changed", "renumbered", "added", "removed", "moved"},
"related", "pairs": [{"old", "new", "status", "old_text", "new_text", "old_spans",
"new_spans"}]}; "related" is false when so few articles pair up that the two are unlikely to be
versions of one document (the summary line then says so); "old" and
"new" are article addresses (null for added / removed), the spans are [start, end) offsets of
the changed characters in old_text / new_text. Any two documents can be compared; one without
articles is compared paragraph by paragraph. --changes-only leaves out the articles whose text
is unchanged (same or only renumbered); the summary still counts them.
"""

from __future__ import annotations

import argparse
import json
import sys

from viewer.cli.help_format import command_parser
from viewer.core.base.errors import ViewerError
from viewer.core.i18n.catalogue import translate

EXIT_OK = 0
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "briefing-viewer compare",
        translate("CompareCommand", "Compare two documents article by article."),
        translate(
            "CompareCommand",
            "--json prints {summary, pairs}: a count per status (same, changed, renumbered, "
            "added, removed, moved) and each pair's old and new address, status, texts and "
            "changed spans.",
        ),
    )
    parser.add_argument(
        "old", metavar="OLD", help=translate("CompareCommand", "the earlier document")
    )
    parser.add_argument(
        "new", metavar="NEW", help=translate("CompareCommand", "the later document")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("CompareCommand", "print JSON")
    )
    parser.add_argument(
        "--changes-only",
        action="store_true",
        help=translate("CompareCommand", "only changed, added, removed, moved articles"),
    )
    return parser


def run_compare(argv: list[str]) -> int:
    from viewer.core.document.markdown_model import load_document
    from viewer.core.versions.comparison import STATUS_MARKS, compare_documents, status_name

    args = _parser().parse_args(argv)
    try:
        comparison = compare_documents(load_document(args.old), load_document(args.new))
    except ViewerError as error:
        line = translate("CompareCommand", "briefing-viewer: error: {message}")
        print(line.format(message=error), file=sys.stderr)
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
        mark = STATUS_MARKS[pair.status] or " "
        print(f"{mark} {status_name(pair.status):<10} {old} → {new}")
    print(comparison.summary_line())
    return EXIT_OK
