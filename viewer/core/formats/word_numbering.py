"""Word's automatic numbering, rendered as Word shows it (a `第一条` made by a list is text here).

A numbered paragraph names a list (numId) and a level (ilvl); numbering.xml gives each level a
format (decimal, chineseCounting, …), a start value and a text pattern such as `第%1条` or
`（%2）`. Counters run per abstract list; a level counting up resets the levels below it.
"""

from __future__ import annotations

from dataclasses import dataclass

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "零一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_number(n: int, digits: str = _DIGITS, units: str = "十百千") -> str:
    """1 -> 一, 10 -> 十, 21 -> 二十一, 105 -> 一百零五, 120 -> 一百二十 (up to 9999)."""
    if n <= 0 or n > 9999:
        return str(n)
    parts, zero = [], False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        digit, n = divmod(n, power)
        if digit:
            if zero:
                parts.append(digits[0])
            parts.append(digits[digit] + unit)
            zero = False
        elif parts:
            zero = True
    text = "".join(parts)
    return text[1:] if text.startswith(digits[1] + units[0]) else text


def _roman(n: int) -> str:
    out = ""
    for value, letters in (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "chineseCounting": chinese_number,
    "chineseCountingThousand": chinese_number,
    "taiwaneseCounting": chinese_number,
    "ideographTraditional": lambda n: _HEAVENLY[(n - 1) % 10],
    "chineseLegalSimplified": lambda n: chinese_number(n, _LEGAL, "拾佰仟"),
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if 0 < n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if 0 < n <= 20 else str(n),
    "decimalFullWidth": lambda n: "".join(chr(0xFF10 + int(d)) for d in str(n)),
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
    "none": lambda n: "",
}


@dataclass
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


class Numbering:
    """numbering.xml, read once; `label(num_id, ilvl)` advances the counters, returns the text."""

    def __init__(self, numbering_element) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._num_to_abstract: dict[str, str] = {}
        self._overrides: dict[str, dict[int, int]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering_element is None:
            return
        for abstract in numbering_element.iter(W + "abstractNum"):
            levels = {}
            for lvl in abstract.iter(W + "lvl"):
                levels[int(lvl.get(W + "ilvl", "0"))] = Level(
                    fmt=child_val(lvl, "numFmt") or "decimal",
                    text=child_val(lvl, "lvlText") or "",
                    start=int(child_val(lvl, "start") or 1),
                )
            self._abstract[abstract.get(W + "abstractNumId")] = levels
        for num in numbering_element.iter(W + "num"):
            num_id = num.get(W + "numId")
            self._num_to_abstract[num_id] = child_val(num, "abstractNumId") or ""
            for override in num.iter(W + "lvlOverride"):
                start = child_val(override, "startOverride")
                if start:
                    level = int(override.get(W + "ilvl", "0"))
                    self._overrides.setdefault(num_id, {})[level] = int(start)

    def label(self, num_id: str, ilvl: int) -> str:
        abstract_id = self._num_to_abstract.get(num_id)
        levels = self._abstract.get(abstract_id or "", {})
        level = levels.get(ilvl)
        if level is None or num_id == "0":
            return ""
        counters = self._counters.setdefault(abstract_id, {})
        start = self._overrides.get(num_id, {}).get(ilvl, level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return ""  # a bullet is a list mark, not text a reader cites
        text = level.text
        for n in range(9, 0, -1):
            if f"%{n}" in text:
                fmt_level = levels.get(n - 1, level)
                value = counters.get(n - 1, fmt_level.start)
                render = FORMATS.get(fmt_level.fmt, str)
                text = text.replace(f"%{n}", render(value))
        return text


def child_val(element, tag: str) -> str | None:
    """The w:val of `element`'s child <w:tag>, None when there is none."""
    child = element.find(W + tag)
    return child.get(W + "val") if child is not None else None
