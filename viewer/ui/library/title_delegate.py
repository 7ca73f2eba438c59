"""The library list's title cells: a title too long for its cell drops 中华人民共和国 first, as
short citations do (民法典 · 物权编), and only then is elided in the middle; hovering an elided
title shows it whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QStyledItemDelegate, QToolTip

from viewer.core.library.titles import short_title

TEXT_MARGINS = 10  # the style's margins around a cell's text (Fusion: about 8)


def fitted_title(title: str, metrics, room: int) -> str:
    """`title`, or its short form when the whole is wider than `room` pixels (still to be
    elided if that is too wide as well): the list's cells and the results' rows."""
    return title if metrics.horizontalAdvance(title) <= room else short_title(title)


class ShortTitleDelegate(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        if option.text:
            option.text = fitted_title(option.text, option.fontMetrics, _room(option))

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802 - Qt override
        text = index.data()
        if event.type() == QEvent.Type.ToolTip and text and not _fits(option, text):
            QToolTip.showText(event.globalPos(), text, view)
            return True
        return super().helpEvent(event, view, option, index)


def _fits(option, text: str) -> bool:
    return option.fontMetrics.horizontalAdvance(text) <= _room(option)


def _room(option) -> int:
    return option.rect.width() - TEXT_MARGINS
