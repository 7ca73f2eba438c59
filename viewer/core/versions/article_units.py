"""The units two documents are compared by: their articles (第X条), or paragraphs when a
document has none (a policy text), each with its address, its full text and its body.

The body is the text without the article's own number, so an article renumbered from 第八十八条
to 第九十二条 has the same body in both versions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.document.structure import ARTICLE, lead_text, parse_structure
from viewer.core.document.units import Structure

_SPACES = re.compile(r"[\s\u3000]+")


@dataclass(frozen=True)
class CompareUnit:
    address: str  # 第九十二条, or 第3段 in a document without articles
    text: str  # as the reader sees it, number included
    body_start: int  # where the body begins in `text`
    passage_ids: tuple[str, ...]  # the passages the unit spans (bookmarks live on passages)

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @property
    def key(self) -> str:
        """The body with spacing ignored: what "the same text" means."""
        return _SPACES.sub("", self.body)


def compare_units(document, structure: Structure | None = None) -> list[CompareUnit]:
    structure = structure or parse_structure(document)
    articles = structure.articles
    if articles:
        return [_article(structure, unit) for unit in articles]
    return _paragraphs(structure)


def _article(structure: Structure, unit) -> CompareUnit:
    text = structure.text(unit)
    first = structure.passages[unit.start]
    match = ARTICLE.match(lead_text(first))
    start = match.end() if match else 0
    while start < len(text) and text[start] in " \u3000\t":
        start += 1
    ids = tuple(p.id for p in structure.passages[unit.start : unit.end])
    return CompareUnit(unit.address, text, start, ids)


def _paragraphs(structure: Structure) -> list[CompareUnit]:
    units, count = [], 0
    for passage in structure.passages:
        if passage.kind == "heading" or not passage.text.strip():
            continue
        count += 1
        address = structure.address_of(passage.id) or f"第{count}段"
        units.append(CompareUnit(address, passage.text, 0, (passage.id,)))
    return units
