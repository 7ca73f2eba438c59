"""Parse a Document's passages into its official structure (viewer.core.document.units).

Laws: 编 / 分编 / 章 / 节 headings, 条 paragraphs (第X条 or 第X条之一 then a space), the
paragraphs of an article are its 款, （一） paragraphs are 项 and 1. / （1） are 目. A document
with no 第X条 paragraph is read as a policy document: 一、 / （一） / 1. / （1） at the start of a
heading or paragraph open nested units. Whatever no unit covers gets a paragraph address (第N段).
Odd numbering (gaps, duplicates, going backwards) is reported in Structure.problems.
"""

from __future__ import annotations

import re

from viewer.core.document.units import (
    DIVISIONS,
    PARAGRAPH,
    POLICY_LEVELS,
    NumberingProblem,
    Structure,
    Unit,
)
from viewer.core.text.numerals import NUMBER, to_chinese, to_int

_CN = r"[〇零一二三四五六七八九十百千]+"
ARTICLE = re.compile(rf"^第({NUMBER})条(?:之({NUMBER}))?(?=[\s【]|$)")
DIVISION = re.compile(rf"^第({NUMBER})(分编|编|章|节)(?=\s|$)")
ITEM = re.compile(rf"^[（(]({_CN})[）)]")
SUBITEM = re.compile(r"^(?:([0-9]{1,3})[.．](?![0-9])|[（(]([0-9]{1,3})[）)])")
POLICY = (
    re.compile(rf"^({_CN})、"),
    re.compile(rf"^[（(]({_CN})[）)]"),
    re.compile(r"^([0-9]{1,3})[.．、](?![0-9])"),
    re.compile(r"^[（(]([0-9]{1,3})[）)]"),
)
_RANK = {"编": 0, "分编": 1, "章": 2, "节": 3, "条": 10, "款": 11, "项": 12, "目": 13}
_RANK |= {level: 20 + i for i, level in enumerate(POLICY_LEVELS)}
_INVISIBLE = "\u200b\u200c\u200d\ufeff\u3000 \t"


def lead_text(passage) -> str:
    """The passage's text as its numbering shows: list markers kept, invisible characters gone."""
    text = passage.markdown.lstrip() if passage.kind == "list" else passage.text
    return text.lstrip(_INVISIBLE)


def parse_structure(document) -> Structure:
    passages = list(document.passages())
    structure = Structure(passages)
    leads = [lead_text(p) for p in passages]
    pairs = list(zip(passages, leads, strict=True))
    law = any(p.kind != "heading" and ARTICLE.match(t) for p, t in pairs)
    builder = _Builder(structure)
    for index, (passage, lead) in enumerate(pairs):
        if law:
            builder.law_passage(index, passage, lead)
        else:
            builder.policy_passage(index, passage, lead)
    builder.close_all(len(passages))
    _assign_addresses(structure)
    _check_numbering(structure)
    return structure


class _Builder:
    def __init__(self, structure: Structure) -> None:
        self.structure = structure
        self.stack: list[Unit] = []
        self.paragraphs = 0

    def open(self, kind: str, number: int, label: str, index: int, sub: int = 0) -> Unit:
        self.close_from(_RANK[kind], index)
        parent = self.stack[-1] if self.stack else None
        unit = Unit(kind, number, label, index, index + 1, sub=sub, parent=parent)
        if parent is not None:
            parent.children.append(unit)
        self.structure.units.append(unit)
        self.stack.append(unit)
        return unit

    def close_from(self, rank: int, index: int) -> None:
        while self.stack and _RANK[self.stack[-1].kind] >= rank:
            self.stack.pop().end = index

    def close_all(self, index: int) -> None:
        self.close_from(-1, index)

    def paragraph(self, index: int) -> None:
        """A passage no numbered unit covers: it gets its own 第N段 address."""
        self.paragraphs += 1
        parent = self.stack[-1] if self.stack else None
        unit = Unit(PARAGRAPH, self.paragraphs, f"第{self.paragraphs}段", index, index + 1)
        unit.parent = parent
        if parent is not None:
            parent.children.append(unit)
        self.structure.units.append(unit)

    def division(self, index: int, lead: str) -> bool:
        match = DIVISION.match(lead)
        number = to_int(match.group(1)) if match else None
        if number is None:
            return False
        self.open(match.group(2), number, f"第{to_chinese(number)}{match.group(2)}", index)
        return True

    def law_passage(self, index: int, passage, lead: str) -> None:
        if passage.kind == "heading":
            if not self.division(index, lead):
                self.close_from(_RANK["条"], index)
                self.paragraph(index)
            return
        article = ARTICLE.match(lead)
        if article and to_int(article.group(1)) is not None:
            number = to_int(article.group(1))
            sub = to_int(article.group(2)) if article.group(2) else 0
            label = f"第{to_chinese(number)}条" + (f"之{to_chinese(sub)}" if sub else "")
            self.open("条", number, label, index, sub=sub or 0)
            self.open("款", 1, "第一款", index)
            return
        if not self.stack or _RANK[self.stack[-1].kind] < _RANK["条"]:
            self.paragraph(index)  # preamble, or text between a heading and the first article
            return
        self._article_part(index, lead)

    def _article_part(self, index: int, lead: str) -> None:
        item, subitem = ITEM.match(lead), SUBITEM.match(lead)
        if item:
            number = to_int(item.group(1)) or 0
            self.open("项", number, f"第（{to_chinese(number)}）项", index)
        elif subitem:
            number = int(subitem.group(1) or subitem.group(2))
            self.open("目", number, f"第{number}目", index)
        else:
            article = next(u for u in reversed(self.stack) if u.kind == "条")
            count = sum(1 for u in article.children if u.kind == "款") + 1
            self.open("款", count, f"第{to_chinese(count)}款", index)

    def policy_passage(self, index: int, passage, lead: str) -> None:
        if passage.kind == "heading" and self.division(index, lead):
            return
        for level, pattern in zip(POLICY_LEVELS, POLICY, strict=True):
            match = pattern.match(lead)
            number = to_int(match.group(1)) if match else None
            if number is not None:
                self.open(level, number, _policy_label(level, number), index)
                return
        if passage.kind == "heading":
            self.close_from(_RANK[POLICY_LEVELS[0]], index)
        if not self.stack or self.stack[-1].kind in DIVISIONS:
            self.paragraph(index)


def _policy_label(level: str, number: int) -> str:
    if level == "一、":
        return f"{to_chinese(number)}、"
    if level == "（一）":
        return f"（{to_chinese(number)}）"
    return f"{number}." if level == "1." else f"（{number}）"


def _assign_addresses(structure: Structure) -> None:
    seen: dict[str, int] = {}
    for unit in structure.units:
        address = _address(unit)
        seen[address] = seen.get(address, 0) + 1
        if seen[address] > 1:
            unit.duplicate = seen[address]
            address += f"（第{seen[address]}处）"
        unit.address = address
        if unit.kind == "款" and unit.number == 1:
            continue  # an article's opening paragraph is shown as the article itself
        for passage in structure.passages[unit.start : unit.end]:
            structure.by_passage[passage.id] = unit  # later (deeper) units overwrite


def _address(unit: Unit) -> str:
    parent = unit.parent
    if unit.kind == "条" or unit.kind == PARAGRAPH:
        return unit.label
    if unit.kind in DIVISIONS:
        above = [u.label for u in unit.ancestors if u.kind in DIVISIONS]
        return "".join([*above, unit.label])
    if unit.kind == "款":
        return parent.address + unit.label
    if unit.kind == "项":
        article = parent.parent
        only_one = sum(1 for u in article.children if u.kind == "款") == 1
        return (article.address if only_one else parent.address) + unit.label
    if unit.kind == "目":
        return parent.address + unit.label
    above = [u.label for u in unit.ancestors if u.kind in POLICY_LEVELS]
    return "".join([*above, unit.label])


def _check_numbering(structure: Structure) -> None:
    """Gaps, repeats and backward steps among siblings (articles: across the document)."""
    groups: dict[tuple, list[Unit]] = {}
    for unit in structure.units:
        if unit.kind == PARAGRAPH:
            continue
        scope = None if unit.kind == "条" else id(unit.parent)
        groups.setdefault((unit.kind, scope), []).append(unit)
    for units in groups.values():
        for before, after in zip(units, units[1:], strict=False):
            problem = _step_problem(before, after)
            if problem:
                structure.problems.append(problem)


def _step_problem(before: Unit, after: Unit) -> NumberingProblem | None:
    step = (after.number - before.number, after.sub)
    if after.number == before.number and after.sub > before.sub:
        return None  # 第十七条 then 第十七条之一
    if step[0] == 1 and after.sub == 0:
        return None
    if after.number == before.number and after.sub == before.sub:
        return NumberingProblem("repeat", before.label, after.label, after.address)
    kind = "gap" if step[0] > 1 else "backwards"
    return NumberingProblem(kind, before.label, after.label)
