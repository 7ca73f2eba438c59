"""How the library search results are drawn: a document row is two fixed lines,

    中华人民共和国代表法（title, elided）— 3 hits
    2015-08-29 · 国家法律 (the version date first, never elided; then the folder, elided)

so versions of one law, which share a title, are told apart by their date at any panel width;
passage rows are the search hits of the document search (location line, snippet ending in "…").
The last row, while more documents match, says how many are listed and loads the next page.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from viewer.ui.common.hit_list import HIT_ROLE, HitDelegate
from viewer.ui.common.i18n import translate
from viewer.ui.library.title_delegate import fitted_title

DOC_ROLE = Qt.ItemDataRole.UserRole + 2
SUPERSEDED_ROLE = Qt.ItemDataRole.UserRole + 4  # True: a later version is in the library


def hits_label(count: int, title_match: bool = False) -> str:
    if title_match and not count:  # its title holds the query, its text does not
        return translate("Library", "title match")
    return translate("Library", "%Ln hit(s)", None, count)


def _date_line(doc, superseded: bool) -> str:
    """The version date (or "no date"), and whether a later version replaced this one."""
    date = doc.date or translate("Library", "no date")
    if superseded:
        return translate("Library", "{date} · superseded version").format(date=date)
    return date


def document_row_lines(
    doc, metrics: QFontMetrics, width: int, superseded: bool = False
) -> tuple[str, str]:
    """The two lines of a document row, each fitting `width` pixels in `metrics`' font."""
    suffix = f" — {hits_label(doc.hits, doc.title_match)}"
    room = max(0, width - metrics.horizontalAdvance(suffix))
    title = fitted_title(doc.title, metrics, room)  # 中华人民共和国 goes first, as citations do
    # Law titles differ at the end (…代表法, …组织法): keep both ends.
    title = metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, room)
    first = title + suffix
    if metrics.horizontalAdvance(first) > width:  # too narrow even for the count
        first = metrics.elidedText(first, Qt.TextElideMode.ElideRight, width)
    date = _date_line(doc, superseded)
    folder = f" · {doc.category}" if doc.category else ""
    room = width - metrics.horizontalAdvance(date)
    tail = metrics.elidedText(folder, Qt.TextElideMode.ElideRight, room) if room > 0 else ""
    second = date + (tail if tail.strip(" ·…") else "")
    return first, second


def document_row_text(doc, superseded: bool = False) -> str:
    """The row's whole text, for accessibility and tooltips."""
    folder = f" · {doc.category}" if doc.category else ""
    label = hits_label(doc.hits, doc.title_match)
    return f"{doc.title} — {label}\n{_date_line(doc, superseded)}{folder}"


class ResultRowDelegate(HitDelegate):
    """Passage rows as search hits; document rows as two elided lines; other rows as text."""

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        if index.data(HIT_ROLE) is not None:
            return super().sizeHint(option, index)
        if index.data(DOC_ROLE) is not None:
            return QSize(200, 2 * option.fontMetrics.lineSpacing() + 2 * self.PAD)
        return QStyledItemDelegate.sizeHint(self, option, index)

    def paint(self, painter, option, index) -> None:
        doc = index.data(DOC_ROLE)
        if index.data(HIT_ROLE) is not None:
            super().paint(painter, option, index)
        elif doc is not None:
            self._paint_document(painter, option, index, doc)
        else:
            QStyledItemDelegate.paint(self, painter, option, index)

    def _paint_document(self, painter, option, index, doc) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        bold = QFont(opt.font)
        bold.setBold(True)
        superseded = bool(index.data(SUPERSEDED_ROLE))
        first, _ = document_row_lines(doc, QFontMetrics(bold), rect.width(), superseded)
        _, second = document_row_lines(doc, QFontMetrics(opt.font), rect.width(), superseded)
        line = opt.fontMetrics.lineSpacing()
        painter.save()
        painter.setPen(opt.palette.color(role))
        painter.setFont(bold)
        painter.drawText(rect.left(), rect.top() + painter.fontMetrics().ascent(), first)
        painter.setFont(opt.font)
        painter.drawText(rect.left(), rect.top() + line + painter.fontMetrics().ascent(), second)
        painter.restore()
