"""Citations of a unit in official form and in GB/T 7714-2015 form.

    《中华人民共和国电子签名法》（2019年修正）第十五条
    全国人民代表大会常务委员会. 中华人民共和国电子签名法（2019年修正）: 第十五条[Z]. 2019-04-23.

A document without articles (a briefing) is cited as 《title》，pane › heading with its source
and date (viewer.core.bookmarks.citation's form). No file path ever appears in a citation: a
source that names one (原文见 some/folder/file.txt) keeps only its other parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.document.law_version import Version, document_version
from viewer.core.document.units import PATH_SEPARATOR, Structure, Unit
from viewer.core.i18n.catalogue import translate

_PATH_LIKE = re.compile(r"(?:[A-Za-z]:\\|[~.]?/|\b[\w.-]+/)[\w./\\-]*|\b[\w-]+\.(?:txt|md|html?)\b")
_CLAUSES = re.compile(r"[；;，,]")


@dataclass(frozen=True)
class Citation:
    address: str
    official: str
    gbt7714: str


def clean_source(source: str) -> str:
    """A metadata source without the parts that name files (they mean nothing to a reader)."""
    parts = [p.strip() for p in _CLAUSES.split(source) if p.strip()]
    return "，".join(p for p in parts if not _PATH_LIKE.search(p))


def cite_unit(document, structure: Structure, unit: Unit | None, file_name: str = "") -> Citation:
    version = document_version(document, file_name)
    address = unit.address if unit else ""
    title = document.title.strip().removeprefix("《").removesuffix("》")
    if structure.articles:
        official = f"《{title}》" + (f"（{version.label}）" if version.label else "") + address
    else:
        official = _briefing_form(document, structure, unit, title)
    return Citation(address, official, gbt7714(title, version, address))


def gbt7714(title: str, version: Version, address: str) -> str:
    who = f"{version.issuer}. " if version.issuer else ""
    edition = f"（{version.label}）" if version.label.endswith(("修正", "修订")) else ""
    where = f": {address}" if address else ""
    date = f" {version.date}." if version.date else ""
    return f"{who}{title}{edition}{where}[Z].{date}"


def _briefing_form(document, structure: Structure, unit: Unit | None, title: str) -> str:
    where: list[str] = []
    if unit is not None:
        passage = structure.passages[unit.start]
        pane = document.pane(passage.pane_id)
        heading = passage.text if passage.kind == "heading" else passage.heading
        where = [part for part in (pane.title if pane else "", heading) if part]
        if len(where) == 2 and where[0] == where[1]:
            where.pop()
    text = f"《{title}》" + ("，" + PATH_SEPARATOR.join(where) if where else "") + "。"
    source = clean_source(document.metadata.get("source", ""))
    return text + origin_sentence(source, document.metadata.get("date", ""))


def origin_sentence(source: str, date: str) -> str:
    """来源：某报，2015。 — the label in the interface language, the source as the document says."""
    parts = [part.strip().rstrip("。") for part in (source, date) if part.strip()]
    origin = translate("Citation", ", ").join(parts)
    if source.strip():
        return translate("Citation", "Source: {origin}.").format(origin=origin)
    return translate("Citation", "{origin}.").format(origin=origin) if origin else ""


def official_citation_at(document, pane_id: str, offset: int, end: int | None = None) -> str:
    """《title》（version）第X条… for the unit at `offset` of Pane.text; "" when the document
    has no articles (a briefing keeps its 《title》，pane › heading form). A quote that ends
    (`end`) inside the first paragraph of an article of several is cited as 第X条第一款."""
    from bisect import bisect_right

    from viewer.core.document.structure import parse_structure

    pane = document.pane(pane_id)
    if pane is None or not pane.passages or offset < 0:
        return ""
    structure = parse_structure(document)
    if not structure.articles:
        return ""
    starts = pane.passage_starts()
    index = max(0, bisect_right(starts, offset) - 1)
    unit = structure.unit_at(pane.passages[index].id)
    in_one_passage = end is not None and bisect_right(starts, max(offset, end - 1)) - 1 == index
    if unit is not None and in_one_passage:
        unit = _first_clause(structure, unit, pane.passages[index].id) or unit
    name = document.path.name if document.path else ""
    return cite_unit(document, structure, unit, name).official


def _first_clause(structure: Structure, unit: Unit, passage_id: str) -> Unit | None:
    """The article's 第一款 when `passage_id` opens it and the article has several 款 (a
    quote from that paragraph alone is cited so); None otherwise."""
    clauses = [c for c in unit.children if c.kind == "款"]
    if len(clauses) > 1 and structure.passages[clauses[0].start].id == passage_id:
        return clauses[0]
    return None
