"""Fonts: an explicit CJK family list so Chinese looks the same on every machine.

Qt's own fallback would pick whichever CJK font fontconfig lists first (WenQuanYi when both
it and Noto are installed), so the reading font is named explicitly, best first.
"""

from __future__ import annotations

from PySide6.QtGui import QFont

CJK_FAMILIES = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Sans Serif",
]
MONO_FAMILIES = [
    "Noto Sans Mono CJK SC",
    "WenQuanYi Micro Hei Mono",
    "DejaVu Sans Mono",
    "Monospace",
]
UI_POINT_SIZE = 10
READING_POINT_SIZE = 12
MIN_ZOOM, MAX_ZOOM = -6, 12  # steps of one point around READING_POINT_SIZE


def ui_font() -> QFont:
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPointSize(UI_POINT_SIZE)
    return font


def reading_font(zoom: int = 0) -> QFont:
    """The document font at a zoom step (clamped)."""
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPointSize(READING_POINT_SIZE + clamp_zoom(zoom))
    return font


def zoom_percent(zoom: int) -> int:
    """The text size at a zoom step, as a percentage of the default size."""
    return round(100 * (READING_POINT_SIZE + clamp_zoom(zoom)) / READING_POINT_SIZE)


def clamp_zoom(zoom: int) -> int:
    return max(MIN_ZOOM, min(MAX_ZOOM, int(zoom)))
