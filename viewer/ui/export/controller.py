"""Print, print preview, export (PDF, Word, HTML, Markdown), excerpt memos and library results.

The window's one ExportController (`window.exporter`) asks what to export (export_dialogs),
builds the export model (viewer.core.export) and writes the file atomically. Every file is
rendered and written on a pool thread (PDF included: Qt's text layout and PDF writer need no
widgets), so the window keeps repainting; the print preview paints on the GUI thread (Qt's).
`finished(path)` / `failed(message)` report the end, so tests wait on them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from viewer.core.base.write_errors import write_failure
from viewer.core.export.memo import build_memo, memo_title
from viewer.core.export.writers import SUFFIXES, save
from viewer.ui.common import i18n, window_fit
from viewer.ui.common.i18n import translate
from viewer.ui.common.workers import run_in_background
from viewer.ui.export.dialogs import FILE_TYPES, FORMAT_NAMES, MemoDialog, ScopeDialog

STATUS_MS = 10000


class ExportController(QObject):
    finished = Signal(str)  # the file written
    failed = Signal(str)  # one line for the reader
    preview_shown = Signal(object)  # the QPrintPreviewDialog

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.preview = None
        self.dialog = None
        self.task = None  # the newest export running (the workers module keeps them all)

    # --- what to export -----------------------------------------------------------------
    def _export_doc(self, pane_ids: list[str]):
        from viewer.core.export.briefing import briefing_export

        return briefing_export(self.window.current_document, pane_ids)

    def _ask_panes(self, title) -> list[str] | None:
        """`title`: a function giving the dialog's title in the current language."""
        document = self.window.current_document
        if document is None:
            self._fail(translate("Export", "Open a document first."))
            return None
        dialog = ScopeDialog(document, self.window.current_pane_id, title, self.window)
        self.dialog = dialog
        if dialog.exec() != ScopeDialog.DialogCode.Accepted:
            return None
        return dialog.pane_ids()

    def _ask_path(self, fmt: str, name: str) -> Path | None:
        suffix = SUFFIXES.get(fmt, f".{fmt}")
        start = str(Path.home() / f"{_file_stem(name)}{suffix}")
        title = translate("Export", "Export {format}").format(format=FORMAT_NAMES.get(fmt, fmt))
        kind = translate("Export", FILE_TYPES[fmt]) if fmt in FILE_TYPES else f"*{suffix}"
        path, _ = QFileDialog.getSaveFileName(self.window, title, start, kind)
        return Path(path) if path else None

    # --- print ----------------------------------------------------------------------------
    def print_document(self, pane_ids: list[str] | None = None) -> None:
        """Print preview of the chosen panes; its Print button prints (Ctrl+P)."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from viewer.core.export.html_writer import to_html
        from viewer.ui.export.print_render import render_pages, set_a4

        if pane_ids is None:
            pane_ids = self._ask_panes(lambda: translate("Export", "Print"))
            if pane_ids is None:
                return
        doc = self._guard(lambda: self._export_doc(pane_ids))
        if doc is None:
            return
        html = to_html(doc, for_print=True)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(doc.title)
        set_a4(printer)
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setObjectName("printPreview")
        _live_preview(preview, doc.title)
        preview.paintRequested.connect(
            lambda device: render_pages(device, html, doc.title, doc.version_date)
        )
        preview.finished.connect(lambda result: self._printed(printer, result))
        window_fit.fit_dialog(preview, 900, 1000, self.window)
        self.preview = preview
        preview.open()
        self.preview_shown.emit(preview)

    def _printed(self, printer, result: int) -> None:
        """Say where the pages went: a PDF file is otherwise written without a word."""
        from PySide6.QtPrintSupport import QPrinter

        if result != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            message = translate("Export", "Saved {name}").format(
                name=Path(printer.outputFileName()).name
            )
        else:
            message = translate("Export", "Sent to {printer}").format(
                printer=printer.printerName() or translate("Export", "the printer")
            )
        self.window.statusBar().showMessage(message, STATUS_MS)

    # --- export ---------------------------------------------------------------------------
    def export_document(
        self, fmt: str, pane_ids: list[str] | None = None, path: Path | None = None
    ) -> None:
        if pane_ids is None:
            name = FORMAT_NAMES[fmt]
            pane_ids = self._ask_panes(
                lambda: translate("Export", "Export {format}").format(format=name)
            )
            if pane_ids is None:
                return
        doc = self._guard(lambda: self._export_doc(pane_ids))
        if doc is None:
            return
        # the file is named with a code's book: 民法典's eight exports no longer share a name
        shown = getattr(self.window.current_document, "shown_title", doc.title)
        path = path or self._ask_path(fmt, shown)
        if path is not None:
            self._write(doc, fmt, Path(path))

    def memo(self, entries, options=None, fmt: str | None = None, path: Path | None = None):
        """An excerpt memo of the bookmarks listed in the panel (Bookmarks › Excerpt memo…)."""
        if not entries:  # not an empty memo
            self._fail(translate("Export", "No bookmarks are listed: add one with Ctrl+D first."))
            return
        self._memo([(e.resolved, e.document) for e in entries], options, fmt, path)

    def selection_memo(self, options=None, fmt: str | None = None, path: Path | None = None):
        """An excerpt memo of the passages selected in the reading view (File › Export)."""
        from viewer.core.export.selection_memo import selection_items

        view, document = self.window.current_view(), self.window.current_document
        selected = view.selection_pane_range() if view is not None and view.pane else None
        items = selection_items(document, view.pane.id, *selected) if selected else []
        if not items:
            self._fail(translate("Export", "Select the passages to excerpt in the document first."))
            return
        self._memo(items, options, fmt, path)

    def _memo(self, items, options, fmt, path) -> None:
        if options is None:
            dialog = MemoDialog(len(items), self.window)
            self.dialog = dialog
            if dialog.exec() != MemoDialog.DialogCode.Accepted:
                return
            options, fmt = dialog.options(), dialog.file_format()
        fmt = fmt or "docx"
        path = path or self._ask_path(fmt, options.title or memo_title(options.language))
        if path is None:
            return
        self._start(build_memo, items, options, then=lambda memo: self._write(memo, fmt, path))

    def export_search_results(self, fmt: str, path: Path | None = None) -> None:
        """The library search shown, every matching document, as CSV or Markdown."""
        library = getattr(self.window, "library", None)
        results = getattr(library, "last_results", None)
        if results is None or library.searcher is None:
            self._fail(_no_search_message())
            return
        name = translate("Export", "Library search {query}").format(query=results.query)
        path = path or self._ask_path(fmt, name)
        if path is None:
            return
        filters = library.panel.filters() if getattr(library, "panel", None) else {}
        self._start(_search_file, library.searcher, results.query, filters, fmt, path)

    def search_memo(self, options=None, fmt: str | None = None, path: Path | None = None):
        """An excerpt memo of every hit of the library search shown (File › Export)."""
        library = getattr(self.window, "library", None)
        results = getattr(library, "last_results", None)
        if results is None or library.searcher is None:
            self._fail(_no_search_message())
            return
        if options is None:
            dialog = MemoDialog(results.total_documents, self.window, groups=False)
            self.dialog = dialog
            if dialog.exec() != MemoDialog.DialogCode.Accepted:
                return
            options, fmt = dialog.options(), dialog.file_format()
        fmt = fmt or "docx"
        name = memo_title(options.language)  # the labels' language, as build_memo's title
        path = path or self._ask_path(fmt, f"{name} {results.query}")
        if path is None:
            return
        filters = library.panel.filters() if getattr(library, "panel", None) else {}
        build = (library.searcher, results.query, filters, options)
        self._start(_hit_memo, *build, then=lambda memo: self._write(memo, fmt, path))

    # --- running --------------------------------------------------------------------------
    def _write(self, doc, fmt: str, path: Path) -> None:
        self._start(_render_and_write, doc, fmt, path)

    def _start(self, fn, *args, then=None) -> None:
        def done(result) -> None:
            if then is not None:
                then(result)
                return
            saved = translate("Export", "Saved {name}").format(name=Path(result).name)
            self.window.statusBar().showMessage(saved, STATUS_MS)
            self.finished.emit(str(result))

        self.window.statusBar().showMessage(translate("Export", "Exporting…"))
        # the file the reader chose, named in a write error instead of the temporary file
        self._target = next((a for a in args if isinstance(a, Path)), None)
        self.task = run_in_background(fn, *args, on_done=done, on_error=self._on_error)

    def _guard(self, work):
        try:
            return work()
        except Exception as error:  # noqa: BLE001 - any failure is reported, never raised
            self._on_error(error)
            return None

    def _on_error(self, error: BaseException) -> None:
        target = getattr(self, "_target", None)
        if isinstance(error, OSError) and (target or error.filename):
            message = write_failure(error, target.name if target else Path(error.filename).name)
        else:
            message = str(error) or type(error).__name__
        self._fail(translate("Export", "Could not export. {reason}").format(reason=message))

    def _fail(self, message: str) -> None:
        message = " ".join(message.split())
        self.window.statusBar().clearMessage()  # "Exporting…" is over
        self.failed.emit(message)
        if not getattr(self.window, "quiet_errors", False):
            title = translate("Export", "Export")
            box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.window)
            box.setObjectName("exportError")
            box.open()


def _live_preview(preview, title: str) -> None:
    """The preview's title, and its pages' numbers, follow a language switch."""
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    shown = []

    def texts() -> None:
        preview.setWindowTitle(translate("Export", "Print Preview — {title}").format(title=title))
        pages = preview.findChild(QPrintPreviewWidget)
        if shown and pages is not None:
            pages.updatePreview()  # "Page 1 of 3" <-> 第 1 页，共 3 页
        shown.append(True)

    i18n.live(preview, texts)


def _no_search_message() -> str:
    return translate(
        "Export", "Search a library first (File › Open Folder…, then the search panel)."
    )


def _render_and_write(doc, fmt: str, path: Path) -> str:
    # PDF too: QTextDocument and QPdfWriter paint on a pool thread (no widgets involved);
    # six exports of a 90-page law at once gave six PDFs with the same text.
    from viewer.ui.export.pdf import export_bytes

    return _write_file(path, export_bytes(doc, fmt))


def _write_file(path: Path, data: bytes) -> str:
    save(path, data)
    return str(path)


def _search_file(search, query: str, filters: dict, fmt: str, path: Path) -> str:
    from viewer.core.export import search_results

    rows = search_results.all_result_rows(search, query, filters)
    if fmt == "csv":
        data = search_results.to_csv(rows).encode("utf-8")
    else:
        data = search_results.to_markdown(rows, query).encode("utf-8")
    return _write_file(path, data)


def _hit_memo(search, query: str, filters: dict, options):
    from viewer.core.document.markdown_model import load_document
    from viewer.core.export.hit_memo import hit_memo
    from viewer.core.export.search_results import all_documents

    return hit_memo(all_documents(search, query, filters), load_document, options, query)


def _file_stem(title: str) -> str:
    keep = "".join(c for c in title if c.isalnum() or c in "-_（）()《》 ")
    return " ".join(keep.split())[:60] or "export"


def exporter(window) -> ExportController:
    """The window's ExportController, made on first use."""
    controller = getattr(window, "exporter", None)
    if controller is None:
        controller = window.exporter = ExportController(window)
    return controller
