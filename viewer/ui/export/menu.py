"""File › Print… (Ctrl+P) and File › Export › PDF / Word / HTML / Markdown / library results.

Only the actions live here; the export code loads when one is used (startup stays quick).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

EXPORTS = (("PDF…", "pdf"), ("Word (.docx)…", "docx"), ("HTML…", "html"), ("Markdown…", "md"))


def build_export_menu(window, file_menu) -> None:
    print_action = QAction("&Print…", window)
    print_action.setObjectName("print")
    print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    print_action.triggered.connect(lambda *_: _exporter(window).print_document())
    window.addAction(print_action)
    file_menu.addAction(print_action)
    export = file_menu.addMenu("&Export")
    export.setObjectName("exportMenu")
    for text, fmt in EXPORTS:
        action = export.addAction(text)
        action.setObjectName(f"export_{fmt}")
        action.triggered.connect(lambda *_, f=fmt: _exporter(window).export_document(f))
    selection = export.addAction("Selected Passages as Excerpt Memo…")
    selection.setObjectName("export_selection_memo")
    selection.triggered.connect(lambda *_: _exporter(window).selection_memo())
    export.addSeparator()
    for text, fmt in (("Library Results as CSV…", "csv"), ("Library Results as Markdown…", "md")):
        action = export.addAction(text)
        action.setObjectName(f"export_results_{fmt}")
        action.triggered.connect(lambda *_, f=fmt: _exporter(window).export_search_results(f))
    memo = export.addAction("Library Results as Excerpt Memo…")
    memo.setObjectName("export_results_memo")
    memo.triggered.connect(lambda *_: _exporter(window).search_memo())


def _exporter(window):
    from viewer.ui.export.controller import exporter

    return exporter(window)
