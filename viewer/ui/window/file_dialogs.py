"""File › Open's dialog and Help › About, in the interface language."""

from __future__ import annotations

from pathlib import Path

from viewer import __version__
from viewer.ui.common.i18n import translate

_DOCUMENTS = "*.md *.markdown *.txt *.html *.htm *.docx *.pdf"


def open_filter() -> str:
    """The Open dialog's file types, named in the current language (patterns as they are)."""
    kinds = (
        (translate("Window", "Documents"), _DOCUMENTS),
        (translate("Window", "Markdown and text"), "*.md *.markdown *.txt"),
        (translate("Window", "Web pages"), "*.html *.htm"),
        (translate("Window", "Word"), "*.docx"),
        ("PDF", "*.pdf"),
        (translate("Window", "All files"), "*"),
    )
    return ";;".join(f"{name} ({patterns})" for name, patterns in kinds)


def open_dialog(window) -> None:
    from PySide6.QtWidgets import QFileDialog

    start = window.settings.recent_files[0] if window.settings.recent_files else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(
        window, translate("Window", "Open Briefing"), str(Path(start).parent), open_filter()
    )
    if path:
        window.open_document(path)


def about(window) -> None:
    from PySide6.QtWidgets import QMessageBox

    app = translate("Window", "Briefing Viewer")
    QMessageBox.about(
        window,
        translate("Window", "About {app}").format(app=app),
        translate("Window", "{app} {version}\nA reader for Chinese policy briefings.").format(
            app=app, version=__version__
        ),
    )
