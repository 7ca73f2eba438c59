"""The view of one topic pane: a QTextBrowser that is safe for untrusted Markdown.

Safety: the document's HTML comes from files anyone may have written, so
- `loadResource` never reads anything: images get a grey placeholder, everything else nothing
  (returning None would let Qt fall back to reading local files itself);
- links are not followed by Qt (`setOpenLinks(False)`): in-document #fragments scroll,
  http(s) links are handed to `external_link_requested` (the window asks the user first),
  everything else (file:, javascript:, data:, relative paths) does nothing.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QByteArray, QEvent, QPoint, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip

from viewer.core.document.model import Pane
from viewer.core.text.line_breaking import WORD_JOINER, join_punctuation
from viewer.ui.common import accessible_names, i18n
from viewer.ui.common.fonts import reading_font
from viewer.ui.common.i18n import translate
from viewer.ui.common.plain_text import rich_safe
from viewer.ui.common.window_fit import DOCUMENT_MARGIN, READING_MAX_CHARS
from viewer.ui.document.pane_text_map import PaneTextMap, anchor_positions
from viewer.ui.document.text_layers import highlight_format, label_at, mark_format

log = logging.getLogger(__name__)
# Qt drops an empty <a name> that sits before a container, so it is moved into the container's
# first text block: that keeps scroll_to_passage working for quotes, lists and tables.
_ANCHOR_BEFORE_CONTAINER = re.compile(
    r'(<a name="[^"]+"></a>)(\s*<(?:blockquote|ul|ol|table)\b[^>]*>'
    r"(?:\s*<(?:blockquote|ul|ol|li|p|thead|tbody|tr|th|td)\b[^>]*>)*)"
)


def anchors_into_containers(html: str) -> str:
    return _ANCHOR_BEFORE_CONTAINER.sub(r"\2\1", html)


def placeholder_image() -> QImage:
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor(128, 128, 128, 60))
    return image


class TopicPane(QTextBrowser):
    """Shows one `Pane`; offsets in its API are always offsets into `Pane.text`."""

    external_link_requested = Signal(QUrl)
    passage_context_requested = Signal(str)  # passage id under the right click ("" if none)
    context_menu_about_to_show = Signal(object, str)  # (QMenu, passage id): add actions here

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        accessible_names.describe(self, accessible_names.READING_VIEW)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)  # breathing room around the text
        self.anchorClicked.connect(self._on_anchor_clicked)
        self.pane: Pane | None = None
        self._map: PaneTextMap | None = None
        self._passage_by_pos: list[tuple[int, str]] = []
        self._highlights: tuple[list[tuple[int, int]], int | None] = ([], None)
        self._marks: list[tuple] = []  # bookmarked ranges, under highlights
        self._mark_spans: list[tuple[int, int, str]] = []  # their document positions, labels
        self._links: list[tuple[int, int, bool]] = []  # references (resolved?), under marks
        self._highlight_selections: list = []
        self.blocked_resources: list[str] = []  # what the document asked for (for tests/logs)
        i18n.live(self, self._describe)

    def _describe(self) -> None:
        self.setAccessibleName(translate("Document", "Document text"))
        title = self.pane.title if self.pane is not None else ""
        self.setAccessibleDescription(
            translate("Document", "The text of the topic “{title}”").format(title=title)
            if title
            else ""
        )

    # --- safety -----------------------------------------------------------------------------
    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt override
        self.blocked_resources.append(url.toString())
        # PySide6 passes the resource type as an int or as the enum, depending on the caller.
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
            return placeholder_image()
        return QByteArray()

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt override
        """Tooltips come from the document (`title` attributes): Qt would show them as rich
        text, whose images it loads from disk without asking `loadResource`."""
        if event.type() != QEvent.Type.ToolTip:
            return super().viewportEvent(event)
        cursor = self.cursorForPosition(event.pos())
        tip = cursor.charFormat().toolTip() or label_at(self._mark_spans, cursor.position())
        if tip:
            QToolTip.showText(event.globalPos(), rich_safe(tip), self.viewport())
        else:
            QToolTip.hideText()
        return True

    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if not scheme and url.hasFragment() and not url.path():
            self.scrollToAnchor(url.fragment())
        elif scheme in ("http", "https"):
            self.external_link_requested.emit(url)
        else:
            log.info("ignored link %s", url.toString()[:200])

    # --- content ----------------------------------------------------------------------------
    def show_pane(self, pane: Pane, css: str = "") -> None:
        self.pane = pane
        self.blocked_resources.clear()
        if css:
            self.document().setDefaultStyleSheet(css)
        self.setHtml(join_punctuation(anchors_into_containers(pane.html)))
        self.fit_measure()
        self._map = None  # built on first use: most panes are only read
        self._highlights = ([], None)
        self._highlight_selections = []
        self._index_passages()
        self._describe()

    def restyle(self, css: str) -> None:
        """Re-render with another theme's CSS, keeping the scroll position and highlights."""
        if self.pane is None:
            return
        scroll = self.verticalScrollBar().value()
        highlights = self._highlights
        self.show_pane(self.pane, css)
        if highlights[0] or self._marks or self._links:
            self.set_highlights(*highlights)
        self.verticalScrollBar().setValue(scroll)

    def set_zoom(self, zoom: int) -> None:
        # The widget font becomes the document's default font (CSS sizes are relative to it).
        self.setFont(reading_font(zoom))
        self.fit_measure()

    def fit_measure(self) -> None:
        """Keep lines at most READING_MAX_CHARS characters long: on a wide view the text
        column stays readable and the side margins grow instead (centred)."""
        limit = READING_MAX_CHARS * QFontMetricsF(self.font()).horizontalAdvance("中")
        side = max(DOCUMENT_MARGIN, (self.viewport().width() - limit) / 2 - 2)
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        if abs(fmt.leftMargin() - side) >= 1:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            root.setFrameFormat(fmt)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """The text rewraps at a new width; the line at the top stays at the top (a dragged
        panel or a resized window kept the scroll bar's value, and so showed another part)."""
        rewraps = event.oldSize().width() not in (-1, event.size().width())
        top = self._top_position() if rewraps and self.verticalScrollBar().value() else None
        super().resizeEvent(event)
        self.fit_measure()
        if top is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(top)
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.cursorRect(cursor).top())

    def _top_position(self) -> int:
        return self.cursorForPosition(QPoint(self.viewport().width() // 2, 1)).position()

    def text_map(self) -> PaneTextMap | None:
        if self._map is None and self.pane is not None:
            self._map = PaneTextMap(self.pane, self.document())
        return self._map

    def _index_passages(self) -> None:
        """(position, passage id) of every anchor, for the context menu hook."""
        ids = {p.id for p in self.pane.passages} if self.pane else set()
        found = anchor_positions(self.document())
        self._passage_by_pos = sorted((pos, pid) for pid, pos in found.items() if pid in ids)

    def passage_at(self, position: int) -> str:
        best = ""
        for pos, pid in self._passage_by_pos:
            if pos > position:
                break
            best = pid
        return best

    def scroll_to_passage(self, passage_id: str) -> None:
        """Scroll the passage to the top and put the text cursor at its start, so what acts on
        "the paragraph at the cursor" (Bookmark Passage, Copy Citation) takes this one."""
        position = next((pos for pos, pid in self._passage_by_pos if pid == passage_id), None)
        if position is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(position)
            self.setTextCursor(cursor)
        self.scrollToAnchor(passage_id)

    # --- highlights and selection --------------------------------------------------------------
    def set_highlights(self, ranges: list[tuple[int, int]], current: int | None = None) -> None:
        """Mark Pane.text ranges; `current` (an index into ranges) gets its own colour and is
        scrolled into view. Extra selections do not modify the document (nor printing)."""
        self._highlights = (list(ranges), current)
        text_map = self.text_map()
        selections = []
        for i, (start, end) in enumerate(ranges if text_map else []):
            fmt = highlight_format(i == current)
            selection = self._selection(text_map, start, end, fmt)
            selections.append(selection)
            if i == current:
                view_cursor = QTextCursor(selection.cursor)
                view_cursor.clearSelection()
                self.setTextCursor(view_cursor)
                self.ensureCursorVisible()
        self._highlight_selections = selections
        self._apply_layers()

    def set_marks(self, marks: list[tuple]) -> None:
        """A second, softer layer (bookmarks): (start, end, colour[, label]) Pane.text ranges
        with their own background, drawn beneath the `set_highlights` ranges, which stay as
        they are (no scrolling); hovering a mark shows its label."""
        self._marks = list(marks)
        self._apply_layers()

    def set_links(self, links: list[tuple[int, int, bool]]) -> None:
        """The lowest layer: references as (start, end, resolved) Pane.text ranges. Resolved
        ones are underlined in the link colour; the others get a grey dotted underline, so
        they never pass for a link that goes nowhere."""
        self._links = list(links)
        self._apply_layers()

    def _apply_layers(self) -> None:
        """Links, then marks, then highlights: later layers are drawn over earlier ones."""
        text_map = self.text_map()
        layers = []
        for start, end, resolved in self._links if text_map else []:
            layers.append(self._selection(text_map, start, end, self._link_format(resolved)))
        self._mark_spans = []
        for start, end, color, *label in self._marks if text_map else []:
            selection = self._selection(text_map, start, end, mark_format(color))
            layers.append(selection)
            span = (selection.cursor.selectionStart(), selection.cursor.selectionEnd())
            self._mark_spans.append((*span, label[0] if label else ""))
        self.setExtraSelections(layers + self._highlight_selections)

    def _link_format(self, resolved: bool) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if resolved:
            fmt.setForeground(self.palette().color(QPalette.ColorRole.Link))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        else:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        return fmt

    def _selection(self, text_map: PaneTextMap, start: int, end: int, fmt):
        a, b = text_map.pane_to_doc(start, end)
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor, selection.format = cursor, fmt
        return selection

    def highlight_ranges(self) -> list[tuple[int, int]]:
        """The document positions currently highlighted (for tests)."""
        return [
            (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self._highlight_selections
        ]

    def selection_pane_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        text_map = self.text_map()
        if not cursor.hasSelection() or text_map is None:
            return None
        return text_map.doc_to_pane(cursor.selectionStart(), cursor.selectionEnd())

    def createMimeDataFromSelection(self):  # noqa: N802 - Qt override
        """Copied text leaves out the word joiners that only steer line breaking."""
        data = super().createMimeDataFromSelection()
        if WORD_JOINER in data.text():
            data.setText(data.text().replace(WORD_JOINER, ""))
            if data.hasHtml():
                data.setHtml(data.html().replace(WORD_JOINER, ""))
        return data

    # --- context menu hook ---------------------------------------------------------------------
    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt override
        position = self.cursorForPosition(event.pos()).position()
        passage_id = self.passage_at(position)
        self.passage_context_requested.emit(passage_id)
        menu = self.createStandardContextMenu(event.pos())
        self.context_menu_about_to_show.emit(menu, passage_id)
        menu.exec(event.globalPos())
        menu.deleteLater()
