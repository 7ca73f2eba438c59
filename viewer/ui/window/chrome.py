"""The window around the reading view: its panels (topics, outline, info), status bar and
menus (mixed into MainWindow).

A window made with `first_frame_only` paints its reading view first and gets these from
`build_chrome()` right after: their modules and Qt classes are loaded then, not before the
first frame. Everything else asks for them through `build_chrome()` (it runs once).
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QLabel

from viewer.core.document.model import Document
from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate
from viewer.ui.common.pane_names import shown_pane_title

MANY_PANES = 1_000  # beyond this the topic list gives every title one line


class WindowChrome:
    """Panels, status bar and menus of MainWindow; it owns the state used here."""

    def build_chrome(self) -> None:
        """The panels, the status bar and the menus (once); a document already shown gets its
        topic list, outline and info now."""
        if self.chrome_built:
            return
        from viewer.ui.window import menus as window_menus

        self.chrome_built = True  # first: building the menus asks for menus and docks
        # Not in the first frame (a document is shown there): naming Qt's namespace makes
        # PySide create its ~90 enum classes, ~15 ms.
        self.placeholder.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self._build_docks()
        self._build_status_bar()
        window_menus.build_menus(self)
        window_menus.sync_theme_actions(self)
        self._build_keyboard_access()
        self._retranslate()
        if self._load_task is not None:  # a document was already loading
            self._set_busy(self._busy_message)
        if self.current_document is not None:
            self._show_side(self.current_document)
            pane = self.current_document.pane(self.current_pane_id or "")
            if pane is not None:
                self._show_pane_side(self.current_document, pane)

    def _build_keyboard_access(self) -> None:
        from viewer.ui.common.focus_ring import FocusTracker
        from viewer.ui.common.keyboard_focus import install_keyboard_focus
        from viewer.ui.window import theme

        install_keyboard_focus(self, self.panels_menu)  # F6 panels, Shift+F10 context menu
        self.focus_tracker = FocusTracker(self)  # a frame around the focused control
        self.focus_tracker.set_style(theme.widget_qss(self.resolved_theme))

    def _build_docks(self) -> None:
        from PySide6.QtWidgets import QDockWidget, QListWidget, QMenu

        from viewer.ui.document.metadata_panel import MetadataPanel
        from viewer.ui.document.outline_panel import OutlinePanel
        from viewer.ui.window import panel_accelerators

        self.pane_list = QListWidget()
        self.pane_list.setObjectName("panes")
        self.pane_list.setWordWrap(True)
        self.pane_list.setSpacing(2)
        self.pane_list.currentRowChanged.connect(self._on_pane_row)
        self.outline = OutlinePanel()
        self.outline.passage_activated.connect(self.scroll_to_passage)
        self.metadata = MetadataPanel()
        self.panels_menu = QMenu(self)
        self.panels_menu.setObjectName("panels_menu")
        panel_accelerators.install(self.panels_menu)
        i18n.live(
            self.panels_menu, lambda: self.panels_menu.setTitle(translate("Window", "&Panels"))
        )
        self.add_dock(
            self._dock("Topics", "topicsDock", self.pane_list), QtCore.Qt.LeftDockWidgetArea
        )
        self.add_dock(
            self._dock("Outline", "outlineDock", self.outline), QtCore.Qt.LeftDockWidgetArea
        )
        self.add_dock(self._dock("Info", "metadataDock", self.metadata))
        self.resizeDocks(
            [self.findChild(QDockWidget, "topicsDock")], [270], QtCore.Qt.Orientation.Horizontal
        )

    def _build_status_bar(self) -> None:
        from PySide6.QtWidgets import QProgressBar

        from viewer.ui.window.status_bar import ElidingStatusBar

        self.setStatusBar(ElidingStatusBar(self))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: "working", no fake percentage
        self.busy.setMaximumWidth(140)
        self.busy.hide()
        self.zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.zoom_label)

    def _show_side(self, document: Document) -> None:
        """What the panels, the Go menu and the status bar show of a new document."""
        from viewer.ui.window import menus as window_menus

        self.metadata.show_document(document)
        self.pane_list.blockSignals(True)
        self.pane_list.clear()
        # Wrapped titles are measured one by one: 60,000 of them took 0.3 s to select a row.
        self.pane_list.setUniformItemSizes(len(document.panes) > MANY_PANES)
        self.pane_list.addItems([shown_pane_title(pane.title) for pane in document.panes])
        self.pane_list.blockSignals(False)
        window_menus.rebuild_go_menu(self)
        if document.warnings:
            self.statusBar().showMessage(" ".join(document.warnings), 15000)

    def menu(self, title: str, context: str | None = None):
        """The top-level menu with the English `title` (found by id, shown translated)."""
        from viewer.ui.window import menus as window_menus

        self.build_chrome()
        return window_menus.menu(self, title, context or window_menus.CONTEXT)
