"""Lay out an export for paper: QTextDocument pages with a running header and page numbers,
drawn on any paged device (QPrinter for print and preview, QPdfWriter for PDF).

The header holds the title and version date; the footer the page number in the interface
language (core export.model.page_footer, so the CLI's PDF follows LANG too). Returns where each
heading landed, so the PDF can get an outline (Qt's PDF writer writes none: see pdf_export).
Fonts: WenQuanYi Micro Hei first. Noto Sans CJK is embedded fine too, but Qt's ToUnicode map for
it sends some glyphs to Kangxi radicals (人 comes out of pdftotext as ⼈), so a PDF drawn with it
cannot be searched or copied correctly; WenQuanYi's map is exact.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextCursor,
    QTextDocument,
)

from viewer.core.export.model import page_footer

PRINT_FAMILIES = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Sans Serif"]
BODY_POINTS = 11
HEADER_POINTS = 8
MARGINS_MM = QMarginsF(20, 18, 20, 18)
CSS_DPI = 96


@dataclass(frozen=True)
class OutlineEntry:
    level: int  # 1 = a section under the title
    text: str
    page: int  # 0-based


def print_font(points: int = BODY_POINTS) -> QFont:
    font = QFont()
    font.setFamilies(PRINT_FAMILIES)
    font.setPointSize(points)
    return font


def set_a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def layout_document(html: str, device: QPagedPaintDevice) -> tuple[QTextDocument, QRectF]:
    """The document laid out in pages of the device's body area (below header, above footer)."""
    resolution = device.resolution()
    paint = device.pageLayout().paintRectPixels(resolution)
    band = _band_height(resolution)
    # A painter on a printer or PDF writer starts at the margins: (0, 0) is paint's top left.
    body = QRectF(0, band, paint.width(), paint.height() - 2 * band)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(print_font())
    doc.setHtml(html)
    _scale_indents(doc, resolution / CSS_DPI)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    return doc, body


def _scale_indents(doc: QTextDocument, factor: float) -> None:
    """Left/right margins (blockquotes, the memo's citations and notes) are given in CSS px,
    1/96 inch; Qt takes them as device pixels, which on a 300 or 1200 dpi page are a sliver."""
    cursor, block = QTextCursor(doc), doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.leftMargin() or fmt.rightMargin():
            fmt.setLeftMargin(fmt.leftMargin() * factor)
            fmt.setRightMargin(fmt.rightMargin() * factor)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        block = block.next()


def render_pages(
    device: QPagedPaintDevice, html: str, title: str, version_date: str = ""
) -> list[OutlineEntry]:
    doc, body = layout_document(html, device)
    pages = max(1, doc.pageCount())
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            _header(painter, device, body, title, version_date)
            _footer(painter, device, body, page + 1, pages)
            painter.save()
            painter.translate(body.left(), body.top() - page * body.height())
            doc.drawContents(painter, QRectF(0, page * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return heading_pages(doc, body.height())


def heading_pages(doc: QTextDocument, page_height: float) -> list[OutlineEntry]:
    """Every heading below the title (h2 and deeper) with the page its first line is on."""
    entries, layout, block = [], doc.documentLayout(), doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        text = block.text().replace("\u2060", "").strip()
        if level >= 2 and text:
            top = layout.blockBoundingRect(block).top()
            entries.append(OutlineEntry(level - 1, text, int(top // page_height)))
        block = block.next()
    return entries


def _band_height(resolution: int) -> float:
    return resolution * 0.38  # ~1 cm: one line of 8 pt text and a gap, for header and footer


def _small_font(device: QPagedPaintDevice) -> QFont:
    font = print_font(HEADER_POINTS)
    return font


def _header(painter: QPainter, device, body: QRectF, title: str, version_date: str) -> None:
    band = _band_height(device.resolution())
    area = QRectF(body.left(), body.top() - band, body.width(), band * 0.7)
    painter.setFont(_small_font(device))
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    align = Qt.AlignmentFlag.AlignBottom
    right = painter.boundingRect(area, align | Qt.AlignmentFlag.AlignRight, version_date)
    room = QRectF(area.left(), area.top(), area.width() - right.width() - band, area.height())
    shown = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, int(room.width()))
    painter.drawText(room, align | Qt.AlignmentFlag.AlignLeft, shown)
    if version_date:
        painter.drawText(area, align | Qt.AlignmentFlag.AlignRight, version_date)
    y = area.bottom() + band * 0.1
    painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y))


def _footer(painter: QPainter, device, body: QRectF, page: int, pages: int) -> None:
    band = _band_height(device.resolution())
    area = QRectF(body.left(), body.bottom() + band * 0.3, body.width(), band * 0.7)
    painter.setFont(_small_font(device))
    painter.setPen(QPen(Qt.GlobalColor.darkGray))
    painter.drawText(area, Qt.AlignmentFlag.AlignCenter, page_footer(page, pages))
