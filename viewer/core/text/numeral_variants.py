"""Numeral folding for search, at query time: 第26条 also looks for 第二十六条, and the reverse.

Only ordinals of the structure words (第…条/章/节/编/款/项, 之一) are rewritten, so a query for a
plain number (26, 2019年) finds exactly what it found before.
"""

from __future__ import annotations

import re

from viewer.core.text.numerals import NUMBER, to_chinese, to_int

_ORDINAL = re.compile(rf"第({NUMBER})(条|章|节|编|款|项)(?:之({NUMBER}))?")


def numeral_variants(text: str) -> list[str]:
    """Other spellings of `text` with every 第N条-like ordinal in Chinese, then in Arabic."""
    if "第" not in text:
        return []
    variants = []
    for chinese in (True, False):
        variant = _ORDINAL.sub(lambda m, c=chinese: _spell(m, c), text)
        if variant != text and variant not in variants:
            variants.append(variant)
    return variants


def _spell(match: re.Match, chinese: bool) -> str:
    number = to_int(match.group(1))
    sub = to_int(match.group(3)) if match.group(3) else None
    if number is None or (match.group(3) and sub is None):
        return match.group(0)
    spell = to_chinese if chinese else str
    text = f"第{spell(number)}{match.group(2)}"
    return text + (f"之{spell(sub)}" if sub else "")
