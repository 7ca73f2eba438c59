"""Start the desktop app: `run_app(args, console)` is called by viewer.cli.main.

Order matters for start-up time: nothing slow (search index, jieba, OpenCC) is imported here;
a document not in the cache is parsed by a helper process forked before Qt is imported (on
the other core, while Qt loads), else on a worker thread while the window is shown.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from viewer.core.base.allocator import give_memory_back
from viewer.core.base.settings import load_settings
from viewer.core.i18n import language
from viewer.core.i18n.catalogue import translate
from viewer.ui.window.start_path import check_path, lost_note, reopened

EXIT_BAD_INPUT = 2
FIRST_PAINT_ENV = "BRIEFING_VIEWER_EXIT_AFTER_FIRST_PAINT"  # used by benchmarks/startup.py


def parse_size(text: str) -> tuple[int, int] | None:
    width, sep, height = (text or "").lower().partition("x")
    if sep and width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0:
        return min(int(width), 8000), min(int(height), 8000)
    return None


def run_app(args, console: bool) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    give_memory_back()  # before any worker thread: a library's opening frees tens of MB
    size = parse_size(args.size) if args.screenshot else None
    if args.screenshot and size is None:
        message = translate("App", "--size {size} is not WIDTHxHEIGHT")
        return _console_error(args, message.format(size=repr(args.size)))
    settings, lost = None, ""
    if args.path:
        path = Path(args.path).expanduser()
        problem = check_path(path)
    else:  # what was open last, else the briefing
        settings = load_settings()  # its warnings in the app's log format
        path, problem, lost = reopened(settings)
    if problem and (console or args.screenshot):
        return _console_error(args, problem)
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed to take a screenshot
    return _run_gui(args, path, problem, size, settings, lost)


def _console_error(args, message: str) -> int:
    """Report a bad start on stderr, in the language the app would have used; the exit code.
    (Qt is not loaded yet: the message comes from the catalogue through the core's reader.)"""
    language.set_language(language.choose(args.lang, load_settings().language))
    line = translate("App", "briefing-viewer: error: {message}")
    print(line.format(message=message), file=sys.stderr)
    return EXIT_BAD_INPUT


def _run_gui(args, path: Path, problem: str | None, size, settings=None, lost="") -> int:
    """`lost`: the document or folder open last, which could not be reopened (a note says so)."""
    if settings is None:
        settings = load_settings()  # its warnings in the app's log format
    # Before Qt: a never-seen document is parsed on the other core while Qt loads.
    helper = None if problem or path.is_dir() else _start_helper(args, path, settings)
    from PySide6.QtWidgets import QApplication

    from viewer.ui.common.source_cache import spare_line_cache

    spare_line_cache()  # first: the modules imported after it keep ~5 MB less in memory

    from viewer.ui.common import gc_guard
    from viewer.ui.common.dialogs.crash import install_excepthook
    from viewer.ui.common.fonts import ui_font

    _quiet_harmless_qt_messages()
    from viewer.ui.window.theme import new_application

    app = QApplication.instance() or new_application(sys.argv)
    app.setApplicationName("Briefing Viewer")
    app.setOrganizationName("briefing-viewer")
    app.setFont(ui_font())
    install_excepthook(fatal=args.fatal_errors)
    gc_guard.install()  # cycles holding widgets are freed on this thread, never a worker's
    # Held until the loop ends: the window is otherwise reachable only through its own cycles,
    # and a collection before a slow start's first paint took its Python side away.
    window = open_window(app, args, path, problem, size, settings, helper)
    if lost:
        window.note_at_start(lambda: lost_note(lost))
    code = app.exec()
    if helper is not None:
        helper.abandon()  # a worker waiting for it returns at once
    del window
    from viewer.ui.common.workers import exit_code_after_quit

    return exit_code_after_quit(code)


def _start_helper(args, path: Path, settings):
    from viewer.core.base.paths import app_paths
    from viewer.core.document.helper_parse import start_helper

    cache_dir = app_paths().cache / "documents"  # MainWindow's document cache
    return start_helper(path, cache_dir, language.choose(args.lang, settings.language))


def open_window(app, args, path: Path, problem: str | None, size, settings=None, helper=None):
    """The main window, shown, with its document (or library) on the way (`helper`: its
    parse under way in a helper process, see viewer.core.document.helper_parse)."""
    from PySide6.QtCore import QTimer

    from viewer.core.base.settings import load_settings
    from viewer.ui.common import i18n, screenshot
    from viewer.ui.window import theme
    from viewer.ui.window.early_keys import EarlyKeys
    from viewer.ui.window.main_window import MainWindow
    from viewer.ui.window.window_state import window_settings

    settings = load_settings() if settings is None else settings
    # --lang holds for this run only: the saved choice is left as it is.
    i18n.install(language.choose(args.lang, settings.language))  # before any widget has texts
    mode = args.theme or settings.theme
    if mode not in ("light", "dark"):  # last start's answer until the chrome is built
        theme.assume_system_scheme(app, window_settings().value(theme.SYSTEM_SCHEME_KEY))
    theme.apply_theme(app, mode)  # before any widget: no re-polish
    # A document's first frame is its reading view alone: fewer Qt classes to load before it.
    # A library's panels are its content, and a screenshot waits for everything anyway.
    first_frame_only = size is None and not path.is_dir() and not problem
    window = MainWindow(settings=settings, theme_mode=args.theme, first_frame_only=first_frame_only)
    window.requested_pane = args.pane
    window.run_language = language.normalize(args.lang) if args.lang else None

    def build_chrome() -> None:
        from viewer.ui.common.feature_docks import reserve_feature_docks

        window.build_chrome()
        reserve_feature_docks(window)
        window.confirm_system_theme()

    if not first_frame_only:
        build_chrome()
    if size is not None:
        from viewer.ui.common import window_fit

        window.resize(*size)
        window_fit.cap_side_minimums(window)
        window_fit.balance_docks(window)
        search = _install_features(window)  # a screenshot waits for everything anyway
        ready = search.search_finished if args.search else None
        if path.is_dir():  # a library: the shot shows it once its files are listed
            library = _open_library(window, path)
            library.index_when_listed = False  # exiting would wait for the indexer to commit
            ready = library.opened
            if args.search:  # and the query's whole answer (not "Searching…")
                ready = _answer_shown(window, library).ready
                library.panel.search_for(args.search)
        screenshot.install_screenshot(
            app, window, args.screenshot, ready=ready, document=not path.is_dir()
        )
        if args.search and not path.is_dir():  # a folder's query went to the library above
            search.start_with(args.search)
    elif first_frame_only:
        window.restore_geometry()  # the panels' places once they exist (after the first paint)
    else:
        window.restore_layout()
    if size is None:
        # Keys pressed before the features exist (Ctrl+F, a query) are held, then replayed.
        window.early_keys = EarlyKeys(window)
        # Search and bookmarks (and the cores behind them) load once the document is shown.
        if problem:
            QTimer.singleShot(0, lambda: _install_features(window, args.search))
        elif not path.is_dir():  # a library's wait for its first results (below)
            # Two event-loop turns: whatever else waits for the first paint runs first.
            def install(*_message) -> None:
                QTimer.singleShot(0, lambda: _install_features(window, args.search))

            screenshot.when_document_painted(window, install)
            # a document that cannot be shown (a damaged PDF) is never painted: the rest of
            # the window (search, bookmarks, their menus) comes all the same
            window.load_failed.connect(install)
    if os.environ.get(FIRST_PAINT_ENV):
        screenshot.install_first_paint_exit(app, window)
    if path.is_dir() and size is None:
        from viewer.ui.library.first_results import when_first_shown

        # Its panels are in place from the first frame: a click or a query typed at once lands
        # where it was aimed, not in a panel that is about to be covered. Its index opens on a
        # worker while the window is built and painted; the folder is listed after that.
        library = _open_library(window, path)
        if args.search:  # a folder's --search is a library search, not the document search's
            library.panel.search_for(args.search)
        when_first_shown(library, lambda: _install_features(window))
        window.early_keys.passes = library.panel.takes_early_key
    elif not problem:
        # Before show(): a cached document is then laid out once, with its content.
        window.open_document(path, helper)
        if first_frame_only and window.current_view() is None:
            # Not parsed yet: it is parsed on a worker, and the window shows its
            # panels, menus and progress at once, as before (a parse may hold the GIL for long).
            first_frame_only = False
            build_chrome()
            window.restore_panels()
    window.show()
    if getattr(window, "early_keys", None) is not None:
        window.early_keys.watch_platform_window()
    if first_frame_only:
        _build_chrome_after_first_frame(window, build_chrome)
    if problem:
        from viewer.ui.common.dialogs.errors import show_document_error  # rare: not at start-up

        show_document_error(window, problem)
    return window


def _build_chrome_after_first_frame(window, build_chrome) -> None:
    """Panels, menus and status bar right after the first paint of a cached document (it is
    in the window's first frame)."""
    from viewer.ui.common import screenshot

    def after_first_frame() -> None:
        window.building_chrome = True  # its panels show (the window is shown already)
        build_chrome()
        window.building_chrome = False
        window.restore_panels()

    view = window.current_view()
    window._chrome_watcher = screenshot.FirstPaintWatcher(view.viewport(), after_first_frame)


def _open_library(window, folder: Path):
    from viewer.ui.library.docks import open_library

    return open_library(window, folder)


def _answer_shown(window, library):
    from viewer.ui.library.first_results import AnswerShown

    versions = getattr(window, "versions", None)  # its families filter the query
    library.answer_shown = AnswerShown(library, versions and versions.families_ready)
    return library.answer_shown


def _install_features(window, query: str | None = None):
    """Search, bookmarks, articles and versions in `window`, once (a failed first document and
    a later one both ask)."""
    if getattr(window, "search_panel", None) is not None:
        return window.search_panel.controller
    from viewer.ui.articles.controller import install_articles
    from viewer.ui.bookmarks.controller import install_bookmarks
    from viewer.ui.search.panel import install_search
    from viewer.ui.versions.controller import install_versions
    from viewer.ui.window.context_menus import wire_result_menu

    search = install_search(window)
    bookmarks = install_bookmarks(window)
    wire_memo(window, bookmarks)
    wire_result_menu(window, search, bookmarks)
    install_articles(window)
    install_versions(window)
    if query:
        search.start_with(query)
    early_keys = getattr(window, "early_keys", None)
    if early_keys is not None:
        early_keys.replay()
    return search


def wire_memo(window, bookmarks) -> None:
    """The bookmarks panel's Excerpt memo… button opens the export feature's memo dialog: the
    two features meet here, in the window, not in each other."""

    def memo() -> None:
        from viewer.ui.export.controller import exporter  # loaded on use

        exporter(window).memo(bookmarks.panel.listed_entries())

    bookmarks.panel.memo_requested.connect(memo)
    window.bookmarks_memo = memo  # File › Export › Bookmarks as Excerpt Memo…


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
