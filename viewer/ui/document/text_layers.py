"""How the layers drawn over a pane's text look: search matches and bookmark marks.

Neither is told by colour alone (colour blindness, grey print, themes): every match is
underlined and the current one has a wavy underline and a line above; a bookmarked passage has
a dotted underline, and hovering it names the bookmark's colour by its shape and name.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

HIGHLIGHT = QColor(255, 226, 110, 150)
CURRENT_HIGHLIGHT = QColor(255, 140, 0, 200)
# Dark text on the highlighter in both themes: the dark theme's light text on yellow was 2.4:1.
HIGHLIGHT_TEXT = QColor(31, 31, 31, 255)
MATCH_UNDERLINE = QTextCharFormat.UnderlineStyle.SingleUnderline
CURRENT_UNDERLINE = QTextCharFormat.UnderlineStyle.WaveUnderline
MARK_UNDERLINE = QTextCharFormat.UnderlineStyle.DotLine


def highlight_format(current: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(CURRENT_HIGHLIGHT if current else HIGHLIGHT)
    fmt.setForeground(HIGHLIGHT_TEXT)
    fmt.setUnderlineStyle(CURRENT_UNDERLINE if current else MATCH_UNDERLINE)
    fmt.setUnderlineColor(HIGHLIGHT_TEXT)
    fmt.setFontOverline(current)
    return fmt


def mark_format(color: QColor) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    fmt.setUnderlineStyle(MARK_UNDERLINE)
    return fmt


def label_at(spans: list[tuple[int, int, str]], position: int) -> str:
    """The labels of the marks (document positions) covering `position`, one per line."""
    return "\n".join(label for start, end, label in spans if label and start <= position < end)
