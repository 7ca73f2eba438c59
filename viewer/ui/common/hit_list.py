"""The results list: a list model over plain `Hit`s and a delegate that draws each one as
"pane › heading" above its snippet, the matched text highlighted."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from viewer.core.document.passage_addresses import address_tail, with_address
from viewer.ui.common.i18n import translate
from viewer.ui.common.pane_names import shown_pane_title
from viewer.ui.common.plain_text import rich_safe

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
# Qt's rich text ignores <mark>: the core is asked for this span instead (see ui.search.controller).
MARK_OPEN = '<span style="background-color:#ffd54a; color:#1a1a1a;">'
MARK_CLOSE = "</span>"
_TAGS = re.compile(r"<[^>]+>")
LINE_CACHE = 20_000  # snippet layouts remembered by the delegate


def hit_location(hit) -> str:
    """pane › heading › address (第二章 罚则 › 第十五条第二款), each level named once."""
    return with_address(section_location(hit), getattr(hit, "address", ""))


def section_location(hit) -> str:
    # Spacing aside (library indexes written before pane titles were collapsed keep "第三章  …").
    pane = shown_pane_title(hit.pane_title)
    if hit.heading and hit.heading.split() != hit.pane_title.split():
        return f"{pane} › {hit.heading}"
    return pane


def elided_location(hit, metrics, width: int) -> str:
    """The location line within `width` pixels: the address (第十五条第二款) is kept whole,
    then the pane title gives way first, so the section the hit belongs to stays readable."""
    section = section_location(hit)
    tail = address_tail(section, getattr(hit, "address", ""))
    if not tail:
        return _elided_section(section, metrics, width)
    suffix = f" › {tail}" if section else tail
    room = width - metrics.horizontalAdvance(suffix)
    if not section or room < metrics.horizontalAdvance("中中…"):
        return metrics.elidedText(tail, Qt.TextElideMode.ElideLeft, width)
    return _elided_section(section, metrics, room) + suffix


def _elided_section(whole: str, metrics, width: int) -> str:
    if metrics.horizontalAdvance(whole) <= width or " › " not in whole:
        return metrics.elidedText(whole, Qt.TextElideMode.ElideMiddle, width)
    pane, heading = whole.split(" › ", 1)
    least = min(width // 3, metrics.horizontalAdvance(pane[:2] + "…"))  # a hint of the pane
    pane_room = max(least, width - metrics.horizontalAdvance(" › " + heading))
    pane = metrics.elidedText(pane, Qt.TextElideMode.ElideRight, pane_room)
    rest = width - metrics.horizontalAdvance(pane + " › ")
    return pane + " › " + metrics.elidedText(heading, Qt.TextElideMode.ElideRight, rest)


def plain_snippet(hit) -> str:
    return html.unescape(_TAGS.sub("", hit.snippet))


class HitListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list = []

    def set_hits(self, hits) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int):
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, passage_id: str) -> int:
        return next((i for i, h in enumerate(self._hits) if h.passage_id == passage_id), -1)

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self._hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit_location(hit)}: {plain_snippet(hit)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            spans = len(hit.spans)  # a plain name: lupdate reads no expression here
            count = translate("HitList", "%Ln match(es)", None, spans)
            return rich_safe(f"{hit_location(hit)} — {count}")
        return None


class HitDelegate(QStyledItemDelegate):
    """Fixed-height rows (so long result lists stay cheap): one location line, then up to
    SNIPPET_LINES lines of the snippet, ending in "…" when it is longer."""

    SNIPPET_LINES = 3
    PAD = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: dict[tuple, int] = {}  # (snippet, width, font) -> lines it takes

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * (1 + self._snippet_lines(option, index)) + 3 * self.PAD)

    def _snippet_lines(self, option, index) -> int:
        """Lines the snippet needs at the list's width (1..SNIPPET_LINES): no empty rows."""
        hit = index.data(HIT_ROLE)
        widget = option.widget
        width = (widget.viewport().width() if widget is not None else 0) - 2 * self.PAD
        width -= _indent(widget, index)  # paint() gets the indented rect of a tree's child row
        if hit is None or width <= 0:
            return self.SNIPPET_LINES
        # A tree with rows of different heights asks every row again at each layout (each
        # added page): laying the snippet out once per width keeps that cheap.
        key = (hit.snippet, width, option.font.key())
        lines = self._lines.get(key)
        if lines is None:
            if len(self._lines) > LINE_CACHE:
                self._lines.clear()
            document = snippet_document(hit, option.font, width, self.SNIPPET_LINES)
            lines = self._lines[key] = max(1, line_count(document))
        return lines

    def paint(self, painter, option, index) -> None:
        hit = index.data(HIT_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        if hit is None:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(group)
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        line = opt.fontMetrics.lineSpacing()
        painter.save()
        header = QFont(opt.font)
        header.setBold(True)
        painter.setFont(header)
        painter.setPen(colour)
        location = elided_location(hit, painter.fontMetrics(), rect.width())
        painter.drawText(rect.left(), rect.top() + painter.fontMetrics().ascent(), location)
        # As many lines as the row has room for: a row sized at another width never overflows.
        room = (rect.height() - line - self.PAD // 2) // line
        doc = snippet_document(hit, opt.font, rect.width(), max(1, min(self.SNIPPET_LINES, room)))
        painter.translate(rect.left(), rect.top() + line + self.PAD // 2)
        clip = QRectF(0, 0, rect.width(), line * self.SNIPPET_LINES)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()


def _indent(widget, index) -> int:
    """Pixels a tree view indents the row of `index` (0 in a list)."""
    if not isinstance(widget, QTreeView):
        return 0
    depth, parent = int(widget.rootIsDecorated()), index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth * widget.indentation()


def snippet_document(hit, font, width: float, max_lines: int) -> QTextDocument:
    """The hit's snippet laid out at `width`; cut after `max_lines` lines with "…" so a long
    one reads as continued instead of being clipped mid-line."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(hit.snippet)
    doc.setTextWidth(width)
    end = _end_of_line(doc, max_lines)
    if end is None:
        return doc
    cursor = QTextCursor(doc)
    cursor.setPosition(end)
    cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("…")  # keeps the character format (a highlight stays a highlight)
    while line_count(doc) > max_lines and cursor.position() > 1:
        # "…" can be wider than what it replaced: give it one more character of room.
        cursor.movePosition(QTextCursor.MoveOperation.Left, n=1)
        cursor.deletePreviousChar()
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=1)
    return doc


def line_count(doc: QTextDocument) -> int:
    doc.documentLayout().documentSize()  # lays the document out
    count, block = 0, doc.begin()
    while block.isValid():
        count += block.layout().lineCount()
        block = block.next()
    return count


def _end_of_line(doc: QTextDocument, max_lines: int) -> int | None:
    """Position just before the last character of line `max_lines`, or None if it all fits."""
    if line_count(doc) <= max_lines:
        return None
    seen, block = 0, doc.begin()
    while block.isValid():
        layout = block.layout()
        if seen + layout.lineCount() >= max_lines:
            line = layout.lineAt(max_lines - seen - 1)
            return max(
                block.position(), block.position() + line.textStart() + line.textLength() - 1
            )
        seen += layout.lineCount()
        block = block.next()
    return None
