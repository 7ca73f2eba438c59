"""`python -m viewer outline` and `show`: a document's articles and the text at an address.

    python -m viewer outline FILE [--json]
    python -m viewer show    FILE --at ADDRESS [--library DIR] [--json]
(`--document FILE` in place of FILE is still understood.)

ADDRESS as a reader writes it: 第26条, 第二十六条, 26, 第三条第三款, 第三章, 三、（二）; with
--library also another document's article, 《民法典》第五百七十七条, in the version in force on
FILE's date (FILE may also be given relative to DIR).
`show --json` prints {"address", "text", "citation", "gbt7714", "breadcrumb"}. An address the
document does not have: exit 2 and one line naming the nearest addresses.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from viewer.cli.help_format import command_parser
from viewer.core.base.errors import ViewerError
from viewer.core.i18n.catalogue import translate

EXIT_OK = 0
EXIT_USAGE = 2
_OUTLINE_KINDS = ("编", "分编", "章", "节", "条", "一、", "（一）", "1.", "（1）")


def _parser(command: str) -> argparse.ArgumentParser:
    if command == "outline":
        about = translate("Outline", "A document's articles and headings, as an outline.")
    else:
        about = translate(
            "Outline", "The text of one article (or chapter, clause) and its citation."
        )
    if command == "outline":
        epilog = translate(
            "Outline",
            "--json prints {title, problems, units}; each unit has address, kind, label, "
            "breadcrumb, first_words, passage_id and its children.",
        )
    else:
        epilog = translate(
            "Outline",
            "ADDRESS as a reader writes it: 第26条, 第二十六条, 26, 第三条第三款, 第三章; with "
            "--library also an article of another document, 《民法典》第五百七十七条, in the "
            "version in force on the document's date. --json prints {address, text, citation, "
            "gbt7714, breadcrumb}. An address the document does not have: exit 2 and the "
            "nearest addresses.",
        )
    parser = command_parser(f"briefing-viewer {command}", about, epilog)
    document_help = translate("Outline", "Markdown document")
    parser.add_argument("file", metavar="FILE", nargs="?", help=document_help)
    parser.add_argument("--document", metavar="FILE", help=document_help)
    parser.add_argument("--json", action="store_true", help=translate("Outline", "print JSON"))
    if command == "show":
        at_help = translate("Outline", "e.g. 第二十六条")
        parser.add_argument("--at", metavar="ADDRESS", required=True, help=at_help)
        library_help = translate("Outline", "FILE may be relative to DIR")
        parser.add_argument("--library", metavar="DIR", help=library_help)
    return parser


def _parse(command: str, argv: list[str]) -> argparse.Namespace:
    """The document may be given as FILE or as --document FILE (the older form)."""
    parser = _parser(command)
    args = parser.parse_args(argv)
    if args.file and args.document and args.file != args.document:
        parser.error(translate("Outline", "give the document once: FILE or --document FILE"))
    args.document = args.document or args.file
    if not args.document:
        parser.error(translate("Outline", "the document is missing: FILE or --document FILE"))
    return args


def _error(message: str) -> int:
    line = translate("Outline", "briefing-viewer: error: {message}").format(message=message)
    print(line, file=sys.stderr)
    return EXIT_USAGE


def _open(path: str, library: str | None = None):
    from viewer.core.document.markdown_model import load_document
    from viewer.core.document.structure import parse_structure

    target = Path(path)
    if library and not target.exists() and (Path(library) / target).exists():
        target = Path(library) / target
    document = load_document(target)
    return document, parse_structure(document)


def run_outline(argv: list[str]) -> int:
    args = _parse("outline", argv)
    try:
        document, structure = _open(args.document)
    except ViewerError as error:
        return _error(str(error))
    if args.json:
        roots = [_node(structure, u) for u in structure.roots]
        problems = [str(p) for p in structure.problems]
        payload = {"title": document.title, "problems": problems, "units": roots}
        print(json.dumps(payload, ensure_ascii=False))
        return EXIT_OK
    print(document.title)
    numbered = any(u.kind in _OUTLINE_KINDS for u in structure.units)
    shown = _OUTLINE_KINDS if numbered else ("段",)  # no numbering: list the paragraphs
    for unit in structure.units:
        if unit.kind in shown:
            depth = sum(1 for u in unit.ancestors if u.kind in shown)
            print("  " * (depth + 1) + f"{unit.address}  {structure.first_words(unit)}")
    for problem in structure.problems:
        print(translate("Outline", "note: {problem}").format(problem=problem))
    return EXIT_OK


def _node(structure, unit) -> dict:
    passage = structure.passages[unit.start]
    return {
        "address": unit.address,
        "kind": unit.kind,
        "label": unit.label,
        "breadcrumb": unit.breadcrumb,
        "first_words": structure.first_words(unit),
        "passage_id": passage.id,
        "children": [_node(structure, child) for child in unit.children],
    }


def _cited_document(document, library: str, at: str):
    """The library document that `at` names, in the version in force on `document`s date."""
    from viewer.core.articles.catalog import build_catalog
    from viewer.core.articles.references import passage_references
    from viewer.core.articles.resolution import Resolver
    from viewer.core.document.law_version import document_version

    refs = passage_references("", at.strip())
    if not refs or refs[0].kind != "external":
        raise ViewerError(translate("Outline", "{address} names no document.").format(address=at))
    resolver = Resolver(build_catalog(library))
    name = Path(document.path).name if document.path else ""
    resolved = resolver.external(refs[0], document_version(document, name).date)
    if resolved.target is None:
        raise ViewerError(
            translate("Outline", "{address}: {note}").format(address=at, note=resolved.note)
        )
    return _open(str(Path(library) / resolved.target.path))


def run_show(argv: list[str]) -> int:
    from viewer.core.articles.citation_forms import cite_unit
    from viewer.core.document.addresses import AddressNotFound, resolve

    args = _parse("show", argv)
    try:
        document, structure = _open(args.document, args.library)
        if args.library and "《" in args.at:
            document, structure = _cited_document(document, args.library, args.at)
            args.at = args.at.split("》", 1)[1] or "第1段"
        unit = resolve(structure, args.at)
    except AddressNotFound as error:
        from viewer.core.articles.resolution import not_found_note

        return _error(not_found_note(error))
    except ViewerError as error:
        return _error(str(error))
    name = Path(document.path).name if document.path else ""
    citation = cite_unit(document, structure, unit, name)
    text = structure.text(unit)
    if args.json:
        payload = {
            "address": unit.address,
            "text": text,
            "citation": citation.official,
            "gbt7714": citation.gbt7714,
            "breadcrumb": unit.breadcrumb,
        }
        print(json.dumps(payload, ensure_ascii=False))
    else:
        print(f"{unit.breadcrumb}\n{text}\n\n{citation.official}\n{citation.gbt7714}")
    return EXIT_OK
