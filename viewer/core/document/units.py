"""Units of a document's official structure (编 … 目, 一、 … （1）) and the tree that holds them.

A unit spans a run of consecutive passages of the document (`start`..`end`, indexes into the
document's passage list), so its text is exactly the passages the reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from viewer.core.i18n.catalogue import translate

_LIST_MARKER = re.compile(r"^\s*(\d+[.)]|[-*+])\s", re.M)
DIVISIONS = ("编", "分编", "章", "节")
LAW_PARTS = ("条", "款", "项", "目")
POLICY_LEVELS = ("一、", "（一）", "1.", "（1）")
PARAGRAPH = "段"
PATH_SEPARATOR = " › "


def shown_text(passage) -> str:
    """The passage's text with its list numbers (1. 2.) kept: they are the 目 numbers."""
    if passage.kind != "list":
        return passage.text
    markers = [m for m in _LIST_MARKER.findall(passage.markdown) if m[0].isdigit()]
    lines = passage.text.split("\n")
    if len(markers) != len(lines):
        return passage.text
    return "\n".join(f"{m} {line}" for m, line in zip(markers, lines, strict=True))


@dataclass(eq=False)
class Unit:
    kind: str  # one of DIVISIONS, LAW_PARTS, POLICY_LEVELS or PARAGRAPH
    number: int
    label: str  # how the document prints it: 第十五条, 第三款, 第（二）项, 三、, 第4段
    start: int  # first passage (index into Structure.passages)
    end: int  # one past the last passage
    sub: int = 0  # 之一 of 第十七条之一
    parent: Unit | None = None
    children: list[Unit] = field(default_factory=list)
    address: str = ""  # canonical: 第三条第三款第（二）项, 第二章, 三、（二）
    duplicate: int = 0  # 2 for the second 第十条 of a document, ...

    @property
    def ancestors(self) -> list[Unit]:
        chain, unit = [], self.parent
        while unit is not None:
            chain.append(unit)
            unit = unit.parent
        return chain[::-1]

    @property
    def breadcrumb(self) -> str:
        """第二章 › 第十五条: divisions above an article, then the article's own address."""
        above = [u.label for u in self.ancestors if u.kind in DIVISIONS]
        own = self.address
        if self.kind in DIVISIONS:  # its address already holds those above: 第三分编第十四章
            own = own.removeprefix("".join(above))
        return PATH_SEPARATOR.join([*above, own])


@dataclass(frozen=True)
class NumberingProblem:
    """Odd numbering between two siblings. Its words are made when shown (`str`), so the
    outline speaks the interface's language of the moment, not the one it was parsed in."""

    kind: str  # "gap", "backwards" or "repeat"
    before: str  # the labels, 第三条 → 第五条
    after: str
    address: str = ""  # a repeat: the address the later one gets

    def __str__(self) -> str:
        where = f"{self.before} → {self.after}"
        if self.kind == "repeat":
            text = translate(
                "Document", "{label} appears more than once ({where}); later ones are {address}"
            )
            return text.format(label=self.after, where=where, address=self.address)
        if self.kind == "gap":
            return translate("Document", "numbering gap: {where}").format(where=where)
        return translate("Document", "numbering goes backwards: {where}").format(where=where)


@dataclass
class Structure:
    """All units of one document, in reading order, plus what was odd about the numbering."""

    passages: list  # the Document's passages, in order
    units: list[Unit] = field(default_factory=list)
    problems: list[NumberingProblem] = field(default_factory=list)
    by_passage: dict[str, Unit] = field(default_factory=dict)  # passage id -> deepest unit

    @property
    def roots(self) -> list[Unit]:
        return [u for u in self.units if u.parent is None]

    @property
    def articles(self) -> list[Unit]:
        return [u for u in self.units if u.kind == "条"]

    def text(self, unit: Unit) -> str:
        return "\n".join(shown_text(p) for p in self.passages[unit.start : unit.end])

    def first_words(self, unit: Unit, limit: int = 24) -> str:
        text = self.passages[unit.start].text.strip()
        first, _, rest = text.partition(" ")
        if unit.kind in (*DIVISIONS, "条") and first.startswith("第") and rest:
            text = rest.strip()  # the label as printed (第26条 or 第二十六条)
        for label in (unit.label, unit.parent.label if unit.parent else ""):
            if label and text.startswith(label):
                text = text[len(label) :].strip()
        return text if len(text) <= limit else text[:limit] + "…"

    def find(self, address: str) -> Unit | None:
        return next((u for u in self.units if u.address == address), None)

    def address_of(self, passage_id: str) -> str:
        unit = self.by_passage.get(passage_id)
        return unit.address if unit else ""

    def unit_at(self, passage_id: str) -> Unit | None:
        return self.by_passage.get(passage_id)
