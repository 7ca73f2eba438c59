"""Chinese and Arabic numerals as laws write them: 一百二十, 二〇一九, 第一百二十条之一, ２６.

A leaf module: plain functions, no other project imports.
"""

from __future__ import annotations

import re

DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3}
DIGITS |= {"肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CHINESE_CHARS = "".join(DIGITS) + "".join(UNITS) + "".join(BIG_UNITS)
# One numeral, Chinese or Arabic (ASCII or full-width digits).
NUMBER = rf"(?:[0-9０-９]+|[{CHINESE_CHARS}]+)"
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_ORDINAL = re.compile(rf"^第?\s*({NUMBER})\s*([条章节编款项目])?(?:之\s*({NUMBER}))?$")
_SMALL = "零一二三四五六七八九"


def ascii_digits(text: str) -> str:
    """Full-width digits to ASCII; other characters are left alone."""
    return text.translate(_FULL_WIDTH)


def to_int(numeral: str) -> int | None:
    """`一百二十` -> 120, `二〇一九` -> 2019, `26`/`２６` -> 26; None when it is not a numeral."""
    numeral = ascii_digits(numeral.strip())
    if not numeral:
        return None
    if numeral.isdigit():
        return int(numeral)
    if any(c not in DIGITS and c not in UNITS and c not in BIG_UNITS for c in numeral):
        return None
    if not any(c in UNITS or c in BIG_UNITS for c in numeral):
        return _digit_string(numeral)  # 二〇一九: read digit by digit
    return _positional(numeral)


def _digit_string(numeral: str) -> int:
    value = 0
    for char in numeral:
        value = value * 10 + DIGITS[char]
    return value


def _positional(numeral: str) -> int | None:
    total, section, digit = 0, 0, None
    for char in numeral:
        if char in DIGITS:
            if digit is not None and DIGITS[char] != 0:
                return None  # 二三十: two digits in a row is not a numeral
            digit = DIGITS[char] if DIGITS[char] else None
        elif char in UNITS:
            section += (1 if digit is None else digit) * UNITS[char]  # 十 alone is ten
            digit = None
        else:
            section += digit or 0
            total += (section or 1) * BIG_UNITS[char]
            section, digit = 0, None
    return total + section + (digit or 0)


def to_chinese(value: int) -> str:
    """120 -> 一百二十, 10 -> 十, 105 -> 一百零五, 1010 -> 一千零一十 (how laws number articles)."""
    if value < 0:
        raise ValueError("negative numbers have no article numeral")
    if value < 10:
        return _SMALL[value]
    if value >= 10_000:
        high, low = divmod(value, 10_000)
        rest = to_chinese(low) if low else ""
        gap = "零" if low and low < 1000 else ""
        return to_chinese(high) + "万" + gap + rest
    text, pending_zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = value // unit % 10
        if digit == 0:
            pending_zero = bool(text)
            continue
        if pending_zero:
            text += "零"
            pending_zero = False
        text += ("" if unit == 10 and value < 20 else _SMALL[digit]) + name
    return text


def parse_ordinal(text: str) -> tuple[int, str, int] | None:
    """`第一百二十条之一` -> (120, "条", 1); `第26条` -> (26, "条", 0); `26` -> (26, "", 0)."""
    match = _ORDINAL.match(ascii_digits(text.strip()))
    if not match:
        return None
    number = to_int(match.group(1))
    sub = to_int(match.group(3)) if match.group(3) else 0
    if number is None or sub is None:
        return None
    return number, match.group(2) or "", sub


def ordinal(number: int, unit: str, sub: int = 0) -> str:
    """(120, "条", 1) -> 第一百二十条之一: the form laws print."""
    text = f"第{to_chinese(number)}{unit}"
    return text + (f"之{to_chinese(sub)}" if sub else "")
