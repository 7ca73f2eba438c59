"""`python -m viewer versions`: a library's works, each with its versions and their status.

    python -m viewer versions --library DIR [--json] [--all]

`--json` prints {"works": [{"title", "versions": [{"path", "date", "status"}]}]}, status one of
current / superseded / undated or what the file's front matter declares (status: repealed).
Without --all only works held in two or more versions are listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from viewer.cli.help_format import command_parser
from viewer.core.i18n.catalogue import translate
from viewer.core.i18n.context import Context

VersionsCommand = Context("VersionsCommand")

EXIT_OK = 0
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = command_parser(
        "briefing-viewer versions",
        translate("VersionsCommand", "A library's works, each with its versions and their status."),
        translate(
            "VersionsCommand",
            "--json prints {works: [{title, versions: [{path, date, status}]}]}; status is "
            "current, superseded, undated or what the file declares. Without --all only works "
            "held in two or more versions are listed.",
        ),
    )
    parser.add_argument(
        "folder", metavar="DIR", nargs="?", help=translate("VersionsCommand", "library folder")
    )
    parser.add_argument(
        "--library", metavar="DIR", help=translate("VersionsCommand", "library folder")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("VersionsCommand", "print JSON")
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help=translate("VersionsCommand", "also works held in one version"),
    )
    return parser


def run_versions(argv: list[str]) -> int:
    from viewer.core.versions.families import status_name, version_families

    parser = _parser()
    args = parser.parse_args(argv)
    args.library = args.library or args.folder  # `versions DIR` as `versions --library DIR`
    if not args.library:
        parser.error(translate("VersionsCommand", "name the library folder: versions DIR"))
    if not Path(args.library).is_dir():
        message = translate("VersionsCommand", "briefing-viewer: error: not a folder: {folder}")
        print(message.format(folder=args.library), file=sys.stderr)
        return EXIT_USAGE
    works = version_families(args.library)
    if not args.all:
        works = [w for w in works if len(w.versions) > 1]
    if args.json:
        print(json.dumps({"works": [w.to_json() for w in works]}, ensure_ascii=False, indent=1))
        return EXIT_OK
    no_date = translate("VersionsCommand", "(no date)")
    for work in works:
        print(work.title)
        for version in work.versions:
            status = status_name(version.status)
            print(f"  {version.date or no_date:<10}  {status:<10}  {version.path}")
    print(VersionsCommand.tr("%n work(s)", None, len(works)))
    return EXIT_OK
