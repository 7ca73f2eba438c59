"""File › Print… (Ctrl+P) and File › Export › PDF / Word / HTML / Markdown / memos / library
results.

Only the actions live here; the export code loads when one is used (startup stays quick).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from viewer.ui.common import i18n
from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate

# (object name, menu text); texts are translated each time the language changes
EXPORTS = (
    ("export_pdf", QT_TRANSLATE_NOOP("Export", "&PDF…")),
    ("export_docx", QT_TRANSLATE_NOOP("Export", "&Word (.docx)…")),
    ("export_html", QT_TRANSLATE_NOOP("Export", "&HTML…")),
    ("export_md", QT_TRANSLATE_NOOP("Export", "&Markdown…")),
    ("export_selection_memo", QT_TRANSLATE_NOOP("Export", "&Selected Passages as Excerpt Memo…")),
    ("export_bookmarks_memo", QT_TRANSLATE_NOOP("Export", "&Bookmarks as Excerpt Memo…")),
    ("export_results_csv", QT_TRANSLATE_NOOP("Export", "Library Results as &CSV…")),
    ("export_results_md", QT_TRANSLATE_NOOP("Export", "&Library Results as Markdown…")),
    ("export_results_memo", QT_TRANSLATE_NOOP("Export", "Library Results as E&xcerpt Memo…")),
)
TIPS = {
    "export_selection_memo": QT_TRANSLATE_NOOP(
        "Export", "Quote the passages selected in the document, with their citations"
    ),
    "export_bookmarks_memo": QT_TRANSLATE_NOOP(
        "Export", "Quote the bookmarks the Bookmarks panel lists, with their citations"
    ),
    "export_results_memo": QT_TRANSLATE_NOOP(
        "Export", "Quote every hit of the library search shown, with its citation"
    ),
}


def build_export_menu(window, file_menu) -> None:
    print_action = QAction(window)
    print_action.setObjectName("print")
    print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    print_action.triggered.connect(lambda *_: _exporter(window).print_document())
    window.addAction(print_action)
    file_menu.addAction(print_action)
    export = file_menu.addMenu("")
    export.setObjectName("exportMenu")
    actions = {name: QAction(window) for name, _text in EXPORTS}
    for name, action in actions.items():
        action.setObjectName(name)
        if name == "export_results_csv":
            export.addSeparator()
        export.addAction(action)
    for fmt in ("pdf", "docx", "html", "md"):
        actions[f"export_{fmt}"].triggered.connect(
            lambda *_, f=fmt: _exporter(window).export_document(f)
        )
    actions["export_selection_memo"].triggered.connect(
        lambda *_: _exporter(window).selection_memo()
    )
    # the bookmarks feature is the window's to wire (app.wire_memo sets window.bookmarks_memo)
    actions["export_bookmarks_memo"].triggered.connect(
        lambda *_: getattr(window, "bookmarks_memo", lambda: None)()
    )
    for fmt in ("csv", "md"):
        actions[f"export_results_{fmt}"].triggered.connect(
            lambda *_, f=fmt: _exporter(window).export_search_results(f)
        )
    actions["export_results_memo"].triggered.connect(lambda *_: _exporter(window).search_memo())

    def texts() -> None:
        print_action.setText(translate("Export", "&Print…"))
        print_action.setToolTip(translate("Export", "Print preview of the document, then print"))
        export.setTitle(translate("Export", "&Export"))
        for name, text in EXPORTS:
            actions[name].setText(translate("Export", text))
            if name in TIPS:
                actions[name].setToolTip(translate("Export", TIPS[name]))

    i18n.live(export, texts)


def _exporter(window):
    from viewer.ui.export.controller import exporter

    return exporter(window)
