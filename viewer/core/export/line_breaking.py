"""Chinese line breaking for print: no line may start with closing punctuation (避头点).

Qt breaks lines by Unicode's rules (UAX #14), which already keep ，。、；：”）》 off a line start
between two characters, but not after a space or a zero-width space ("《法》 ，" breaks before
the comma: measured on a page-wide QTextDocument). A WORD JOINER (U+2060) before each such mark
forbids that break; it has no width or glyph, and pdftotext drops it. The reading view gets the
same treatment in its own HTML code (another module); this one is what print and PDF use.
"""

from __future__ import annotations

import re

NO_LINE_START = "，。、；：？！”’）》」』】〉〕…—·%"
WORD_JOINER = "\u2060"
_MARKS = f"[{re.escape(NO_LINE_START)}]"
_ZERO_WIDTH_BEFORE = re.compile(f"[\u200b\u200c\u200d]+(?={_MARKS})")
_BEFORE = re.compile(f"(?<=[^{WORD_JOINER}])(?={_MARKS})")


def join_closing_marks(text: str) -> str:
    """`text` with a word joiner before every mark that must not start a line.

    A zero-width space before a mark is dropped: Unicode allows a break after it whatever
    follows, a joiner included. After an ordinary space the joiner does hold (rule LB11 comes
    before the break-after-space rule).
    """
    return _BEFORE.sub(WORD_JOINER, _ZERO_WIDTH_BEFORE.sub("", text))


def strip_joiners(text: str) -> str:
    return text.replace(WORD_JOINER, "")
