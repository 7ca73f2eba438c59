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
_STARTS_UNIT = re.compile(
    r"^(?:第[一二三四五六七八九十百千零〇\d]+[条章节编]|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、)"
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
    return _write(ordered, _title_from(pdf))


def _title_from(pdf) -> str:
    try:
        return (pdf.get_metadata_dict().get("Title") or "").strip()
    except Exception:  # metadata is optional and sometimes malformed
        return ""


def _page_lines(pdf, index: int) -> PageLines:
    import pypdfium2.raw as raw

    page = pdf[index]
    width, height = page.get_size()
    textpage = page.get_textpage()
    runs = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = (
            textpage.get_text_bounded(left, bottom, right, top).replace("\r", "").replace("\n", "")
        )
        if not text.strip():
            continue
        first = textpage.get_index(left + 0.5, (top + bottom) / 2, 2, 2)
        size = raw.FPDFText_GetFontSize(textpage.raw, first) if first >= 0 else top - bottom
        runs.append(Line(index, left, right, top, bottom, round(size, 1), text))
    return PageLines(width, height, _merge_runs(runs))


def _merge_runs(runs: list[Line]) -> list[Line]:
    """Runs whose vertical centres agree (within half a line) form a row, read left to right."""
    rows: list[list[Line]] = []
    for run in sorted(runs, key=lambda r: -(r.top + r.bottom) / 2):
        centre, height = (run.top + run.bottom) / 2, max(run.top - run.bottom, 1.0)
        row = rows[-1] if rows else None
        if row is not None and abs((row[0].top + row[0].bottom) / 2 - centre) < height * 0.5:
            row.append(run)
        else:
            rows.append([run])
    lines: list[Line] = []
    for row in rows:
        line = None
        for run in sorted(row, key=lambda r: r.left):
            height = max(run.top - run.bottom, 1.0)
            if line is not None and -height < run.left - line.right < height * 3:
                line.text = _glue(line.text, run.text, run.left - line.right > height * 0.15)
                line.right = max(line.right, run.right)
                line.top, line.bottom = max(line.top, run.top), min(line.bottom, run.bottom)
                line.size = max(line.size, run.size)
            else:
                line = Line(run.page, run.left, run.right, run.top, run.bottom, run.size, run.text)
                lines.append(line)
    for line in lines:
        line.text = _CJK_LATIN_SPACE.sub("", line.text)
    return lines


def _glue(left: str, right: str, gap: bool) -> str:
    """A space between two runs only where Latin words or numbers meet across a visible gap."""
    space = gap and _LATIN_END.search(left.rstrip()) and _LATIN_START.search(right.lstrip())
    return left.rstrip() + (" " if space else "") + right.lstrip() if space else left + right


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
    """Two columns when most lines sit wholly left or wholly right of the page's middle."""
    middle = page.width / 2
    left = [line for line in page.lines if line.right < middle + 2]
    right = [line for line in page.lines if line.left > middle - 2]
    spanning = [line for line in page.lines if line not in left and line not in right]
    if len(left) >= 3 and len(right) >= 3 and len(spanning) <= len(page.lines) * 0.2:
        above = [s for s in spanning if s.bottom >= max(x.top for x in left + right)]
        below = [s for s in spanning if s not in above]
        return above + left + right + below
    return page.lines


def _write(lines: list[Line], meta_title: str) -> str:
    writer = MarkdownWriter()
    if not lines:
        return writer.text()
    body_size = Counter(line.size for line in lines).most_common(1)[0][0]
    heading_sizes = sorted(
        {line.size for line in lines if line.size > body_size * 1.1}, reverse=True
    )
    pitch = _line_pitch(lines)
    edges = ColumnEdges(lines)
    paragraph: list[Line] = []

    def flush() -> None:
        if paragraph:
            add_text_block(writer, _join(paragraph))
            paragraph.clear()

    for line in lines:
        if line.size > body_size * 1.1:
            flush()
            level = heading_sizes.index(line.size) + 1 if line.size in heading_sizes else 2
            if level == 1 and not writer.front.get("title") and not writer.blocks:
                writer.front["title"] = line.text.strip()
            else:
                writer.heading(max(2, level), line.text)
            continue
        if paragraph and _breaks(paragraph[-1], line, pitch, edges):
            flush()
        paragraph.append(line)
    flush()
    if not writer.front.get("title") and meta_title:
        writer.front["title"] = meta_title
    return writer.text()


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
