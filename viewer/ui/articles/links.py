"""References in the text as links: a hover card with the cited text, a click to follow.

Nothing is inserted into the rendered HTML: the mouse position is mapped back to the passage
and offset under it (TopicPane.text_map) and looked up among the document's references
(viewer.core.articles.reading). The card is a child widget of the window, so it is part of a
window grab (screenshots) and never a separate top-level tooltip.
"""

from __future__ import annotations

from bisect import bisect_right
from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from viewer.core.articles.reading import Link
from viewer.ui.common.i18n import translate

CARD_WIDTH = 420


def status_text(status: str) -> str:
    """Why a reference cannot be followed, in the interface language."""
    from viewer.core.articles.resolution import status_name

    return status_name(status)


class HoverCard(QFrame):
    """The cited article's text, shown next to the mouse (pkulaw's 法条联想)."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setObjectName("articleHoverCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # paint the background
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#articleHoverCard { background-color: palette(base);"
            " color: palette(text); border: 1px solid palette(mid); border-radius: 6px; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label)
        self.setFixedWidth(CARD_WIDTH)
        self.hide()

    def show_link(self, link: Link, at: QPoint) -> None:
        self.label.setText(card_html(link))
        self.adjustSize()
        parent = self.parentWidget()
        x = min(at.x() + 12, max(0, parent.width() - self.width() - 8))
        y = at.y() + 18
        if y + self.height() > parent.height():
            y = max(0, at.y() - self.height() - 8)
        self.move(x, y)
        self.show()
        self.raise_()


def card_html(link: Link) -> str:
    where = (
        f"《{link.target_title}》{link.target_address}" if link.target_path else link.target_address
    )
    head = f"<b>{escape(where or link.text)}</b>"
    if link.resolved and link.preview:
        body = escape(link.preview).replace("\n", "<br>")
        hint = escape(translate("Articles", "Click to open"))
        return f"{head}<br>{body}<br><i>{hint}</i>"
    status = status_text(link.status)
    note = f"<br>{escape(link.note)}" if link.note else ""
    return f"{head}<br><i>{escape(status)}</i>{note}"


class LinkTracker(QObject):
    """Watches one TopicPane's viewport: hover shows the card, a click follows the link."""

    link_clicked = Signal(object)  # Link

    def __init__(self, view, card: HoverCard, links_for) -> None:
        super().__init__(view)
        self.view, self.card, self.links_for = view, card, links_for
        view.viewport().setMouseTracking(True)
        view.viewport().installEventFilter(self)

    def link_at(self, pos: QPoint) -> Link | None:
        pane, reading = self.view.pane, self.links_for()
        text_map = self.view.text_map()
        if pane is None or reading is None or text_map is None:
            return None
        position = self.view.cursorForPosition(pos).position()
        offset, _ = text_map.doc_to_pane(position, position + 1)
        starts = pane.passage_starts()
        index = bisect_right(starts, offset) - 1
        if index < 0:
            return None
        passage = pane.passages[index]
        return reading.link_at(passage.id, offset - starts[index])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            self._hover(event.position().toPoint())
        elif kind == QEvent.Type.Leave:
            self.card.hide()
        elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            self._click(event.position().toPoint())
        return False

    def _click(self, pos: QPoint) -> None:
        if self.view.textCursor().hasSelection():
            return  # the reader selected text: not a click on a link
        link = self.link_at(pos)
        if link is not None:
            self.card.hide()
            self.link_clicked.emit(link)

    def _hover(self, pos: QPoint) -> None:
        link = self.link_at(pos)
        viewport = self.view.viewport()
        if link is None:
            self.card.hide()
            viewport.unsetCursor()
            return
        shape = (
            Qt.CursorShape.PointingHandCursor if link.resolved else Qt.CursorShape.WhatsThisCursor
        )
        viewport.setCursor(shape)
        self.card.show_link(link, viewport.mapTo(self.card.parentWidget(), pos))
