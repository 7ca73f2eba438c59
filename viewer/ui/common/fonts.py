"""Fonts: an explicit CJK family list so Chinese looks the same on every machine.

Qt's own fallback would pick whichever CJK font fontconfig lists first (WenQuanYi when both
it and Noto are installed), so the reading font is named explicitly, best first.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication

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
UI_POINT_SIZE = 10  # the smallest interface size; a larger desktop font is kept
READING_POINT_SIZE = 12  # the reading size beside a 10 pt interface; it scales with it
MIN_ZOOM, MAX_ZOOM = -6, 12  # steps of one point around the reading size


def ui_font() -> QFont:
    """The desktop's font size (readers who asked their system for larger text keep it),
    never below UI_POINT_SIZE, in the CJK families."""
    font = QFont()  # before QApplication.setFont: the desktop's default font
    size = max(font.pointSizeF(), UI_POINT_SIZE)
    font.setFamilies(CJK_FAMILIES)
    font.setPointSizeF(size)
    return font


def reading_point_size() -> int:
    """The reading size at zoom 0: READING_POINT_SIZE, scaled by the interface font size."""
    app = QGuiApplication.instance()
    interface = app.font().pointSizeF() if app is not None else UI_POINT_SIZE
    return max(READING_POINT_SIZE, round(READING_POINT_SIZE * interface / UI_POINT_SIZE))


def reading_font(zoom: int = 0) -> QFont:
    """The document font at a zoom step (clamped)."""
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPointSize(reading_point_size() + clamp_zoom(zoom))
    # Headings and strong text are drawn by emboldening the regular face (Qt's synthetic
    # bold, near identical at reading sizes): a CJK bold face is a second 20 MB file whose
    # touched pages and glyphs cost the idle window about 6 MB (issue 9). Print and PDF
    # keep the real bold (print_font). A family without a "Regular" style matches as before.
    font.setStyleName("Regular")
    return font


def zoom_percent(zoom: int) -> int:
    """The text size at a zoom step, as a percentage of the default size."""
    base = reading_point_size()
    return round(100 * (base + clamp_zoom(zoom)) / base)


def clamp_zoom(zoom: int) -> int:
    return max(MIN_ZOOM, min(MAX_ZOOM, int(zoom)))
