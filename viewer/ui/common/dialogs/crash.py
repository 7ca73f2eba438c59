"""Unexpected errors: log the traceback to the log dir and show it in a dialog.

With `fatal=True` (`--fatal-errors`, used by tests) the traceback goes to stderr and the
application exits with EXIT_CRASH instead, so a bug can never hide behind a dialog.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from viewer.core.base.paths import app_paths
from viewer.ui.common.i18n import translate

log = logging.getLogger(__name__)
EXIT_CRASH = 70  # EX_SOFTWARE
LOG_NAME = "errors.log"


def log_traceback(details: str) -> Path | None:
    """Append to logs/errors.log; returns the file, or None if the log dir is unwritable."""
    from datetime import datetime  # imported when needed: keeps start-up lean

    try:
        logs = app_paths().logs
        logs.mkdir(parents=True, exist_ok=True)
        path = logs / LOG_NAME
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}\n")
        return path
    except OSError:
        return None


def install_excepthook(fatal: bool = False) -> None:
    def hook(exc_type, exc, tb) -> None:
        import traceback

        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log_path = log_traceback(details)
        if fatal or QApplication.instance() is None:
            sys.stderr.write(details)
            app = QApplication.instance()
            if app is not None:
                app.exit(EXIT_CRASH)
            return
        show_crash_dialog(f"{exc_type.__name__}: {exc}", details, log_path)

    sys.excepthook = hook


def show_crash_dialog(summary: str, details: str, log_path: Path | None) -> None:
    from PySide6.QtWidgets import QMessageBox

    from viewer.ui.common.plain_text import rich_safe

    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("Dialogs", "Unexpected error"),
        translate("Dialogs", "Something went wrong."),
    )
    lines = [summary]
    if log_path:
        lines.append(translate("Dialogs", "Details were saved to {path}.").format(path=log_path))
    lines.append(translate("Dialogs", "You can keep reading; please report this."))
    informative = "\n".join(lines)
    box.setInformativeText(rich_safe(informative, wrap=True))  # an error may quote a file
    box.setDetailedText(details)  # a read-only text box the user can select and copy
    box.exec()
