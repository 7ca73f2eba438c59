"""A PDF page as lines of text in reading order (PDFium via pypdfium2).

Lines come from PDFium's text order (it marks each line end); each line's characters are placed
by their advance boxes, because a glyph from a fallback font (“ ”) often comes at the end of its
line in the stream. Page numbers and running headers in the margins are dropped; a page whose
lines keep clear of a gutter near the middle is two columns, read left column first.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_PAGE_NUMBER = re.compile(
    r"^(?:[-–—－]\s*\d+\s*[-–—－]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d+"
    r"|page\s+\d+(?:\s+of\s+\d+)?)$",
    re.I,
)
# PDF text often carries a space where Western and CJK type meet (2004 年); the source had none
_CJK_LATIN_SPACE = re.compile(
    r"(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])[ \u00a0]+(?=[A-Za-z0-9])"
    r"|(?<=[A-Za-z0-9])[ \u00a0]+(?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])"
)


@dataclass
class Line:
    page: int
    left: float
    right: float
    top: float
    bottom: float
    size: float
    text: str
    chars: list = field(default_factory=list)  # a line's characters, while it is built


@dataclass
class PageLines:
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)


def page_lines(pdf, index: int) -> PageLines:
    """Lines in the page's text order (PDFium marks each line end), each written left to right
    by character position: a glyph from a fallback font, such as “ ”, often comes at the end of
    its line in the stream."""
    page = pdf[index]
    width, height = page.get_size()
    lines = _stream_lines(page.get_textpage(), index)
    lines = _absorb_strays(lines)
    for line in lines:
        _write_line(line)
    return PageLines(width, height, [line for line in lines if line.text])


def _stream_lines(textpage, index: int) -> list[Line]:
    """Characters (advance boxes) grouped into lines at PDFium's line breaks, or where the next
    character jumps back or to another row; a line's type size is its first character's."""
    import ctypes

    import pypdfium2.raw as raw

    handle, box = textpage.raw, raw.FS_RECTF()
    get_unicode, is_generated = raw.FPDFText_GetUnicode, raw.FPDFText_IsGenerated
    get_box, box_ref = raw.FPDFText_GetLooseCharBox, ctypes.byref(box)
    lines: list[Line] = []
    current: list[tuple] = []  # (left, right, top, bottom, character, index)

    def close() -> None:
        if current:
            size = raw.FPDFText_GetFontSize(handle, current[0][5]) or current[0][2] - current[0][3]
            lines.append(_line_of(index, current, round(size, 1)))
            current.clear()

    for i in range(textpage.count_chars()):
        code = get_unicode(handle, i)
        if code in (10, 13):
            close()
            continue
        if is_generated(handle, i) or code < 32 or code in (0xFFFE, 0xFFFF):
            continue
        get_box(handle, i, box_ref)
        char = (box.left, box.right, box.top, box.bottom, chr(code), i)
        if current and _starts_new_line(current[-1], char):
            close()
        current.append(char)
    close()
    return lines


def _starts_new_line(previous: tuple, char: tuple) -> bool:
    left, _right, top, bottom, _text, _i = char
    em = max(top - bottom, 1.0)
    centre = (top + bottom) / 2
    other_row = not previous[3] <= centre <= previous[2]
    return other_row or left < previous[0] - em * 2 or left > previous[1] + em * 4


def _line_of(page: int, chars: list[tuple], size: float) -> Line:
    line = Line(
        page,
        min(c[0] for c in chars),
        max(c[1] for c in chars),
        max(c[2] for c in chars),
        min(c[3] for c in chars),
        size,
        "",
    )
    line.chars = list(chars)
    return line


def _absorb_strays(lines: list[Line]) -> list[Line]:
    """A few characters on a line of their own inside another line's box (glyphs the stream
    put elsewhere) join that line."""
    kept = []
    for line in lines:
        host = None
        if len(line.chars) <= 3:
            host = next(
                (o for o in lines if o is not line and len(o.chars) > 3 and _inside(line, o)), None
            )
        if host is None:
            kept.append(line)
        else:
            host.chars.extend(line.chars)
    return kept


def _inside(small: Line, big: Line) -> bool:
    centre = (small.top + small.bottom) / 2
    return (
        big.bottom <= centre <= big.top
        and big.left - 1 <= small.left
        and small.right <= big.right + 1
    )


def _write_line(line: Line) -> None:
    text, last_right = "", None
    em = max(line.size, 1.0)
    for left, right, _top, _bottom, char, _i in sorted(line.chars):
        if last_right is not None and left - last_right > em * 0.3:
            text += " "
        text, last_right = text + char, right
    line.left = min(c[0] for c in line.chars)
    line.right = max(c[1] for c in line.chars)
    line.text = _CJK_LATIN_SPACE.sub("", re.sub(r" {2,}", " ", text)).strip()


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def drop_running_lines(pages: list[PageLines]) -> None:
    """Page numbers anywhere in the top/bottom margin, and margin text repeated on most pages."""
    margin = [line for p in pages for line in p.lines if _in_margin(line, p)]
    counts = Counter(_norm(line.text) for line in margin)
    threshold = max(2, len(pages) // 2)
    for page in pages:
        page.lines = [
            line
            for line in page.lines
            if not (
                _in_margin(line, page)
                and (_PAGE_NUMBER.match(line.text.strip()) or counts[_norm(line.text)] >= threshold)
            )
        ]


def _in_margin(line: Line, page: PageLines) -> bool:
    return line.top > page.height * 0.9 or line.bottom < page.height * 0.1


def reading_order(page: PageLines) -> list[Line]:
    """Two columns when a gutter near the middle separates most lines: left column, then right;
    lines that cross the gutter (a title, a wide table) stay above or below the columns."""
    gutter = _gutter(page)
    if gutter is None:
        return sorted(page.lines, key=lambda line: -line.top)
    left = [line for line in page.lines if line.right <= gutter]
    right = [line for line in page.lines if line.left >= gutter]
    spanning = [line for line in page.lines if line.right > gutter > line.left]
    top_of_columns = max(line.top for line in left + right)
    above = [line for line in spanning if line.bottom >= top_of_columns - 1]
    below = [line for line in spanning if line not in above]
    return [line for group in (above, left, right, below) for line in _top_down(group)]


def _top_down(lines: list[Line]) -> list[Line]:
    return sorted(lines, key=lambda line: -line.top)


def _gutter(page: PageLines) -> float | None:
    """An x near the page's middle that no line of at least three on each side crosses."""
    low, high = page.width * 0.35, page.width * 0.65
    candidates = sorted(
        {round(x) for line in page.lines for x in (line.left, line.right) if low < x < high}
    )
    best = None
    for x in candidates:
        crossing = sum(1 for line in page.lines if line.left < x < line.right)
        left = sum(1 for line in page.lines if line.right <= x)
        right = sum(1 for line in page.lines if line.left >= x)
        fits = left >= 3 and right >= 3 and crossing <= len(page.lines) * 0.15
        if fits and (best is None or crossing < best[0]):
            best = (crossing, x)
    if best is None:
        return None
    x = best[1]
    left_edge = max(line.right for line in page.lines if line.right <= x)
    right_edge = min(line.left for line in page.lines if line.left >= x)
    return (left_edge + right_edge) / 2  # the middle of the gap, clear of both columns
