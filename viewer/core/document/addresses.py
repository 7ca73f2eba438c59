"""Go-to: what a reader types (第26条, 第二十六条, 26, 第三条第三款, 第三章, 三、（二）) -> a unit.

Arabic and Chinese numerals are the same here; a query is rewritten into the canonical address
form the structure parser gives (viewer.core.document.structure) and looked up there.
"""

from __future__ import annotations

import re

from viewer.core.document.units import PATH_SEPARATOR, Structure, Unit
from viewer.core.i18n.catalogue import translate
from viewer.core.text.numerals import NUMBER, ascii_digits, to_chinese, to_int

_PART = re.compile(
    rf"第?\s*({NUMBER})\s*(分编|编|章|节|条|款|项|目|段)(?:之\s*({NUMBER}))?"
    rf"|第?\s*[（(]\s*({NUMBER})\s*[）)]\s*项?"
)
_POLICY_PART = re.compile(rf"({NUMBER})\s*[、.．]|[（(]\s*({NUMBER})\s*[）)]")
_BARE = re.compile(rf"^({NUMBER})(?:\s*之\s*({NUMBER}))?$")


class AddressNotFound(LookupError):
    def __init__(self, query: str, nearest: list[str]) -> None:
        self.query, self.nearest = query, nearest
        if nearest:
            message = translate("Document", "No {address} in this document; nearest: {nearest}")
        else:
            message = translate("Document", "No {address} in this document")
        separator = translate("Document", ", ", "between the items of a list")
        super().__init__(message.format(address=query.strip(), nearest=separator.join(nearest)))


def canonical(query: str) -> str:
    """The query in the parser's address form; "" when it does not look like an address."""
    text = ascii_digits(query.strip()).split(PATH_SEPARATOR.strip())[-1]
    text = re.sub(r"\s+", "", text)
    bare = _BARE.match(text)
    if bare and to_int(bare.group(1)) is not None:
        sub = to_int(bare.group(2)) if bare.group(2) else 0
        return _article(to_int(bare.group(1)), sub or 0)
    law = _law_form(text)
    return law if law else _policy_form(text)


def _article(number: int, sub: int) -> str:
    return f"第{to_chinese(number)}条" + (f"之{to_chinese(sub)}" if sub else "")


def _law_form(text: str) -> str:
    parts, position = [], 0
    for match in _PART.finditer(text):
        if match.start() != position:
            return ""
        position = match.end()
        if match.group(4):  # （二）项
            number = to_int(match.group(4))
            if number is None:
                return ""
            parts.append(f"第（{to_chinese(number)}）项")
            continue
        number, kind = to_int(match.group(1)), match.group(2)
        if number is None:
            return ""
        if kind == "条":
            parts.append(_article(number, to_int(match.group(3) or "0") or 0))
        elif kind == "项":  # 第二项 as laws cite it: the item printed （二）
            parts.append(f"第（{to_chinese(number)}）项")
        elif kind in ("目", "段"):
            parts.append(f"第{number}{kind}")
        else:
            parts.append(f"第{to_chinese(number)}{kind}")
    return "".join(parts) if parts and position == len(text) else ""


def _policy_form(text: str) -> str:
    parts, position = [], 0
    for match in _POLICY_PART.finditer(text):
        if match.start() != position:
            return ""
        position = match.end()
        raw = match.group(1) or match.group(2)
        number = to_int(raw)
        if number is None:
            return ""
        chinese = not raw.isdigit()
        if match.group(1):
            parts.append(f"{to_chinese(number)}、" if chinese else f"{number}.")
        else:
            parts.append(f"（{to_chinese(number)}）" if chinese else f"（{number}）")
    return "".join(parts) if parts and position == len(text) else ""


def resolve(structure: Structure, query: str) -> Unit:
    """The unit `query` names; AddressNotFound (with the nearest addresses) when there is none."""
    wanted = canonical(query) or query.strip()
    unit = structure.find(wanted)
    if unit is None:
        unit = _loose_match(structure, wanted)
    if unit is None:
        raise AddressNotFound(query, nearest(structure, wanted))
    return unit


def _loose_match(structure: Structure, wanted: str) -> Unit | None:
    """第三章 inside 第一编, 第三条第（二）项 of a many-款 article: the first unit that fits."""
    without_paragraph = re.compile(r"第[〇一二三四五六七八九十百]+款")
    for unit in structure.units:
        if unit.label == wanted and unit.kind in ("编", "分编", "章", "节"):
            return unit
        if unit.kind == "项" and without_paragraph.sub("", unit.address) == wanted:
            return unit
    return None


def nearest(structure: Structure, wanted: str, count: int = 3) -> list[str]:
    """Addresses close to `wanted`: articles by number, else those sharing the longest start."""
    match = re.match(rf"第({NUMBER})条", wanted)
    number = to_int(match.group(1)) if match else None
    articles = structure.articles
    if number is not None and articles:
        ranked = sorted(articles, key=lambda u: (abs(u.number - number), u.number, u.sub))
        return [u.address for u in ranked[:count]]

    def shared(unit: Unit) -> int:
        n = 0
        while n < min(len(unit.address), len(wanted)) and unit.address[n] == wanted[n]:
            n += 1
        return n

    ranked = sorted(structure.units, key=lambda u: -shared(u))
    return [u.address for u in ranked[:count]]
