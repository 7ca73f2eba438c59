"""Entry points of the library feature: `open_library(window, folder)`, `install_library(window)`.

The library's code loads only when a folder is opened (File › Open Folder…, Ctrl+Shift+O; a
folder on the command line; a folder dropped on the window), never before the first paint.
Its panels: "Library" on the left, above Topics; "Library search" on the
right, tabbed with the document search; the document's info goes under those tabs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from viewer.ui.common import i18n, window_fit
from viewer.ui.common.i18n import translate
from viewer.ui.library.context_menu import install_menus
from viewer.ui.library.controller import LibraryController
from viewer.ui.library.search_panel import LibrarySearchPanel
from viewer.ui.library.view import LibraryView

LIBRARY_DOCK = "libraryDock"
LIBRARY_SEARCH_DOCK = "librarySearchDock"


def install_library(window) -> LibraryController:
    """The window's library controller and panels, created on first use."""
    controller = getattr(window, "library", None)
    if controller is not None:
        return controller
    controller = LibraryController(window)
    window.library = controller
    view = LibraryView(controller)
    panel = LibrarySearchPanel(controller)
    controller.view, controller.panel = view, panel
    install_menus(view, panel)
    versions = getattr(window, "versions", None)  # version families feed the search filter
    if versions is not None:
        versions.watch_library(controller)
    left = _dock(window, LIBRARY_DOCK, view, Qt.DockWidgetArea.LeftDockWidgetArea)
    right = _dock(window, LIBRARY_SEARCH_DOCK, panel)

    def titles() -> None:
        left.setWindowTitle(translate("Library", "Library"))
        # short: it shares the right column's tabs with the document search
        right.setWindowTitle(translate("Library", "Library search"))

    i18n.live(left, titles)
    _below_search(window, "metadataDock", right)
    _stack_above(window, left, "topicsDock", ("outlineDock", "articlesDock"))
    _tabify_with(window, right, "searchDock")
    for dock in (left, right):
        dock.show()  # a dock added to a shown window stays hidden otherwise
        dock.raise_()
    window_fit.cap_side_minimums(window)
    window_fit.balance_docks(window)  # titles of laws are long: the library's share
    empty = window.current_document is None
    _share_columns(window, left, right, empty)
    if empty:  # the first document opened gets its Topics and Info room back
        window.document_loaded.connect(
            lambda _doc: _share_columns(window, left, right, False),
            Qt.ConnectionType.SingleShotConnection,
        )
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(controller.shutdown)
    return controller


def _share_columns(window, left, right, empty: bool) -> None:
    """The library list and the results get most of their columns; with no document open the
    Topics and Info panels below them have nothing to show, and get a sliver."""
    height = window.height()
    topics = window.findChild(QDockWidget, "topicsDock")
    if topics is not None and not topics.isHidden():
        below = height // 7 if empty else height * 2 // 5
        window.resizeDocks([left, topics], [height - below, below], Qt.Orientation.Vertical)
    info = window.findChild(QDockWidget, "metadataDock")
    if info is not None and window.dockWidgetArea(info) == window.dockWidgetArea(right):
        below = height // 7 if empty else height // 3
        window.resizeDocks([right, info], [height - below, below], Qt.Orientation.Vertical)


def _dock(window, name: str, widget, area=Qt.DockWidgetArea.RightDockWidgetArea):
    dock = window.dock_for(name, "", area)  # titled in the interface language by `titles`
    dock.setWidget(widget)
    return dock


def _stack_above(window, dock: QDockWidget, below_name: str, tab_names) -> None:
    """The library list on top of the column, the document's topics (chapters) below it, so
    opening a law shows both. The outline (and the articles panel, which the articles feature
    puts beside it) are tabs behind the topics."""
    below = window.findChild(QDockWidget, below_name)
    if below is None or window.dockWidgetArea(below) != window.dockWidgetArea(dock):
        return
    window.splitDockWidget(dock, below, Qt.Orientation.Vertical)
    for name in tab_names:
        tabbed = window.findChild(QDockWidget, name)
        if tabbed is not None and not tabbed.isFloating():
            window.tabifyDockWidget(below, tabbed)
    below.raise_()


def _below_search(window, name: str, search: QDockWidget) -> None:
    """The document's info in a group of its own under the right column's search tabs (the
    cited-by panel joins it once a law is opened): as a fourth tab under the library list,
    or beside the three searches, no title in its group read whole on a 1024-pixel screen."""
    dock = window.findChild(QDockWidget, name)
    if dock is None or dock.isFloating():
        return
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock, Qt.Orientation.Vertical)
    cited = window.findChild(QDockWidget, "citedByDock")
    if cited is not None and not cited.isHidden():
        _tabify_with(window, dock, "citedByDock")


def _tabify_with(window, dock: QDockWidget, other_name: str) -> None:
    other = window.findChild(QDockWidget, other_name)
    if (
        other is not None
        and window.dockWidgetArea(other) == window.dockWidgetArea(dock)
        and dock not in window.tabifiedDockWidgets(other)
    ):
        window.tabifyDockWidget(other, dock)


def open_library(window, folder) -> LibraryController:
    """Show `folder` as the window's library and index it in the background."""
    controller = install_library(window)
    controller.open_folder(Path(folder))
    for name in (LIBRARY_DOCK, LIBRARY_SEARCH_DOCK):
        dock = window.findChild(QDockWidget, name)
        dock.show()
        dock.raise_()
    return controller


def focus_library_search(window) -> None:
    """Ctrl+Shift+F: the library search box, in front with its text selected; with no library
    open yet, the folder dialog first (there is nothing to search before)."""
    library = getattr(window, "library", None)
    if library is None or library.root is None:
        open_folder_dialog(window)
        library = getattr(window, "library", None)
        if library is None or library.root is None:
            return
    dock = window.findChild(QDockWidget, LIBRARY_SEARCH_DOCK)
    dock.show()
    dock.raise_()
    library.panel.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    library.panel.box.selectAll()


def open_folder_dialog(window) -> None:
    from PySide6.QtWidgets import QFileDialog

    library = getattr(window, "library", None)
    start = str(library.root) if library is not None and library.root else str(Path.home())
    title = translate("Library", "Open Folder as Library")
    folder = QFileDialog.getExistingDirectory(window, title, start)
    if folder:
        open_library(window, folder)
