"""User-facing messages: every error the user can cause ends here as a plain sentence.

All dialogs go through QMessageBox's static functions so tests can monkeypatch them.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox, QWidget

from viewer.ui.common.i18n import translate
from viewer.ui.common.plain_text import rich_safe


def show_document_error(parent: QWidget | None, message: str) -> None:
    title = translate("Dialogs", "Cannot open document")
    QMessageBox.warning(parent, title, rich_safe(message, wrap=True))


def confirm_external_link(parent: QWidget | None, url: QUrl) -> bool:
    """Ask before handing a link to the system browser (documents are untrusted)."""
    text = translate("Dialogs", "This document links to:\n\n{url}\n\nOpen it in your web browser?")
    answer = QMessageBox.question(
        parent,
        translate("Dialogs", "Open link in browser?"),
        rich_safe(text.format(url=url.toDisplayString()), wrap=True),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Open
