"""`python -m viewer refs` and `cited-by`: the references of a document, and who cites it.

    python -m viewer refs     --document FILE [--library DIR] [--json]
    python -m viewer cited-by --library DIR --document FILE [--at ADDRESS] [--json]

`refs --json`: {"refs": [{"text", "passage_id", "kind", "status", "target", "note"}]} with
status resolved / not_in_library / no_such_article / version_missing and target
{"path", "title", "date", "address"} or null (path relative to the library; "" = this document).
`cited-by --json`: {"documents": [{"path", "title", "date", "count", "passages": [...]}]}.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

from viewer.cli.help_format import command_parser
from viewer.core.base.errors import ViewerError
from viewer.core.i18n.catalogue import translate

EXIT_OK = 0
EXIT_USAGE = 2


def _error(message: str) -> int:
    line = translate("Refs", "briefing-viewer: error: {message}").format(message=message)
    print(line, file=sys.stderr)
    return EXIT_USAGE


def run_refs(argv: list[str]) -> int:
    about = translate("Refs", "The references (《…》 and article numbers) a document makes.")
    epilog = translate(
        "Refs",
        "--json prints {refs: [{text, passage_id, kind, status, target, note}]}; status is "
        "resolved, not_in_library, no_such_article or version_missing; target is {path, title, "
        "date, address} or null.",
    )
    parser = command_parser("briefing-viewer refs", about, epilog)
    parser.add_argument(
        "--document", metavar="FILE", required=True, help=translate("Refs", "Markdown document")
    )
    parser.add_argument(
        "--library", metavar="DIR", help=translate("Refs", "resolve 《…》 references here")
    )
    parser.add_argument("--json", action="store_true", help=translate("Refs", "print JSON"))
    args = parser.parse_args(argv)
    from viewer.core.articles.catalog import build_catalog
    from viewer.core.articles.resolution import Resolver, status_name
    from viewer.core.document.markdown_model import load_document

    try:
        if args.library and not Path(args.library).is_dir():
            message = translate("Refs", "{folder} is not a folder.")
            raise ViewerError(message.format(folder=args.library))
        catalog = build_catalog(args.library) if args.library else None
        document = load_document(args.document)
    except ViewerError as error:
        return _error(str(error))
    refs = Resolver(catalog).document_references(document, Path(args.document).name)
    if args.json:
        print(json.dumps({"refs": [_ref_dict(r) for r in refs]}, ensure_ascii=False))
        return EXIT_OK
    for r in refs:
        print(_ref_line(r, status_name(r.status)))
    return EXIT_OK


def _ref_line(resolved, status: str) -> str:
    """One line: status, reference, where it leads; a note only when it adds to the status."""
    from viewer.core.articles.resolution import NOT_IN_LIBRARY

    line = translate("Refs", "{status}  {reference}").format(
        status=status, reference=resolved.reference.text
    )
    target = resolved.target
    if target and target.path:
        line = translate("Refs", "{line} → {title} ({date}) {address}").format(
            line=line, title=target.title, date=target.date or "?", address=target.address
        )
    elif target:
        line = translate("Refs", "{line} → {address}").format(line=line, address=target.address)
    if resolved.note and resolved.status != NOT_IN_LIBRARY:  # that note repeats the status
        line = translate("Refs", "{line} ({note})").format(line=line, note=resolved.note)
    return line


def _ref_dict(resolved) -> dict:
    ref = resolved.reference
    return {
        "text": ref.text,
        "passage_id": ref.passage_id,
        "kind": ref.kind,
        "status": resolved.status,
        "target": asdict(resolved.target) if resolved.target else None,
        "note": resolved.note,
    }


def run_cited_by(argv: list[str]) -> int:
    about = translate("Refs", "The documents of a library that cite this document.")
    epilog = translate(
        "Refs", "--json prints {documents: [{path, title, date, count, passages: [...]}]}."
    )
    parser = command_parser("briefing-viewer cited-by", about, epilog)
    parser.add_argument(
        "--library", metavar="DIR", required=True, help=translate("Refs", "the library folder")
    )
    parser.add_argument(
        "--document", metavar="FILE", required=True, help=translate("Refs", "Markdown document")
    )
    parser.add_argument(
        "--at", metavar="ADDRESS", help=translate("Refs", "only references to this article")
    )
    parser.add_argument("--json", action="store_true", help=translate("Refs", "print JSON"))
    args = parser.parse_args(argv)
    from viewer.core.articles.cited_by import CitationGraph

    try:
        graph = CitationGraph.open(args.library)
        graph.update()
        documents = graph.cited_by(args.document, args.at)
    except ViewerError as error:
        return _error(str(error))
    if args.json:
        print(json.dumps({"documents": documents}, ensure_ascii=False))
        return EXIT_OK
    for doc in documents:
        heading = translate("Refs", "{title} ({date})  {count}  {path}")
        date, count, path = doc["date"] or "?", doc["count"], doc["path"]
        print(heading.format(title=doc["title"], date=date, count=count, path=path))
        for passage in doc["passages"]:
            line = translate("Refs", "{address}: {sentence}").format(**passage)
            print("    " + line)
    return EXIT_OK
