"""Chinese line-breaking rules for rendered HTML (禁则): no line starts with closing punctuation
and none ends with opening punctuation.

Qt's line breaker follows plain Unicode rules. They break at any space, and source texts
have stray ones ("登记手续 。", seven in the laws corpus), so a space next to such a mark becomes
a no-break space. Newer Unicode rules also allow a break before ” or ’ (an ambiguous class)
next to an ideograph; a WORD JOINER (U+2060, invisible, zero width) between the mark and its
neighbour forbids that. Both go into the HTML shown on screen only: Pane text and every offset
stored or searched stay as they are (QTextDocument reads a no-break space back as a space; the
joiners are mapped in ui/pane_text_map.py).
"""

from __future__ import annotations

import re

WORD_JOINER = "\u2060"
NO_BREAK_SPACE = "\u00a0"
NO_LINE_START = "，。、；：？！”’）》」』"
NO_LINE_END = "“‘（《「『"

_TAG = re.compile(r"(<[^>]*>)")
_SPACE_BEFORE_CLOSING = re.compile(f"(?<=\\S)[ \t\n]+(?=[{NO_LINE_START}])")
_SPACE_AFTER_OPENING = re.compile(f"(?<=[{NO_LINE_END}])[ \t\n]+(?=\\S)")
_BEFORE_CLOSING = re.compile(f"(?<=[^\\s{WORD_JOINER}])(?=[{NO_LINE_START}])")
_AFTER_OPENING = re.compile(f"([{NO_LINE_END}])(?=[^\\s{WORD_JOINER}<])")


def join_punctuation(html: str) -> str:
    """`html` with a word joiner glued to each mark a line may not start or end with."""
    if not any(ch in html for ch in NO_LINE_START + NO_LINE_END):
        return html
    parts = _TAG.split(html)
    for i in range(0, len(parts), 2):  # even parts are text between tags
        text = _SPACE_BEFORE_CLOSING.sub(NO_BREAK_SPACE, parts[i])
        text = _SPACE_AFTER_OPENING.sub(NO_BREAK_SPACE, text)
        text = _BEFORE_CLOSING.sub(WORD_JOINER, text)
        parts[i] = _AFTER_OPENING.sub(lambda m: m.group(1) + WORD_JOINER, text)
    return "".join(parts)


def strip_joiners(text: str) -> str:
    return text.replace(WORD_JOINER, "")


# Print and PDF (viewer.core.export) keep a wider set off a line start, on plain text before it
# is escaped: Qt's breaker already obeys the rules between two characters, but not after a space
# or a zero-width space ("《法》 ，" broke before the comma on a page-wide QTextDocument).
PRINT_NO_LINE_START = NO_LINE_START + "】〉〕…—·%"
_PRINT_MARKS = f"[{re.escape(PRINT_NO_LINE_START)}]"
_ZERO_WIDTH_BEFORE = re.compile(f"[\u200b\u200c\u200d]+(?={_PRINT_MARKS})")
_BEFORE_PRINT_MARK = re.compile(f"(?<=[^{WORD_JOINER}])(?={_PRINT_MARKS})")


def join_closing_marks(text: str) -> str:
    """Plain `text` with a word joiner before every mark that must not start a printed line.

    A zero-width space before a mark is dropped: Unicode allows a break after it whatever
    follows, a joiner included. After an ordinary space the joiner does hold (rule LB11 comes
    before the break-after-space rule).
    """
    return _BEFORE_PRINT_MARK.sub(WORD_JOINER, _ZERO_WIDTH_BEFORE.sub("", text))
