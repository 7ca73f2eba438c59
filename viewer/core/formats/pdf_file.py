"""PDF files with a text layer -> Markdown: lines (pdf_lines.py) become paragraphs and headings.

PDF has no paragraphs: a line that stops short of its column's right edge, a gap wider than the
usual line pitch, an indented line, or an official number (第X条 , （一）) at the start of the next
line ends one. Lines join without a space between CJK characters. Larger type is a heading; the
first heading in the largest type on page 1 is the title (wrapped lines joined).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter

from viewer.core.base.errors import DocumentError
from viewer.core.formats.markdown_out import MarkdownWriter, add_text_block
from viewer.core.formats.pdf_lines import Line, drop_running_lines, page_lines, reading_order
from viewer.core.i18n.catalogue import translate

MAX_PAGES = 5_000
# 第X条 opens an article only when a space follows it: a line may begin with a reference
# (… 遇有本法 / 第一百零五条第二款规定 …) where a wrapped sentence continues
_STARTS_UNIT = re.compile(
    r"^(?:第[一二三四五六七八九十百千零〇\d]+(?:条(?:之[一二三四五六七八九十]+)?|[章节编])\s"
    r"|（[一二三四五六七八九十\d]+）|[一二三四五六七八九十]+、)"
)
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def pdf_to_markdown(data: bytes) -> str:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:  # PDFium's own words ("Data format error") help nobody
        if "password" in str(exc).lower():
            message = translate("Formats", "the PDF is protected by a password")
        else:
            message = translate("Formats", "not a readable PDF: the file is damaged or not a PDF")
        raise DocumentError(message) from exc
    if len(pdf) > MAX_PAGES:
        message = translate("Formats", "the PDF has {pages} pages; at most {limit} are read")
        raise DocumentError(message.format(pages=f"{len(pdf):,}", limit=f"{MAX_PAGES:,}"))
    pages = [page_lines(pdf, i) for i in range(len(pdf))]
    if not any(p.lines for p in pages):
        raise DocumentError(
            translate(
                "Formats",
                "the PDF has no text layer (a scan?); OCR is not supported, "
                "so there is no text to show",
            )
        )
    drop_running_lines(pages)
    ordered = [line for page in pages for line in reading_order(page)]
    return _write(ordered, _title_from(pdf), pages[0].height)


def _title_from(pdf) -> str:
    try:
        return (pdf.get_metadata_dict().get("Title") or "").strip()
    except Exception:  # metadata is optional and sometimes malformed
        return ""


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
    return previous.right < edges.of(previous) - height * 2.5


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
