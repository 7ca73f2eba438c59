"""The window's panes: showing one, stepping through them, revealing a passage with its
highlights, and the reading views made on first visit (mixed into MainWindow)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame

from viewer.core.document.model import Document
from viewer.ui.common.i18n import translate
from viewer.ui.common.pane_names import shown_pane_title
from viewer.ui.document.topic_pane import TopicPane
from viewer.ui.window import theme


def doc_key(document: Document) -> str:
    """The key a document's remembered pane is kept under: its resolved path, else its title."""
    return str(Path(document.path).resolve()) if document.path else document.title


class PaneViews:
    """Pane navigation of MainWindow; it owns the widgets and state used here."""

    def show_pane(self, pane_id: str) -> None:
        document = self.current_document
        pane = document.pane(pane_id) if document else None
        if pane is None:
            return
        view = self._views.get(pane_id) or self._create_view(pane)
        self.stack.setCurrentWidget(view)
        self.current_pane_id = pane_id
        self.settings.last_pane[doc_key(document)] = pane_id
        if self.chrome_built:
            self._show_pane_side(document, pane)
        self.pane_changed.emit(pane_id)

    def _show_pane_side(self, document: Document, pane) -> None:
        """The topic list's row, the outline and the status bar follow the shown pane."""
        row = document.panes.index(pane)
        if self.pane_list.currentRow() != row:
            self.pane_list.blockSignals(True)
            self.pane_list.setCurrentRow(row)
            self.pane_list.blockSignals(False)
        self.outline.show_pane(pane)
        chars = len(pane.text)  # a plain name: lupdate reads no expression here
        where = translate(
            "Window", "{title} — topic {number} of {count}, %Ln character(s)", None, chars
        )
        self.statusBar().showMessage(
            where.format(
                title=shown_pane_title(pane.title), number=row + 1, count=len(document.panes)
            ),
            8000,
        )

    def _create_view(self, pane) -> TopicPane:
        """Views are made on first visit: a 20 MB document has many panes, most never read."""
        view = TopicPane()
        view.setObjectName("topic")
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.set_zoom(self.zoom)
        view.show_pane(pane, theme.markdown_css(self.resolved_theme))
        view.external_link_requested.connect(self._open_external)
        self._views[pane.id] = view
        self.stack.addWidget(view)
        return view

    def current_view(self) -> TopicPane | None:
        return self._views.get(self.current_pane_id or "")

    def step_pane(self, delta: int) -> None:
        if self.current_document and self.current_document.panes:
            count = len(self.current_document.panes)
            row = (max(0, self.pane_list.currentRow()) + delta) % count
            self.show_pane(self.current_document.panes[row].id)

    def show_pane_number(self, number: int) -> None:
        if self.current_document and 0 < number <= len(self.current_document.panes):
            self.show_pane(self.current_document.panes[number - 1].id)

    def _on_pane_row(self, row: int) -> None:
        if self.current_document and 0 <= row < len(self.current_document.panes):
            self.show_pane(self.current_document.panes[row].id)

    def scroll_to_passage(self, passage_id: str) -> None:
        view = self.current_view()
        if view is not None:
            view.scroll_to_passage(passage_id)

    def reveal(self, pane_id, passage_id=None, ranges=None, current=None) -> None:
        """Show a pane, scroll to a passage and (optionally) highlight Pane.text ranges."""
        self.show_pane(pane_id)
        view = self.current_view()
        if view is None or self.current_pane_id != pane_id:
            return
        if passage_id:
            view.scroll_to_passage(passage_id)
        if ranges is not None:
            view.set_highlights(list(ranges), current)

    def _open_external(self, url: QUrl) -> None:
        from viewer.ui.common.dialogs.errors import confirm_external_link  # on use

        if confirm_external_link(self, url):
            QDesktopServices.openUrl(url)
