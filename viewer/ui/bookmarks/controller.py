"""Bookmarks in the main window: `install_bookmarks(window)` is the one entry point.

The controller owns the BookmarkLibrary, the panel (a dock) and the actions:
Ctrl+D bookmark the selection (or the paragraph under the cursor / right-click), Ctrl+B bring
the panel to the front (or hide it), Ctrl+Shift+C copy a citation, File › Export/Import
bookmarks. Bookmarks are resolved on a worker thread whenever a document opens or a bookmark
changes; `refreshed` fires when the list and the marks in the panes show the result.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from viewer.core.base.errors import StorageError, ViewerError
from viewer.core.bookmarks.anchoring import EXACT, anchor_for_range
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.bookmarks.model import summarize
from viewer.ui.bookmarks import actions as bookmark_actions
from viewer.ui.bookmarks import context_menu as bookmark_menu
from viewer.ui.bookmarks import marks as bookmark_marks
from viewer.ui.bookmarks import transfer as bookmark_transfer
from viewer.ui.bookmarks.listing import resolve_entries, summary_line
from viewer.ui.bookmarks.model import Entry, short_quote
from viewer.ui.bookmarks.panel import BookmarksPanel
from viewer.ui.bookmarks.storage_notice import cannot_save_text, notice_box
from viewer.ui.common import i18n
from viewer.ui.common.feature_docks import BOOKMARKS_DOCK, reserve_feature_docks
from viewer.ui.common.i18n import translate
from viewer.ui.common.plain_text import rich_safe
from viewer.ui.common.workers import BackgroundTask, run_in_background
from viewer.ui.document.topic_pane import TopicPane

STATUS_MS = 15000


class BookmarksController(QObject):
    refreshed = Signal()

    def __init__(self, window, library: BookmarkLibrary | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.library = library or BookmarkLibrary()
        self.entries: list[Entry] = []  # the open document's bookmarks, resolved
        self.dialog = None  # the BookmarkDialog open now
        self._task: BackgroundTask | None = None
        self._undo: list[str] = []
        self._select_next: str | None = None  # bookmark to select (or reveal) after a refresh
        self._reveal_next = False
        self._warned_storage = False
        self.panel = BookmarksPanel()
        self.dock = reserve_feature_docks(window)[BOOKMARKS_DOCK]
        self.dock.setWidget(self.panel)
        i18n.live(self.dock, lambda: self.dock.setWindowTitle(translate("Bookmarks", "Bookmarks")))
        if window.isVisible():
            self.dock.show()  # a dock added to a shown window stays hidden otherwise
        self._connect()
        bookmark_actions.build_actions(self)
        bookmark_menu.install_menu(self)
        library_ = self.library
        window.destroyed.connect(lambda *_: library_.close())
        if self.library.notice and not self.library.store.read_only:
            QTimer.singleShot(0, self._show_notice)
        if window.current_document is not None:
            self.refresh()

    def _connect(self) -> None:
        w, panel = self.window, self.panel
        w.document_loaded.connect(lambda _doc: self.refresh(announce=True))
        w.pane_changed.connect(lambda _pane: bookmark_marks.mark_view(self, w.current_view()))
        panel.activated.connect(self.activate)
        panel.edit_requested.connect(self.edit)
        panel.delete_requested.connect(self.delete)
        panel.undo_requested.connect(self.undo)
        panel.cite_requested.connect(lambda entry: bookmark_transfer.copy_citation(self, entry))
        panel.reattach_requested.connect(self.reattach)
        panel.scope_changed.connect(lambda _all: self.refresh())

    # --- resolving ----------------------------------------------------------------------------
    def refresh(self, announce: bool = False) -> None:
        """Resolve the bookmarks again off the GUI thread; the newest request wins."""
        if self._task is not None:
            self._task.cancel()
        document = self.window.current_document
        all_documents = self.panel.all_documents.isChecked()
        self._task = run_in_background(
            resolve_entries,
            self.library,
            document,
            all_documents,
            on_done=lambda result: self._show(result, document, announce),
            on_error=self._resolve_failed,
        )

    def _show(self, result, document, announce: bool) -> None:
        self._task = None
        if document is not self.window.current_document:
            return  # another document opened meanwhile; its own refresh is on the way
        mine, everything = result
        self.entries = mine
        listed = mine if everything is None else everything
        self.panel.set_entries(
            listed, lambda: summary_line(document, mine, everything), bool(everything)
        )
        for view in self.window.findChildren(TopicPane):
            bookmark_marks.mark_view(self, view)
        if announce and any(e.resolved.status != EXACT for e in mine):
            self.window.statusBar().showMessage(summarize([e.resolved for e in mine]), STATUS_MS)
        if self._select_next and self.panel.select(self._select_next) and self._reveal_next:
            self.activate(self.panel.current_entry())
        self._select_next, self._reveal_next = None, False
        self.refreshed.emit()

    def _resolve_failed(self, error: BaseException) -> None:
        self._task = None
        if not isinstance(error, ViewerError):
            raise error
        self.panel.show_summary(lambda: str(error))
        self.refreshed.emit()

    # --- adding and changing ------------------------------------------------------------------
    def add_bookmark(self, passage_id: str = "", use_selection: bool = True) -> None:
        """Bookmark the selection, else the given passage, else the one under the text cursor."""
        document, view = self.window.current_document, self.window.current_view()
        if document is None or view is None or view.pane is None:
            self._status(translate("Bookmarks", "Open a document to bookmark it."))
            return
        if not self.writable():
            return
        pane = view.pane
        selected = view.selection_pane_range() if use_selection else None
        if selected and pane.text[selected[0] : selected[1]].strip():
            start, end = selected
            quote = pane.text[start:end]

            def make(**fields):
                return self.library.add_selection(document, pane.id, start, end, **fields)
        else:
            passage_id = passage_id or view.passage_at(view.textCursor().position())
            passage = document.passage(passage_id) if passage_id else None
            if passage is None:
                self._status(
                    translate(
                        "Bookmarks", "Select some text or right-click a paragraph to bookmark it."
                    )
                )
                return
            quote = passage.text

            def make(**fields):
                return self.library.add_passage(document, passage.id, **fields)

        dialog = self._new_dialog(quote=quote, title=translate("Bookmarks", "Bookmark Passage"))
        saved = translate("Bookmarks", "Bookmarked: “{quote}”")
        dialog.accepted.connect(lambda: self._save(lambda: make(**dialog.values()), saved))
        dialog.open()

    def edit(self, entry: Entry) -> None:
        bookmark = entry.resolved.bookmark
        dialog = self._new_dialog(
            quote=bookmark.quote,
            note=bookmark.note,
            tags=bookmark.tags,
            color=bookmark.color,
            title=translate("Bookmarks", "Edit Bookmark"),
        )
        saved = translate("Bookmarks", "Saved: “{quote}”")
        dialog.accepted.connect(
            lambda: self._save(lambda: self.library.update(bookmark.id, **dialog.values()), saved)
        )
        dialog.open()

    def _new_dialog(self, **fields):
        from viewer.ui.bookmarks.dialog import BookmarkDialog  # on first use, not at start-up

        if self.dialog is not None:
            self.dialog.deleteLater()  # one at a time; its values were read on accept
        self.dialog = BookmarkDialog(self.window, **fields)
        return self.dialog

    def delete(self, entry: Entry) -> None:
        deleted = translate("Bookmarks", "Deleted: “{quote}”")
        if self._save(lambda: self.library.delete(entry.id), deleted, select=False):
            self._undo.append(entry.id)
            quote = short_quote(entry.resolved.bookmark.quote, 24)
            self.panel.show_undo(
                lambda: translate("Bookmarks", "Deleted “{quote}”.").format(quote=quote)
            )
            message = translate(
                "Bookmarks", "Deleted bookmark “{quote}” — Undo in the Bookmarks panel (Ctrl+Z)."
            )
            self._status(message.format(quote=quote))

    def undo(self) -> None:
        if not self._undo:
            self._status(translate("Bookmarks", "Nothing to undo."))
            return
        bookmark_id = self._undo.pop()
        restored = translate("Bookmarks", "Restored: “{quote}”")
        if self._save(lambda: self.library.restore(bookmark_id), restored):
            self.panel.show_undo(None)

    def reattach(self, entry: Entry) -> None:
        document, view = self.window.current_document, self.window.current_view()
        selected = view.selection_pane_range() if view is not None else None
        if document is None or view is None or not selected or selected[0] == selected[1]:
            self._status(
                translate(
                    "Bookmarks",
                    "Select the passage in the document, then choose Re-attach to selection.",
                )
            )
            return
        anchor = anchor_for_range(document, view.pane.id, *selected)
        done = translate("Bookmarks", "Re-attached: “{quote}”")
        self._save(lambda: self.library.reattach(entry.id, anchor, document), done)

    def _save(self, change, done: str, select: bool = True) -> bool:
        """`done` is the status line afterwards, with a {quote} placeholder."""
        """Run one library change; report storage errors; refresh the list. True if saved."""
        try:
            bookmark = change()
        except StorageError as error:
            self.storage_problem(str(error))
            return False
        except ViewerError as error:
            self._status(str(error))
            return False
        if select:
            self._select_next = bookmark.id
        self._status(done.format(quote=short_quote(bookmark.quote, 30)))
        self.refresh()
        return True

    # --- activating ---------------------------------------------------------------------------
    def activate(self, entry: Entry | None) -> None:
        """Show the bookmark's pane with its passage highlighted (opening its document first)."""
        if entry is None:
            return
        resolved, document = entry.resolved, entry.document
        current = self.window.current_document
        if document is None and resolved.bookmark.path_unverified:
            # Its path came from an import file: only the user decides to open it.
            message = translate(
                "Bookmarks",
                "This bookmark was imported; open its document yourself to locate it: {path}",
            )
            self._status(message.format(path=resolved.bookmark.document_path))
            return
        if document is None:
            message = translate("Bookmarks", "The file of this bookmark is missing: {path}")
            self._status(message.format(path=resolved.bookmark.document_path))
            return
        if current is None or document.path != current.path:
            self._select_next, self._reveal_next = entry.id, True
            self.window.open_document(document.path)
            return
        if not resolved.resolution.found:
            self.window.show_pane(resolved.pane_id)
            self._status(
                translate(
                    "Bookmarks",
                    "This bookmark needs attention: its text was not found. Select the passage "
                    "and choose Re-attach to selection.",
                )
            )
            return
        span = (resolved.resolution.start, resolved.resolution.end)
        self.window.reveal(resolved.pane_id, ranges=[span], current=0)

    # --- messages -----------------------------------------------------------------------------
    def writable(self) -> bool:
        if self.library.store.read_only:
            self.storage_problem(self.library.notice)
            return False
        return True

    def storage_problem(self, message: str) -> None:
        """The first time as a dialog, then in the status bar (reading keeps working)."""
        text = cannot_save_text(message)
        self._status(text)
        if not self._warned_storage:
            self._warned_storage = True
            title = translate("Bookmarks", "Bookmarks")
            QMessageBox.warning(self.window, title, rich_safe(text, wrap=True))

    def _show_notice(self) -> None:
        self.notice_box = notice_box(self.window, self.library.notice)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)


def install_bookmarks(window, library: BookmarkLibrary | None = None) -> BookmarksController:
    """Add the bookmarks panel, actions and marks to a MainWindow."""
    controller = BookmarksController(window, library)
    window.bookmarks = controller
    return controller
