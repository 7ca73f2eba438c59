"""Qt list model over resolved bookmarks, and the proxy that filters and sorts it.

Each row is one `Entry`: a ResolvedBookmark with the Document it was resolved against (None
when its file is gone). The display text is three short lines: the quote, the note, and
"tags · pane · status", so a plain QListView shows everything without a custom delegate.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap

from viewer.core.bookmarks.anchoring import EXACT, FUZZY, MOVED, ORPHAN
from viewer.core.bookmarks.model import DEFAULT_COLOR, ResolvedBookmark
from viewer.core.document.model import Document
from viewer.core.document.passage_addresses import with_address
from viewer.core.text.folding import fold
from viewer.ui.common.plain_text import rich_safe

# Soft backgrounds for marked passages (alpha keeps the text readable in both themes).
MARK_RGBA = {
    "yellow": (255, 221, 87, 85),  # 110 left the dark theme's text at 3.7:1 (WCAG AA: 4.5)
    "green": (120, 200, 120, 100),
    "blue": (120, 170, 255, 100),
    "pink": (255, 150, 190, 100),
    "purple": (180, 140, 255, 100),
    "orange": (255, 170, 80, 110),
}
ATTENTION_BACKGROUND = QColor(220, 60, 40, 40)
QUOTE_CHARS = 90  # longer quotes are cut in the list (the tooltip has the whole text)

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
ORDER_ROLE = Qt.ItemDataRole.UserRole + 2
CREATED_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class Entry:
    resolved: ResolvedBookmark
    document: Document | None
    order: int = 0  # reading order as listed by the library
    address: str = ""  # 第二章 › 第十五条第二款 (viewer.core.articles), found off the GUI thread

    @property
    def location(self) -> str:
        """pane › address, each level named once (第二章 罚则 › 第十五条第二款)."""
        return with_address(self.resolved.pane_title, self.address)

    @property
    def id(self) -> str:
        return self.resolved.bookmark.id

    @property
    def needs_attention(self) -> bool:
        return self.resolved.status in (FUZZY, ORPHAN)


def mark_color(name: str) -> QColor:
    return QColor(*MARK_RGBA.get(name, MARK_RGBA[DEFAULT_COLOR]))


def swatch(name: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    red, green, blue, _alpha = MARK_RGBA.get(name, MARK_RGBA[DEFAULT_COLOR])
    pixmap.fill(QColor(red, green, blue))
    return QIcon(pixmap)


def status_text(resolved: ResolvedBookmark) -> str:
    status = resolved.status
    if status == EXACT:
        return "in place"
    if status == MOVED:
        return "moved"
    if status == FUZZY:
        return f"⚠ text changed ({resolved.score:.0%} match) — needs attention"
    return "⚠ not found — needs attention"


def short_quote(quote: str, limit: int = QUOTE_CHARS) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1] + "…"


def entry_lines(entry: Entry, with_document: bool = False) -> list[str]:
    resolved = entry.resolved
    bookmark = resolved.bookmark
    lines = [f"“{short_quote(resolved.resolution.text or bookmark.quote)}”"]
    if bookmark.note:
        lines.append("✎ " + " ".join(bookmark.note.split()))
    meta = [" ".join(f"#{tag}" for tag in bookmark.tags)] if bookmark.tags else []
    if with_document:
        meta.append(f"《{bookmark.document_title}》")
    meta += [entry.location, status_text(resolved)]
    lines.append(" · ".join(part for part in meta if part))
    return lines


def search_text(entry: Entry) -> str:
    """Everything the filter box matches against, folded (width, case, traditional)."""
    resolved = entry.resolved
    bookmark = resolved.bookmark
    parts = [
        bookmark.quote,
        resolved.resolution.text,
        bookmark.note,
        " ".join(f"#{tag}" for tag in bookmark.tags),
        resolved.pane_title,
        resolved.heading,
        entry.address,
        bookmark.document_title,
        resolved.status,
    ]
    return fold("\n".join(parts))


class BookmarkListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.with_documents = False  # "all documents": show each bookmark's document title

    def set_entries(self, entries: list[Entry], with_documents: bool = False) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.with_documents = with_documents
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt override
        return 0 if parent is not None and parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        bookmark = entry.resolved.bookmark
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(entry_lines(entry, self.with_documents))
        if role == Qt.ItemDataRole.ToolTipRole:
            where = " › ".join(p for p in (entry.resolved.pane_title, entry.resolved.heading) if p)
            where = with_address(where, entry.address)
            when = bookmark.created[:16].replace("T", " ")
            return rich_safe(f"{bookmark.quote}\n\n{where}\n{when}")
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(bookmark.color)
        if role == Qt.ItemDataRole.BackgroundRole and entry.needs_attention:
            return ATTENTION_BACKGROUND
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join(entry_lines(entry, self.with_documents))
        if role == ENTRY_ROLE:
            return entry
        if role == ORDER_ROLE:
            return entry.order
        if role == CREATED_ROLE:
            return bookmark.created
        if role == SEARCH_ROLE:
            return search_text(entry)
        return None


class BookmarkFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose text contains every word of the filter; sorts by position or date."""

    BY_POSITION, BY_DATE = "position", "date"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.sort_mode = self.BY_POSITION
        self.setDynamicSortFilter(True)

    def set_filter(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def set_sort_mode(self, mode: str) -> None:
        self.sort_mode = mode
        self.invalidate()
        order = (
            Qt.SortOrder.DescendingOrder if mode == self.BY_DATE else Qt.SortOrder.AscendingOrder
        )
        self.sort(0, order)

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 - Qt override
        if not self._words:
            return True
        haystack = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802 - Qt override
        role = CREATED_ROLE if self.sort_mode == self.BY_DATE else ORDER_ROLE
        return left.data(role) < right.data(role)
