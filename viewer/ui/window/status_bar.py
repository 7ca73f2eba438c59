"""The status bar: a message too long for the room left of the permanent widgets (busy bar,
zoom, search counts) ends in "…" a gap before them instead of running into them."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStatusBar, QStyle, QStyleOption, QWidget

LEFT = 6  # where Qt starts the message
GAP = 16  # between the message's end and the first permanent widget


class ElidingStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._permanent: list[QWidget] = []

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:  # noqa: N802
        self._permanent.append(widget)
        super().addPermanentWidget(widget, stretch)

    def insertPermanentWidget(self, index: int, widget: QWidget, stretch: int = 0) -> int:  # noqa: N802
        self._permanent.append(widget)
        return super().insertPermanentWidget(index, widget, stretch)

    def message_rect(self) -> QRect:
        right = self.width() - 12
        for widget in self._permanent:
            if widget.isVisible():
                right = min(right, widget.x() - GAP)
        return QRect(LEFT, 0, max(0, right - LEFT), self.height())

    def shown_message(self) -> str:
        """The message as painted: elided to fit message_rect."""
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, self.message_rect().width()
        )

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self.currentMessage():
            super().paintEvent(event)
            return
        # As QStatusBar paints a message, but elided and clear of the permanent widgets.
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._permanent:
            if widget.isVisible() and widget.parent() is not None:
                item = QStyleOption()
                item.rect = widget.geometry().adjusted(-2, -1, 2, 1)
                item.palette = self.palette()
                self.style().drawPrimitive(
                    QStyle.PrimitiveElement.PE_FrameStatusBarItem, item, painter, widget
                )
        painter.setPen(self.palette().windowText().color())
        flags = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            self.message_rect(), int(flags) | int(Qt.TextFlag.TextSingleLine), self.shown_message()
        )
