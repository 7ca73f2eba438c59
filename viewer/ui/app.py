"""Start the desktop app: `run_app(args, console)` is called by viewer.cli.

Order matters for start-up time: nothing slow (search index, jieba, OpenCC) is imported here;
the window is shown first and the document is parsed on a worker thread.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from viewer.core.errors import DocumentError
from viewer.core.paths import default_document
from viewer.core.textio import sniff_document

EXIT_BAD_INPUT = 2
FIRST_PAINT_ENV = "BRIEFING_VIEWER_EXIT_AFTER_FIRST_PAINT"  # used by benchmarks/startup.py
_SNIFF_BYTES = 256 * 1024
log = logging.getLogger(__name__)


def check_path(path: Path) -> str | None:
    """A one-line reason the file cannot be opened, or None if it looks fine.

    Small files are read fully (exactly what the loader will say); for big ones only the
    start is examined, so a 20 MB file is not read twice before the window appears."""
    if path.is_dir():
        return None  # a folder opens as a library
    try:
        sniff_document(path, _SNIFF_BYTES)
    except DocumentError as exc:
        return " ".join(str(exc).split())
    return None


def parse_size(text: str) -> tuple[int, int] | None:
    width, sep, height = (text or "").lower().partition("x")
    if sep and width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0:
        return min(int(width), 8000), min(int(height), 8000)
    return None


def run_app(args, console: bool) -> int:
    path = Path(args.path).expanduser() if args.path else default_document()
    size = parse_size(args.size) if args.screenshot else None
    if args.screenshot and size is None:
        print(f"briefing-viewer: error: --size {args.size!r} is not WIDTHxHEIGHT", file=sys.stderr)
        return EXIT_BAD_INPUT
    problem = check_path(path)
    if problem and (console or args.screenshot):
        print(f"briefing-viewer: error: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed to take a screenshot
    return _run_gui(args, path, problem, size)


def _run_gui(args, path: Path, problem: str | None, size) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.core.settings import load_settings
    from viewer.ui import screenshot
    from viewer.ui.dialogs.crash import install_excepthook
    from viewer.ui.dialogs.errors import show_document_error
    from viewer.ui.feature_docks import reserve_feature_docks
    from viewer.ui.fonts import ui_font
    from viewer.ui.main_window import MainWindow
    from viewer.ui.theme import apply_theme

    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    _quiet_harmless_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Briefing Viewer")
    app.setOrganizationName("briefing-viewer")
    app.setFont(ui_font())
    install_excepthook(fatal=args.fatal_errors)
    settings = load_settings()
    apply_theme(app, args.theme or settings.theme)  # before any widget: no re-polish
    window = MainWindow(settings=settings, theme_mode=args.theme)
    window.requested_pane = args.pane
    reserve_feature_docks(window)
    if size is not None:
        window.resize(*size)
        search = _install_features(window)  # a screenshot waits for everything anyway
        ready = search.search_finished if args.search else None
        screenshot.install_screenshot(app, window, args.screenshot, ready=ready)
        if args.search:
            search.start_with(args.search)
    else:
        window.restore_layout()
        # Search and bookmarks (and the cores behind them) load once the document is shown.
        if problem or path.is_dir():
            QTimer.singleShot(0, lambda: _install_features(window, args.search))
        else:
            # Two event-loop turns: whatever else waits for the first paint runs first.
            screenshot.when_document_painted(
                window,
                lambda: QTimer.singleShot(0, lambda: _install_features(window, args.search)),
            )
    if os.environ.get(FIRST_PAINT_ENV):
        screenshot.install_first_paint_exit(app, window)
    if path.is_dir():
        # The library (its code included) loads once the empty window has been painted.
        window._first_paint_watcher = screenshot.FirstPaintWatcher(
            window, lambda: _open_library(window, path)
        )
    elif not problem:
        # Before show(): a cached document is then laid out once, with its content.
        window.open_document(path)
    window.show()
    if problem:
        show_document_error(window, problem)
    return app.exec()


def _open_library(window, folder: Path) -> None:
    from viewer.ui.library_docks import open_library

    open_library(window, folder)


def _install_features(window, query: str | None = None):
    from viewer.ui.bookmark_controller import install_bookmarks
    from viewer.ui.search_panel import install_search

    search = install_search(window)
    install_bookmarks(window)
    if query:
        search.start_with(query)
    return search


# Printed by the offscreen platform on every show/resize; says nothing about our app.
_HARMLESS = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
)


def _quiet_harmless_qt_messages() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if not message.startswith(_HARMLESS):
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)
