"""Articles in the window: the article outline, Ctrl+G go-to, reference links with Back
(Alt+Left), and the cited-by panel. Installed with the other features after the first paint.

All parsing and resolving runs off the GUI thread (viewer.core.articles.reading and
.cited_by); the widgets only show results. A reference to another document opens it from the
open library and goes to the cited article once it is shown.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QInputDialog, QLabel

from viewer.core.document.addresses import AddressNotFound, resolve
from viewer.ui.articles.cited_by_panel import CitedByPanel
from viewer.ui.articles.context_menu import install_menus
from viewer.ui.articles.links import HoverCard, LinkTracker, status_text
from viewer.ui.articles.menu import build_article_actions
from viewer.ui.articles.outline import ArticleOutline
from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate
from viewer.ui.common.workers import run_in_background

ARTICLES_DOCK = "articlesDock"
CITED_BY_DOCK = "citedByDock"


class ArticlesController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.reading = None  # viewer.core.articles.reading.ArticleReading of the open document
        self.history: list[tuple[str, str]] = []  # (document path, passage id) for Back
        self._pending: tuple[str, str] | None = None  # ("address"|"passage", value) after a load
        self._tasks: list = []  # BackgroundTasks for the open document
        self._cancel = threading.Event()  # stops the citation graph update of the last one
        self._hooked: set[int] = set()
        self.outline = ArticleOutline()
        self.outline.passage_activated.connect(self.show_passage)
        self.cited_by = CitedByPanel()
        self.cited_by.open_requested.connect(self._open_citing)
        self.card = HoverCard(window)
        self.address_label = QLabel()
        self.address_label.setObjectName("articleAddress")
        window.statusBar().addPermanentWidget(self.address_label)
        self._docks()
        build_article_actions(self)
        install_menus(self)
        window.document_loaded.connect(self._on_document)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        window.pane_changed.connect(lambda _pane: self._on_pane())
        if window.current_document is not None:
            self._on_document(window.current_document)

    def _docks(self) -> None:
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        articles = self.window.dock_for(ARTICLES_DOCK, "Articles", left)
        articles.setWidget(self.outline)
        self._tab_beside(articles, "outlineDock")
        articles.show()
        articles.raise_()  # the outline down to articles replaces the headings-only one
        self.cited_dock = self.window.dock_for(CITED_BY_DOCK, "Cited by")
        self.cited_dock.setWidget(self.cited_by)
        self.cited_dock.hide()  # until a document of a library is open (or View › Panels)

        def titles() -> None:
            articles.setWindowTitle(translate("Articles", "Articles"))
            self.cited_dock.setWindowTitle(translate("Articles", "Cited by"))

        i18n.live(articles, titles)

    def _tab_beside(self, dock: QDockWidget, other: str) -> None:
        beside = self.window.findChild(QDockWidget, other)
        area = self.window.dockWidgetArea
        if beside is not None and area(beside) == area(dock):
            self.window.tabifyDockWidget(beside, dock)

    def _show_cited_by(self) -> None:
        if self.cited_dock.isHidden():
            self._tab_beside(self.cited_dock, "metadataDock")
            self.cited_dock.show()
            self.cited_dock.raise_()

    def shutdown(self) -> None:
        """Stop a citation graph update still running (the app is closing)."""
        self._cancel.set()

    # --- the open document ----------------------------------------------------------------
    def library_root(self) -> Path | None:
        library = getattr(self.window, "library", None)
        return getattr(library, "root", None)

    def _on_document(self, document) -> None:
        from viewer.core.articles.reading import read_articles

        for task in self._tasks:  # results for the previous document are dropped
            task.cancel()
        self._tasks = []
        self._cancel.set()
        self._cancel = threading.Event()
        self.reading = None
        self.address_label.clear()  # an address of the previous document would mislead
        self.outline.show_structure(None)
        root = self.library_root()
        self._run(read_articles, document, root, on_done=self._on_reading)
        self._refresh_cited_by(document, root)

    def _on_reading(self, reading) -> None:
        if reading is None:
            return
        self.reading = reading
        self.outline.show_structure(reading.structure)
        self._on_pane()
        pending, self._pending = self._pending, None
        if pending and pending[0] == "address":
            self.go_to(pending[1], remember=False)  # the link that opened us remembered
        elif pending:
            self.show_passage(pending[1])

    def _refresh_cited_by(self, document, root: Path | None) -> None:
        path = Path(document.path).resolve() if document.path else None
        if root is None or path is None or not path.is_relative_to(root):
            self.cited_by.show_message(
                lambda: translate(
                    "Articles", "Open this document from a library to see who cites it."
                )
            )
            return
        from viewer.core.articles.cited_by import cited_by_documents

        self.cited_by.show_message(
            lambda: translate("Articles", "Reading the library's citations…")
        )
        self._show_cited_by()
        title = document.title
        self._run(
            cited_by_documents,
            root,
            path,
            None,
            cancel=self._cancel.is_set,
            on_done=lambda docs: self.cited_by.show_documents(title, docs),
            on_error=self._on_cited_by_error,
            on_progress=lambda p: self.cited_by.show_message(
                lambda: translate("Articles", "Reading citations {done}/{total}…").format(
                    done=p[0], total=p[1]
                )
            ),
        )

    def _run(self, fn, *args, on_done, on_error=None, on_progress=None, **kwargs) -> None:
        on_error = on_error or self._on_error
        task = run_in_background(
            fn, *args, on_done=on_done, on_error=on_error, on_progress=on_progress, **kwargs
        )
        self._tasks.append(task)

    def _on_cited_by_error(self, error: BaseException) -> None:
        """The panel says the list could not be made (it said "Reading…" until then)."""
        from viewer.core.articles.cited_by import GraphUpdateCancelled

        if not isinstance(error, GraphUpdateCancelled):
            self.cited_by.show_message(
                lambda: translate(
                    "Articles", "The library's citations could not be read: {error}"
                ).format(error=error)
            )
        self._on_error(error)

    def _on_error(self, error: BaseException) -> None:
        from viewer.core.articles.cited_by import GraphUpdateCancelled

        if not isinstance(error, GraphUpdateCancelled):
            message = translate("Articles", "Articles: {error}").format(error=error)
            self.window.statusBar().showMessage(message, 10000)

    def _on_pane(self) -> None:
        self._hook_view()
        view = self.window.current_view()
        if view is not None and view.pane is not None:
            view.set_links(pane_links(self.reading, view.pane) if self.reading else [])
            self._follow(view, opening=True)  # a hit opened before the outline was ready

    def _hook_view(self) -> None:
        view = self.window.current_view()
        if view is None or id(view) in self._hooked:
            return
        self._hooked.add(id(view))
        tracker = LinkTracker(view, self.card, lambda: self.reading)
        tracker.link_clicked.connect(self.follow_link)
        view.verticalScrollBar().valueChanged.connect(lambda _v, v=view: self._follow(v))
        # a step to the next match, a click, a go-to: the address is where the cursor went.
        # After the event, with the view as context: a text view also moves its cursor while
        # it is being destroyed, and a view gone by then is never asked
        view.cursorPositionChanged.connect(
            lambda v=view: QTimer.singleShot(0, v, lambda: self._follow(v))
        )

    def _follow(self, view, opening: bool = False) -> None:
        """`opening`: the document was just shown; an unnumbered paragraph (第3段) is not
        worth announcing then, only an article the reader was taken to."""
        passage_id = self.reading_passage(view)
        if not passage_id or self.reading is None:
            return
        self.outline.follow(passage_id)
        unit = self.reading.structure.unit_at(passage_id)
        if opening and (unit is None or unit.kind == "段"):
            self.address_label.setText("")  # not the last pane's address
            return
        self.address_label.setText(unit.breadcrumb if unit else "")

    @staticmethod
    def top_passage(view) -> str:
        return view.passage_at(view.cursorForPosition(QPoint(8, 8)).position())

    @classmethod
    def reading_passage(cls, view) -> str:
        """The paragraph at the text cursor while the cursor is in sight (a match stepped to,
        an article gone to, a click), else the one at the top of the view."""
        if view.viewport().rect().contains(view.cursorRect().center()):
            return view.passage_at(view.textCursor().position()) or cls.top_passage(view)
        return cls.top_passage(view)

    # --- moving around ----------------------------------------------------------------------
    def show_passage(self, passage_id: str) -> None:
        document = self.window.current_document
        passage = document.passage(passage_id) if document else None
        if passage is not None:
            self.window.reveal(passage.pane_id, passage_id)
            if self.reading is not None:
                # the view scrolled to it: the outline follows the article at the top, which
                # is the one before when the target cannot reach the top (the document's end)
                self.outline.follow(passage_id)
                unit = self.reading.structure.unit_at(passage_id)
                self.address_label.setText(unit.breadcrumb if unit else "")

    def go_to(self, text: str, remember: bool = True) -> bool:
        """Jump to the unit `text` names (第26条, 第三章, 三、（二）); False when there is none."""
        if self.reading is None:
            return False
        try:
            unit = resolve(self.reading.structure, text)
        except AddressNotFound as error:
            from viewer.core.articles.resolution import not_found_note

            self.window.statusBar().showMessage(not_found_note(error), 10000)
            return False
        if remember:
            self._remember()
        self.show_passage(self.reading.structure.passages[unit.start].id)
        return True

    def focus_cited_by(self) -> None:
        """Ctrl+Shift+R: the Cited by panel in front, the keyboard in its list."""
        self.cited_dock.show()
        self.cited_dock.raise_()
        self.cited_by.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def ask_go_to(self) -> None:
        text, ok = QInputDialog.getText(
            self.window,
            translate("Articles", "Go to Article"),
            translate("Articles", "Article or address (第26条, 26, 第三条第三款, 三、（二）):"),
        )
        if ok and text.strip():
            self.go_to(text)

    def follow_link(self, link) -> None:
        if not link.resolved:
            why = link.note or status_text(link.status)
            message = translate("Articles", "{reference}: {why}")
            self.window.statusBar().showMessage(message.format(reference=link.text, why=why), 8000)
            return
        self._remember()
        if not link.target_path:
            self.show_passage(link.target_passage)
            return
        if link.target_address:
            then = ("address", link.target_address)
        else:  # a whole document (《…法》): its beginning, not where it was last left
            then = ("passage", link.target_passage) if link.target_passage else None
        self._open(link.target_path, then)

    def _open_citing(self, rel_path: str, passage_id: str) -> None:
        self._remember()
        self._open(rel_path, ("passage", passage_id) if passage_id else None)

    def _open(self, rel_path: str, then: tuple[str, str] | None) -> None:
        root = self.library_root() or (self.reading.library if self.reading else None)
        if root is None:
            return
        self._pending = then
        self.window.open_document(Path(root) / rel_path)

    def _remember(self) -> None:
        document, view = self.window.current_document, self.window.current_view()
        if document is not None and view is not None:
            self.history.append((str(document.path or ""), self.top_passage(view)))

    def back(self) -> None:
        if not self.history:
            return
        path, passage_id = self.history.pop()
        document = self.window.current_document
        if document is not None and str(document.path or "") == path:
            self.show_passage(passage_id)
            return
        self._pending = ("passage", passage_id)
        self.window.open_document(Path(path))


def pane_links(reading, pane) -> list[tuple[int, int, bool]]:
    """(start, end, resolved) of the references in `pane`, as Pane.text offsets."""
    links = []
    for passage, start in zip(pane.passages, pane.passage_starts(), strict=True):
        for link in reading.links.get(passage.id, ()):
            links.append((start + link.start, start + link.end, link.resolved))
    return links


def install_articles(window) -> ArticlesController:
    controller = getattr(window, "articles", None)
    if controller is None:
        controller = ArticlesController(window)
        window.articles = controller
    return controller
