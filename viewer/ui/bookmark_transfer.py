"""Bookmarks leaving or entering the app: citations on the clipboard, export and import files.

File › Export Bookmarks… writes what the panel lists (this document, or all documents) as a
Markdown memo grouped by topic or as JSON, atomically. File › Import Bookmarks… reads such a
JSON export and reports "N added, M already present" (bookmark ids make a second import a no-op).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from viewer.core.anchoring import heading_at
from viewer.core.atomic_file import write_text_atomic
from viewer.core.bookmark_export import import_json, to_json, to_markdown
from viewer.core.citation import cite, format_citation
from viewer.core.errors import StorageError, ViewerError
from viewer.ui.plain_text import rich_safe

if TYPE_CHECKING:
    from viewer.ui.bookmark_controller import BookmarksController
    from viewer.ui.bookmark_model import Entry

MARKDOWN_FILTER = "Markdown memo (*.md)"
JSON_FILTER = "JSON (*.json)"


def copy_citation(
    controller: BookmarksController, entry: Entry | None = None, prefer_text: bool = False
) -> str:
    """Cite `entry`, else the panel's bookmark when the panel has focus, else the selection."""
    window, panel = controller.window, controller.panel
    text = ""
    focus = QApplication.focusWidget()
    in_panel = focus is not None and (focus is panel or panel.isAncestorOf(focus))
    if entry is None and in_panel and not prefer_text:
        entry = panel.current_entry()
    if entry is None:
        text = _selection_citation(window)
    if not text and entry is None and not prefer_text:
        entry = panel.current_entry()
    if entry is not None:
        text = cite(entry.resolved, entry.document)
    if not text:
        window.statusBar().showMessage("Select some text or a bookmark to cite it.", 8000)
        return ""
    QGuiApplication.clipboard().setText(text)
    window.statusBar().showMessage(f"Citation copied: {text}", 8000)
    return text


def _selection_citation(window) -> str:
    document, view = window.current_document, window.current_view()
    selected = view.selection_pane_range() if view is not None and view.pane else None
    if document is None or not selected or not view.pane.text[selected[0] : selected[1]].strip():
        return ""
    start, end = selected
    return format_citation(
        view.pane.text[start:end],
        document.title,
        pane=view.pane.title,
        heading=heading_at(document, view.pane.id, start),
        source=document.metadata.get("source", ""),
        date=document.metadata.get("date", ""),
    )


def export_bookmarks(controller: BookmarksController) -> Path | None:
    window = controller.window
    entries = controller.panel.model.entries
    if not entries:
        window.statusBar().showMessage("There are no bookmarks to export.", 8000)
        return None
    all_documents = controller.panel.all_documents.isChecked()
    document = None if all_documents else window.current_document
    stem = Path(document.path).stem if document and document.path else "bookmarks"
    start = Path(document.path).with_name(f"{stem}-书签.md") if document and document.path else ""
    name, chosen = QFileDialog.getSaveFileName(
        window, "Export Bookmarks", str(start), f"{MARKDOWN_FILTER};;{JSON_FILTER}"
    )
    if not name:
        return None
    path = Path(name)
    as_json = path.suffix.lower() == ".json" or (chosen == JSON_FILTER and path.suffix != ".md")
    if not path.suffix:
        path = path.with_suffix(".json" if as_json else ".md")
    resolved = [e.resolved for e in entries]
    text = to_json(resolved) if as_json else to_markdown(resolved, document)
    try:
        write_text_atomic(path, text)
    except OSError as error:
        message = rich_safe(f"Cannot write {path}: {error}", wrap=True)
        QMessageBox.warning(window, "Export Bookmarks", message)
        return None
    window.statusBar().showMessage(f"Exported {len(resolved)} bookmarks to {path}", 15000)
    return path


def import_bookmarks(controller: BookmarksController) -> str:
    window = controller.window
    name, _chosen = QFileDialog.getOpenFileName(
        window, "Import Bookmarks", "", f"Bookmarks ({JSON_FILTER.split('(')[1][:-1]});;All (*)"
    )
    if not name:
        return ""
    try:
        text = Path(name).read_text(encoding="utf-8")
        added, present = import_json(controller.library.store, text)
    except StorageError as error:
        controller.storage_problem(str(error))
        return ""
    except (OSError, UnicodeDecodeError, ViewerError) as error:
        message = rich_safe(f"Cannot import {name}: {error}", wrap=True)
        QMessageBox.warning(window, "Import Bookmarks", message)
        return ""
    message = f"{added} added, {present} already present"
    window.statusBar().showMessage(f"Imported bookmarks: {message}", 15000)
    controller.refresh()
    return message
