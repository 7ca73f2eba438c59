"""The library list's title cells: a title too long for its cell drops 中华人民共和国 first, as
short citations do (民法典 · 物权编), and only then is elided in the middle; hovering an elided
title shows it whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QStyledItemDelegate, QToolTip

from viewer.core.library.title_matches import short_title

TEXT_MARGINS = 10  # the style's margins around a cell's text (Fusion: about 8)


class ShortTitleDelegate(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        if option.text and not _fits(option, option.text):
            option.text = short_title(option.text)

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 - Qt override
        text = index.data()
        if event.type() == QEvent.Type.ToolTip and text and not _fits(option, text):
            QToolTip.showText(event.globalPos(), text, view)
            return True
        return super().helpEvent(event, view, option, index)


def _fits(option, text: str) -> bool:
    room = option.rect.width() - TEXT_MARGINS
    return option.fontMetrics.horizontalAdvance(text) <= room
