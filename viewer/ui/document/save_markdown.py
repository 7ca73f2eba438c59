"""File › Save as Markdown…: the open document as the Markdown the app reads (for a web page,
Word or PDF file, its conversion), to edit, share or keep beside the original."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.base.errors import ViewerError
from viewer.core.document.textio import read_document_text
from viewer.ui.common.i18n import translate


def save_as_markdown(window) -> Path | None:
    document = window.current_document
    if document is None or document.path is None:
        QMessageBox.information(window, _title(), translate("Document", "Open a document first."))
        return None
    source = Path(document.path)
    start = (
        source.with_suffix(".md")
        if source.suffix.lower() != ".md"
        else source.with_name(f"{source.stem}-copy.md")
    )
    chosen, _ = QFileDialog.getSaveFileName(
        window, _title(), str(start), translate("Document", "Markdown (*.md)")
    )
    if not chosen:
        return None
    target = Path(chosen).with_suffix(".md") if not Path(chosen).suffix else Path(chosen)
    try:
        write_text_atomic(target, read_document_text(source).text)
    except (ViewerError, OSError) as exc:
        text = translate("Document", "Not saved: {reason}").format(reason=exc)
        box = QMessageBox(QMessageBox.Icon.Warning, _title(), text)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages are not markup
        box.exec()
        return None
    saved = translate("Document", "Saved {name}").format(name=target.name)
    window.statusBar().showMessage(saved, 5000)
    return target


def _title() -> str:
    return translate("Document", "Save as Markdown")
