"""Bookmarks leaving or entering the app: citations on the clipboard, export and import files.

File › Export Bookmarks… writes what the panel lists (this document, or all documents) as a
Markdown memo grouped by topic or as JSON, atomically. File › Import Bookmarks… reads such a
JSON export off the GUI thread and reports "N added, M already present" (bookmark ids make a
second import a no-op); a bad file gets the console twin's one-line message.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.base.errors import StorageError, ViewerError
from viewer.core.bookmarks.citation import cite, cite_passage
from viewer.ui.common.i18n import translate
from viewer.ui.common.plain_text import rich_safe
from viewer.ui.common.workers import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from viewer.ui.bookmarks.host import BookmarksHost
    from viewer.ui.bookmarks.model import Entry

JSON_FILTER = "JSON (*.json)"


def markdown_filter() -> str:
    return translate("Bookmarks", "Markdown memo (*.md)")


def copy_citation(
    controller: BookmarksHost,
    entry: Entry | None = None,
    passage_id: str = "",
    use_selection: bool = True,
) -> str:
    """Cite `entry`; else the panel's bookmark when the panel has focus; else what Bookmark
    Passage would take: the selection (if `use_selection`), then `passage_id` (a right-clicked
    paragraph), then the paragraph at the text cursor. From the text, never an older bookmark."""
    window, panel = controller.window, controller.panel
    focus = QApplication.focusWidget()
    in_panel = focus is not None and (focus is panel or panel.isAncestorOf(focus))
    if entry is None and in_panel and not passage_id:
        entry = panel.current_entry()
    if entry is not None:
        text = cite(entry.resolved, entry.document)
    else:
        text = (_selection_citation(window) if use_selection else "") or _passage_citation(
            window, passage_id
        )
    if not text:
        message = translate("Bookmarks", "Select some text or a bookmark to cite it.")
        window.statusBar().showMessage(message, 8000)
        return ""
    QGuiApplication.clipboard().setText(text)
    # the source, not the quote: a long quote pushed 《title》（date）第X条 off the status bar
    source = text.rpartition("”——")[2] or text
    copied = translate("Bookmarks", "Citation copied: {citation}").format(citation=source)
    window.statusBar().showMessage(copied, 8000)
    return text


def _selection_citation(window) -> str:
    document, view = window.current_document, window.current_view()
    selected = view.selection_pane_range() if view is not None and view.pane else None
    if document is None or not selected or not view.pane.text[selected[0] : selected[1]].strip():
        return ""
    start, end = selected
    return _citation(document, view.pane, view.pane.text[start:end], start)


def _passage_citation(window, passage_id: str) -> str:
    """The whole paragraph `passage_id`, else the one at the text cursor of the shown pane."""
    document, view = window.current_document, window.current_view()
    if document is None or view is None or view.pane is None:
        return ""
    passage_id = passage_id or view.passage_at(view.textCursor().position())
    pane = view.pane
    index = next((i for i, p in enumerate(pane.passages) if p.id == passage_id), None)
    if index is None or not pane.passages[index].text.strip():
        return ""
    return _citation(document, pane, pane.passages[index].text, pane.passage_starts()[index])


def _citation(document, pane, quote: str, start: int) -> str:
    return cite_passage(document, pane.id, quote, start)


def export_bookmarks(controller: BookmarksHost) -> Path | None:
    window = controller.window
    entries = controller.panel.model.entries
    if not entries:
        message = translate("Bookmarks", "There are no bookmarks to export.")
        window.statusBar().showMessage(message, 8000)
        return None
    all_documents = controller.panel.all_documents.isChecked()
    document = None if all_documents else window.current_document
    stem = Path(document.path).stem if document and document.path else "bookmarks"
    suffix = translate("Bookmarks", "bookmarks")  # the file name's ending: 简报-书签.md
    start = _export_folder(document) / f"{stem}-{suffix}.md"
    title = translate("Bookmarks", "Export Bookmarks")
    name, chosen = QFileDialog.getSaveFileName(
        window, title, str(start), f"{markdown_filter()};;{JSON_FILTER}"
    )
    if not name:
        return None
    path = Path(name)
    as_json = path.suffix.lower() == ".json" or (chosen == JSON_FILTER and path.suffix != ".md")
    if not path.suffix:
        path = path.with_suffix(".json" if as_json else ".md")
    # Loaded on use, as is the importer below (with its JSON Schema validator): both are
    # rare, and at start-up they would cost the idle window about 2 MB.
    from viewer.core.bookmarks.transfer import to_json, to_markdown

    resolved = [e.resolved for e in entries]
    text = to_json(resolved) if as_json else to_markdown(resolved, document)
    try:
        write_text_atomic(path, text)
    except (OSError, ViewerError) as error:
        message = translate("Bookmarks", "Cannot write {path}: {error}")
        message = rich_safe(message.format(path=path, error=error), wrap=True)
        QMessageBox.warning(window, title, message)
        return None
    count = len(resolved)
    done = translate("Bookmarks", "Exported %n bookmark(s) to {path}", None, count)
    window.statusBar().showMessage(done.format(path=path), 15000)
    return path


def _export_folder(document) -> Path:
    """Beside the reader's document; the home folder for the briefing that comes with the app
    (its folder is the program's, often not writable, and no place for the reader's files)."""
    from viewer.core.base.paths import default_document

    path = Path(document.path).resolve() if document and document.path else None
    if path is None or path == default_document().resolve():
        return Path.home()
    return path.parent


def import_bookmarks(controller: BookmarksHost) -> BackgroundTask | None:
    """Read, validate and add off the GUI thread: a large export takes seconds to validate."""
    window = controller.window
    title = translate("Bookmarks", "Import Bookmarks")
    kinds = translate("Bookmarks", "Bookmarks (*.json);;All files (*)")
    name, _chosen = QFileDialog.getOpenFileName(window, title, "", kinds)
    if not name:
        return None
    reading = translate("Bookmarks", "Importing bookmarks from {name}…")
    window.statusBar().showMessage(reading.format(name=Path(name).name))

    def done(counts: tuple[int, int]) -> None:
        added, present = counts
        message = translate("Bookmarks", "Imported bookmarks: %n added", None, added)
        message += translate("Bookmarks", ", %n already present", None, present)
        window.statusBar().showMessage(message, 15000)
        controller.refresh()

    def failed(error: BaseException) -> None:
        window.statusBar().clearMessage()
        if isinstance(error, StorageError):
            controller.storage_problem(str(error))
        elif isinstance(error, ViewerError):  # the same one line the console twin prints
            QMessageBox.warning(window, title, rich_safe(str(error), wrap=True))
        else:
            raise error

    from viewer.core.bookmarks.import_file import import_json, read_import_file

    store = controller.library.store
    return run_in_background(
        lambda: import_json(store, read_import_file(name)), on_done=done, on_error=failed
    )
