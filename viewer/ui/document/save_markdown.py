"""File › Save as Markdown…: the open document as the Markdown the app reads (for a web page,
Word or PDF file, its conversion), to edit, share or keep beside the original."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.base.errors import ViewerError
from viewer.core.document.textio import read_document_text


def save_as_markdown(window) -> Path | None:
    document = window.current_document
    if document is None or document.path is None:
        QMessageBox.information(window, "Save as Markdown", "Open a document first.")
        return None
    source = Path(document.path)
    start = (
        source.with_suffix(".md")
        if source.suffix.lower() != ".md"
        else source.with_name(f"{source.stem}-copy.md")
    )
    chosen, _ = QFileDialog.getSaveFileName(
        window, "Save as Markdown", str(start), "Markdown (*.md)"
    )
    if not chosen:
        return None
    target = Path(chosen).with_suffix(".md") if not Path(chosen).suffix else Path(chosen)
    try:
        write_text_atomic(target, read_document_text(source).text)
    except (ViewerError, OSError) as exc:
        box = QMessageBox(QMessageBox.Icon.Warning, "Save as Markdown", f"Not saved: {exc}")
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages are not markup
        box.exec()
        return None
    window.statusBar().showMessage(f"Saved {target.name}", 5000)
    return target
