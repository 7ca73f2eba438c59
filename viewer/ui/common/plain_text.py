"""Showing untrusted strings (document text, file names, imported bookmarks) as plain text.

Qt guesses: a tooltip, a QMessageBox text or a QLabel whose string looks like HTML is rendered
as rich text, and rich text loads `<img src=...>` from the local disk, so a heading or a file
name could make the app read any file (a named pipe blocks the GUI thread, /dev/zero aborts).
Labels get `Qt.TextFormat.PlainText`; tooltips and message boxes have no such switch, so their
text is escaped here and wrapped in a paragraph that keeps its line breaks.
"""

from __future__ import annotations

import html

from PySide6 import QtCore
from PySide6.QtWidgets import QLabel


def rich_safe(text: str, wrap: bool = False) -> str:
    """`text` as HTML that shows exactly `text` ("" stays "", so no empty tooltip appears).
    `wrap`: long lines may wrap (dialogs); tooltips keep the lines as given."""
    if not text:
        return ""
    mode = "pre-wrap" if wrap else "pre"
    return f"<p style='white-space:{mode}'>{html.escape(text, quote=False)}</p>"


def plain_label(text: str = "") -> QLabel:
    label = QLabel()
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setText(text)
    return label
