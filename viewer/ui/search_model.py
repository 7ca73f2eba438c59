"""The results list: a list model over plain `Hit`s and a delegate that draws each one as
"pane › heading" above its snippet, the matched text highlighted."""

from __future__ import annotations

import html
import math
import re

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.ui.plain_text import rich_safe

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
# Qt's rich text ignores <mark>: the core is asked for this span instead (see search_controller).
MARK_OPEN = '<span style="background-color:#ffd54a; color:#1a1a1a;">'
MARK_CLOSE = "</span>"
_TAGS = re.compile(r"<[^>]+>")


def hit_location(hit) -> str:
    if hit.heading and hit.heading != hit.pane_title:
        return f"{hit.pane_title} › {hit.heading}"
    return hit.pane_title


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
            return rich_safe(f"{hit_location(hit)} — {len(hit.spans)} match(es)")
        return None


class HitDelegate(QStyledItemDelegate):
    """Fixed-height rows (so long result lists stay cheap): one location line, then up to
    SNIPPET_LINES lines of the snippet, clipped."""

    SNIPPET_LINES = 3
    PAD = 6

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * (1 + self._snippet_lines(option, index)) + 3 * self.PAD)

    def _snippet_lines(self, option, index) -> int:
        """Lines the snippet needs at the list's width (1..SNIPPET_LINES): no empty rows."""
        hit = index.data(HIT_ROLE)
        widget = option.widget
        width = (widget.viewport().width() if widget is not None else 0) - 2 * self.PAD
        if hit is None or width <= 0:
            return self.SNIPPET_LINES
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(hit.snippet)
        doc.setTextWidth(width)
        height = doc.documentLayout().documentSize().height()
        lines = math.ceil(height / option.fontMetrics.lineSpacing())
        return max(1, min(self.SNIPPET_LINES, lines))

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
        location = painter.fontMetrics().elidedText(
            hit_location(hit), Qt.TextElideMode.ElideMiddle, rect.width()
        )
        painter.drawText(rect.left(), rect.top() + painter.fontMetrics().ascent(), location)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(hit.snippet)
        doc.setTextWidth(rect.width())
        painter.translate(rect.left(), rect.top() + line + self.PAD // 2)
        clip = QRectF(0, 0, rect.width(), line * self.SNIPPET_LINES)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()
