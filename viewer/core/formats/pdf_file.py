"""PDF files with a text layer -> Markdown (pypdfium2, PDFium's text extraction).

PDF has no paragraphs, only positioned runs of text. Runs become lines (same baseline), lines
become paragraphs: a line that stops short of the column's right edge, a wider gap than the usual
line pitch, or an official number at the start of the next line (第X条, （一）) ends a paragraph.
Lines join without a space between CJK characters. Running headers and footers (the same text
at the top or bottom of most pages) and page numbers (`- 3 -`, `第 3 页`) are dropped; a page
whose lines fall into two columns is read left column first. Larger type is a heading.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from viewer.core.errors import DocumentError
from viewer.core.formats.markdown_out import MarkdownWriter, add_text_block

MAX_PAGES = 5_000
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—－]\s*\d+\s*[-–—－]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d+"
    r"|page\s+\d+(?:\s+of\s+\d+)?)$",
    re.I,
)
# 第X条 opens an article only when a space follows it: a line may begin with a reference
# (… 遇有本法 / 第一百零五条第二款规定 …) where a wrapped sentence continues
_STARTS_UNIT = re.compile(
    r"^(?:第[一二三四五六七八九十百千零〇\d]+(?:条(?:之[一二三四五六七八九十]+)?|[章节编])\s"
    r"|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、)"
)
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]")
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


def pdf_to_markdown(data: bytes) -> str:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise DocumentError(f"not a readable PDF ({exc})") from exc
    if len(pdf) > MAX_PAGES:
        raise DocumentError(f"the PDF has {len(pdf):,} pages; at most {MAX_PAGES:,} are read")
    pages = [_page_lines(pdf, i) for i in range(len(pdf))]
    if not any(p.lines for p in pages):
        raise DocumentError(
            "the PDF has no text layer (a scan?); OCR is not supported, so there is no text to show"
        )
    _drop_running_lines(pages)
    ordered = [line for page in pages for line in _reading_order(page)]
    return _write(ordered, _title_from(pdf), pages[0].height)


def _title_from(pdf) -> str:
    try:
        return (pdf.get_metadata_dict().get("Title") or "").strip()
    except Exception:  # metadata is optional and sometimes malformed
        return ""


def _page_lines(pdf, index: int) -> PageLines:
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


def _drop_running_lines(pages: list[PageLines]) -> None:
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


def _reading_order(page: PageLines) -> list[Line]:
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


def _write(lines: list[Line], meta_title: str, page_height: float) -> str:
    writer = MarkdownWriter()
    if not lines:
        return writer.text()
    body_size = Counter(line.size for line in lines).most_common(1)[0][0]
    blocks = _heading_groups(lines, body_size)
    heading_sizes = sorted({g[0].size for g in blocks if g[0].size > body_size * 1.1}, reverse=True)
    title_at = _title_group(blocks, heading_sizes)
    if title_at is not None:
        writer.front["title"] = _join(blocks[title_at])
        above = [g for g in blocks[:title_at] if g[0].top < page_height * 0.9]
        header = [g for g in blocks[:title_at] if g[0].top >= page_height * 0.9]
        if header:  # a running header that a one-page file cannot show repeating: kept as metadata
            writer.front["page_header"] = " ".join(_join(g) for g in header)
        blocks = above + blocks[title_at + 1 :]
    pitch = _line_pitch(lines)
    edges = ColumnEdges(lines)
    paragraph: list[Line] = []

    def flush() -> None:
        if paragraph:
            add_text_block(writer, _join(paragraph))
            paragraph.clear()

    for group in blocks:
        size = group[0].size
        if size > body_size * 1.1:
            flush()
            writer.heading(max(2, heading_sizes.index(size) + 1), _join(group))
            continue
        line = group[0]
        if paragraph and _breaks(paragraph[-1], line, pitch, edges):
            flush()
        paragraph.append(line)
    flush()
    if not writer.front.get("title") and meta_title:
        writer.front["title"] = meta_title
    return writer.text()


def _heading_groups(lines: list[Line], body_size: float) -> list[list[Line]]:
    """Body lines one by one; a heading that wraps (the same larger size on the next line,
    close below it) as one group."""
    groups: list[list[Line]] = []
    for line in lines:
        last = groups[-1] if groups else None
        wraps = (
            last is not None
            and line.size > body_size * 1.1
            and last[-1].size == line.size
            and last[-1].page == line.page
            and 0 < last[-1].bottom - line.bottom < (line.top - line.bottom) * 2
        )
        if wraps:
            last.append(line)
        else:
            groups.append([line])
    return groups


def _title_group(groups: list[list[Line]], heading_sizes: list[float]) -> int | None:
    """The first group on the first page set in the largest heading size."""
    if not heading_sizes:
        return None
    first_page = groups[0][0].page
    for index, group in enumerate(groups):
        if group[0].page != first_page:
            return None
        if group[0].size == heading_sizes[0]:
            return index
    return None


def _line_pitch(lines: list[Line]) -> float:
    gaps = [
        a.bottom - b.bottom
        for a, b in zip(lines, lines[1:], strict=False)
        if a.page == b.page and 0 < a.bottom - b.bottom < (a.top - a.bottom) * 3
    ]
    return statistics.median(gaps) if gaps else 0.0


class ColumnEdges:
    """The right edge of the text column each line belongs to (per page, per half of the page)."""

    def __init__(self, lines: list[Line]) -> None:
        bounds: dict[int, list[float]] = {}
        for line in lines:
            low, high = bounds.setdefault(line.page, [line.left, line.right])
            bounds[line.page] = [min(low, line.left), max(high, line.right)]
        self._middle = {page: (low + high) / 2 for page, (low, high) in bounds.items()}
        self._edges: dict[tuple[int, bool], float] = {}
        for line in lines:
            key = self._key(line)
            self._edges[key] = max(self._edges.get(key, 0.0), line.right)

    def _key(self, line: Line) -> tuple[int, bool]:
        return line.page, line.left > self._middle[line.page]

    def of(self, line: Line) -> float:
        return self._edges.get(self._key(line), line.right)


def _breaks(previous: Line, line: Line, pitch: float, edges: ColumnEdges) -> bool:
    if _STARTS_UNIT.match(line.text.strip()):
        return True
    height = max(previous.top - previous.bottom, 1.0)
    if previous.page == line.page and pitch and previous.bottom - line.bottom > pitch * 1.35:
        return True
    if line.left - previous.left > height * 1.5:
        return True  # an indented first line
    return previous.right < edges.of(previous) - height * 1.5


def _join(lines: list[Line]) -> str:
    text = ""
    for line in lines:
        part = line.text.strip()
        if not text:
            text = part
        elif text.endswith("-") and part[:1].islower():
            text = text[:-1] + part  # a hyphenated English word
        elif _CJK.search(text[-1]) or _CJK.search(part[:1]):
            text += part
        else:
            text += " " + part
    return text
