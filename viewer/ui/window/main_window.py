"""The main window: topic list, the current pane, its outline, document info, status bar.

Extension points for later features (search, bookmarks): `add_dock(dock)`, `menu(title)`,
the signals `document_loaded(Document)` and `pane_changed(str)`, and `reveal(...)` to show a
passage with highlighted ranges. Documents are loaded off the GUI thread (workers.py).

At start-up the window is made with `first_frame_only`: its first frame is the reading view
alone, and the panels, menus and status bar (and the Qt classes behind them) are built by
`build_chrome()` right after that frame is painted.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from viewer.core.base.errors import DocumentError
from viewer.core.base.paths import app_paths
from viewer.core.base.settings import Settings, load_settings
from viewer.core.document.cache import cached_document
from viewer.core.document.helper_parse import HelperParse, load_with_helper
from viewer.core.document.model import Document
from viewer.core.document.prerendered import prerendered_document
from viewer.ui.common import i18n
from viewer.ui.common.fonts import clamp_zoom, zoom_percent
from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from viewer.ui.common.info_bar import InfoBar
from viewer.ui.common.pane_names import shown_pane_title
from viewer.ui.common.reading_order_tab import ReadingOrderTab
from viewer.ui.common.workers import BackgroundTask, run_in_background
from viewer.ui.document.landing_pane import first_reading_pane
from viewer.ui.document.topic_pane import TopicPane
from viewer.ui.window import theme
from viewer.ui.window.chrome import WindowChrome
from viewer.ui.window.dock_host import DockHost
from viewer.ui.window.pane_views import PaneViews, doc_key
from viewer.ui.window.window_state import WindowState, window_settings

log = logging.getLogger(__name__)
APP_TITLE = QT_TRANSLATE_NOOP("Window", "Briefing Viewer")
# A helper still parsing at this point is waited for this long (s): less than building the
# panels and menus costs, which a first frame with the document in it does after its paint.
HELPER_WAIT_S = 0.1


class MainWindow(ReadingOrderTab, WindowChrome, PaneViews, WindowState, DockHost, QMainWindow):
    document_loaded = Signal(object)  # Document
    pane_changed = Signal(str)  # pane id
    load_failed = Signal(str)  # the message shown to the user

    def __init__(
        self,
        settings: Settings | None = None,
        theme_mode: str | None = None,
        first_frame_only: bool = False,
    ) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.settings = settings or load_settings()
        self.qsettings = window_settings()
        self.current_document: Document | None = None
        self.current_pane_id: str | None = None
        self.requested_pane: str | None = None  # from --pane, used by the next load
        self.quiet_errors = False  # --screenshot: report through load_failed only, no dialog
        self.zoom = clamp_zoom(self.settings.zoom)
        self.theme_mode = theme_mode or self.settings.theme
        self.resolved_theme = "light"
        self._views: dict[str, TopicPane] = {}
        self._load_task: BackgroundTask | None = None
        self.chrome_built = False  # panels, menus, status bar: see build_chrome()
        self._busy_message: str | None = None  # said once the status bar exists
        self._build_central()
        self.set_theme(self.theme_mode, persist=False)
        if not first_frame_only:
            self.build_chrome()
        # e.g. a hand-edited settings file; a callable, so the notice follows a language switch
        self._startup_notices = [self.settings.reset_notice] if self.settings.reset else []
        self.info_bar.show_messages(self._startup_notices)
        i18n.live(self, self._retranslate)

    def note_at_start(self, message) -> None:
        """Say `message` (a string, or a function giving it) in the info bar, beside the first
        document's warnings."""
        if self.current_document is None:
            self._startup_notices.append(message)  # shown again with the first document
        self.info_bar.show_messages([*self.info_bar.messages, message])

    def _retranslate(self) -> None:
        """The texts that depend on state: the title, the zoom, the accessible names."""
        document = self.current_document
        title = translate("Window", APP_TITLE)
        if document is not None:
            title = translate("Window", "{document} — {app}").format(
                document=document.shown_title, app=title
            )
        self.setWindowTitle(title)
        self.placeholder.setText(
            translate("Window", "Open a briefing with File › Open (Ctrl+O) or drop a file here.")
        )
        if not self.chrome_built:
            return
        self.pane_list.setAccessibleName(translate("Window", "Topics"))
        self.pane_list.setAccessibleDescription(
            translate("Window", "The document's topics; choose one to read it.")
        )
        self.busy.setAccessibleName(translate("Window", "Working"))
        if document is not None:  # the overview pane's name is the interface's
            for row, pane in enumerate(document.panes[: self.pane_list.count()]):
                self.pane_list.item(row).setText(shown_pane_title(pane.title))
        self.statusBar().clearMessage()  # a passing message in the old language goes at once
        self._show_zoom()

    # --- construction -------------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.info_bar = InfoBar()
        self.stack = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)  # centred by build_chrome()
        self.stack.addWidget(self.placeholder)
        layout.addWidget(self.info_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    # --- extension points ---------------------------------------------------------------------
    # --- documents ----------------------------------------------------------------------------
    def open_document(self, path: Path | str, helper: HelperParse | None = None) -> None:
        """Load `path` in the background; errors end in a dialog, never a traceback.

        An unchanged file already in the document cache is shown at once instead (reading the
        cache takes about a millisecond; a worker round trip would cost a whole extra paint),
        and so is the answer of a helper process parsing it since start-up, if it comes soon."""
        path = Path(path)
        if path.is_dir():  # a folder is a library: its panels list and search its documents
            from viewer.ui.library.docks import open_library

            open_library(self, path)
            return
        if self._load_task is not None:
            self._load_task.cancel()  # the newest request wins
            self._load_task = None
        cached = None
        if helper is not None and helper.wait(HELPER_WAIT_S):
            cached, helper = helper.document(), None  # None: parsed in-process below
        # a first launch: the bundled briefing as parsed at install time, if unchanged
        cached = cached or cached_document(path, self._cache_dir()) or prerendered_document(path)
        if cached is not None:
            self.show_document(cached)
            return
        self._set_busy(translate("Window", "Opening {name}…").format(name=path.name))
        self._load_task = run_in_background(
            load_with_helper,
            path,
            self._cache_dir(),
            helper,
            on_done=self.show_document,
            on_error=self._on_load_error,
        )

    @staticmethod
    def _cache_dir() -> Path:
        return app_paths().cache / "documents"

    def show_document(self, document: Document) -> None:
        self._set_busy(None)
        self._load_task = None
        for view in self._views.values():
            self.stack.removeWidget(view)
            view.deleteLater()
        self._views.clear()
        self.current_document = document
        self.current_pane_id = None
        self._retranslate()  # the title names the document
        self.info_bar.show_messages([*self._startup_notices, *document.warnings])
        self._startup_notices = []  # said once, beside the first document
        if self.chrome_built:
            self._show_side(document)
            from viewer.ui.common import window_fit

            if getattr(self, "sides_for_empty_centre", False):  # the panels had its room
                window_fit.balance_docks(self)
            else:  # panels restored or widened while nothing was open may be too wide
                window_fit.schedule_keep_reading_room(self)
        if document.path is not None:
            self.settings.add_recent(document.path)
            library = getattr(self, "library", None)
            if library is None or not library.holds(document.path):
                # a start without a path reopens it (a law of the open library: the folder,
                # which reopens its last document)
                self.settings.last_opened = str(Path(document.path).resolve())
        if document.panes:
            self.show_pane(self._initial_pane(document))
        self.document_loaded.emit(document)

    def _initial_pane(self, document: Document) -> str:
        requested, self.requested_pane = self.requested_pane, None
        wanted = requested or self.settings.last_pane.get(doc_key(document), "")
        pane = document.pane_named(wanted) if wanted else None
        if pane is not None:
            return pane.id
        first = first_reading_pane(document)
        if requested:  # --pane named none: say so rather than quietly show another
            note = translate("Window", "There is no topic “{pane}” in {title}; showing “{first}”.")
            note = note.format(pane=requested, title=document.title, first=first.title)
            print(note, file=sys.stderr)
            QTimer.singleShot(0, lambda: self.statusBar().showMessage(note, 15000))
        return first.id

    def _on_load_error(self, error: BaseException) -> None:
        self._set_busy(None)
        self._load_task = None
        if not isinstance(error, DocumentError):
            raise error  # a bug, not bad input: the excepthook logs and reports it
        self._fail(str(error))

    def _fail(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        self.load_failed.emit(message)
        if not self.quiet_errors:
            from viewer.ui.common.dialogs.errors import show_document_error  # rare: not at start-up

            show_document_error(self, message)

    def _set_busy(self, message: str | None) -> None:
        if not self.chrome_built:  # shown once the status bar is built (build_chrome)
            self._busy_message = message
            return
        self.busy.setVisible(message is not None)
        if message:
            self.statusBar().showMessage(message)
        else:
            self.statusBar().clearMessage()

    # --- zoom and theme -------------------------------------------------------------------------
    def set_zoom(self, zoom: int) -> None:
        self.zoom = clamp_zoom(zoom)
        self.settings.zoom = self.zoom
        for view in self._views.values():
            view.set_zoom(self.zoom)
        self._show_zoom()

    def _show_zoom(self) -> None:
        if not self.chrome_built:
            return
        percent = zoom_percent(self.zoom)  # one style at every step
        self.zoom_label.setText(translate("Window", "Zoom {percent}%").format(percent=percent))

    def set_theme(self, mode: str, persist: bool = True) -> None:
        self.theme_mode = mode
        if persist:
            self.settings.theme = mode
        self.resolved_theme = theme.apply_theme(QApplication.instance(), mode)
        css = theme.markdown_css(self.resolved_theme)
        self.info_bar.setStyleSheet(theme.widget_qss(self.resolved_theme))
        if self.chrome_built:
            self.focus_tracker.set_style(theme.widget_qss(self.resolved_theme))
        for view in self._views.values():
            view.restyle(css)
        if self.chrome_built:
            from viewer.ui.window import menus as window_menus

            window_menus.sync_theme_actions(self)
        self.set_zoom(self.zoom)

    def confirm_system_theme(self) -> None:
        """After the first frame: the desktop's scheme now (the first frame took last start's
        answer, see theme.assume_system_scheme); a window following it changes if it did."""
        scheme = theme.confirm_system_scheme(QApplication.instance(), self.qsettings)
        if self.theme_mode not in ("light", "dark") and scheme != self.resolved_theme:
            self.set_theme(self.theme_mode, persist=False)

    # --- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        local = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if local:
            event.acceptProposedAction()
            self.open_document(local[0])
