"""User-facing messages: every error the user can cause ends here as a plain sentence.

All dialogs go through QMessageBox's static functions so tests can monkeypatch them.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.ui.common.plain_text import rich_safe

FOLDER_MESSAGE = "{path} is a folder. Opening folders comes with the library feature."


def show_document_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, "Cannot open document", rich_safe(message, wrap=True))


def confirm_external_link(parent: QWidget | None, url: QUrl) -> bool:
    """Ask before handing a link to the system browser (documents are untrusted)."""
    answer = QMessageBox.question(
        parent,
        "Open link in browser?",
        rich_safe(
            f"This document links to:\n\n{url.toDisplayString()}\n\nOpen it in your web browser?",
            wrap=True,
        ),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Open
