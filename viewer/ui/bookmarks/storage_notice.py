"""What the reader is told when the bookmarks database cannot be written or was repaired."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from viewer.core.bookmarks import notices
from viewer.ui.common.i18n import translate


def cannot_save_text(message: str) -> str:
    """ "Bookmarks can't be saved: <why>", saying the first part once, in the UI's words."""
    reason = message or translate("Bookmarks", "the bookmarks database is read-only.")
    reason = reason.removeprefix(notices.cannot_save(""))
    return translate("Bookmarks", "Bookmarks can't be saved: {reason}").format(reason=reason)


def notice_box(window, notice: str) -> QMessageBox:
    """A non-modal warning that names files (plain text), shown now."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Bookmarks", "Bookmarks"), "")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(notice)
    box.setParent(window, box.windowFlags())
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box
