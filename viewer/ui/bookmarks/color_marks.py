"""Bookmark colours as the reader sees them: a soft mark in the text, and in lists a shape
and a name as well, so that no one has to tell the colours apart to tell bookmarks apart.

Each colour has its own shape (● ■ ▲ ◆ ★ ⬢), filled with the colour (light enough to stand
out on the dark theme) and outlined in dark grey (for the light one), and its name in the
interface language.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from viewer.core.bookmarks.model import COLORS, DEFAULT_COLOR, color_name

# Soft backgrounds for marked passages (alpha keeps the text readable in both themes).
MARK_RGBA = {
    "yellow": (255, 221, 87, 85),  # 110 left the dark theme's text at 3.7:1 (WCAG AA: 4.5)
    "green": (120, 200, 120, 100),
    "blue": (120, 170, 255, 100),
    "pink": (255, 150, 190, 100),
    "purple": (180, 140, 255, 100),
    "orange": (255, 170, 80, 110),
}
# One shape per colour, in COLORS order; the glyph is the same shape as text.
SHAPES = {
    "yellow": ("circle", "●"),
    "green": ("square", "■"),
    "blue": ("triangle", "▲"),
    "pink": ("diamond", "◆"),
    "purple": ("star", "★"),
    "orange": ("hexagon", "⬢"),
}
assert set(SHAPES) == set(COLORS) == set(MARK_RGBA)
OUTLINE = QColor(40, 40, 40)


def mark_color(name: str) -> QColor:
    return QColor(*MARK_RGBA.get(name, MARK_RGBA[DEFAULT_COLOR]))


def shape_glyph(name: str) -> str:
    return SHAPES.get(name, SHAPES[DEFAULT_COLOR])[1]


def color_label(name: str) -> str:
    """ "▲ Blue" / "▲ 蓝色": the shape and the name, for list rows, tooltips and screen readers."""
    return f"{shape_glyph(name)} {color_name(name)}"


def swatch(name: str, size: int = 14) -> QIcon:
    """The colour's shape filled with the colour, outlined, on a transparent square."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at 2x: crisp on high-DPI screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    red, green, blue, _alpha = MARK_RGBA.get(name, MARK_RGBA[DEFAULT_COLOR])
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(OUTLINE, 1.0))
    painter.setBrush(QColor(red, green, blue))
    painter.drawPath(shape_path(SHAPES.get(name, SHAPES[DEFAULT_COLOR])[0], size))
    painter.end()
    return QIcon(pixmap)


def shape_path(shape: str, size: int) -> QPainterPath:
    box = QRectF(1, 1, size - 2, size - 2)
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(box)
    elif shape == "square":
        path.addRect(box.adjusted(1, 1, -1, -1))
    else:
        path.addPolygon(QPolygonF(_polygon(shape, box)))
        path.closeSubpath()
    return path


def _polygon(shape: str, box: QRectF) -> list[QPointF]:
    c, r = box.center(), box.width() / 2
    if shape == "triangle":
        return [QPointF(c.x(), box.top()), box.bottomRight(), box.bottomLeft()]
    if shape == "diamond":
        return [QPointF(c.x(), box.top()), QPointF(box.right(), c.y())] + [
            QPointF(c.x(), box.bottom()),
            QPointF(box.left(), c.y()),
        ]
    corners = 6 if shape == "hexagon" else 10  # a star alternates outer and inner points
    points = []
    for i in range(corners):
        radius = r if shape == "hexagon" or i % 2 == 0 else r * 0.45
        angle = math.pi * 2 * i / corners - math.pi / 2
        points.append(QPointF(c.x() + radius * math.cos(angle), c.y() + radius * math.sin(angle)))
    return points
