"""Qt list model over resolved bookmarks, and the proxy that filters and sorts it.

Each row is one `Entry`: a ResolvedBookmark with the Document it was resolved against (None
when its file is gone). The display text is three short lines: the quote, the note, and
"tags · pane · status", so a plain QListView shows everything without a custom delegate.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from viewer.core.bookmarks.anchoring import FUZZY, ORPHAN
from viewer.core.bookmarks.model import ResolvedBookmark, color_name, status_name
from viewer.core.document.model import Document
from viewer.core.document.passage_addresses import with_address
from viewer.core.text.folding import fold
from viewer.ui.bookmarks.color_marks import color_label, swatch
from viewer.ui.common.i18n import translate
from viewer.ui.common.plain_text import rich_safe

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


def status_text(resolved: ResolvedBookmark) -> str:
    status = resolved.status
    if status == FUZZY:
        return translate("Bookmarks", "⚠ text changed ({score} match) — needs attention").format(
            score=f"{resolved.score:.0%}"
        )
    if status == ORPHAN:
        return translate("Bookmarks", "⚠ not found — needs attention")
    return status_name(status)


def short_quote(quote: str, limit: int = QUOTE_CHARS) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1] + "…"


def entry_lines(entry: Entry, with_document: bool = False) -> list[str]:
    resolved = entry.resolved
    bookmark = resolved.bookmark
    lines = [f"“{short_quote(resolved.resolution.text or bookmark.quote)}”"]
    if bookmark.note:
        lines.append("✎ " + " ".join(bookmark.note.split()))
    meta = [color_label(bookmark.color)]  # the colour's shape and name: never colour alone
    if bookmark.tags:
        meta.append(" ".join(f"#{tag}" for tag in bookmark.tags))
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
        status_name(resolved.status),
        color_name(bookmark.color),
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

    def retranslate(self) -> None:
        """The rows' texts are made in `data`: ask the views to fetch them again."""
        if self.entries:
            last = self.index(len(self.entries) - 1, 0)
            self.dataChanged.emit(self.index(0, 0), last)

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
            where = with_address(_pane_and_heading(entry.resolved), entry.address)
            when = bookmark.created[:16].replace("T", " ")
            colour = color_label(bookmark.color)
            return rich_safe(f"{bookmark.quote}\n\n{where}\n{colour} · {when}")
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


def _pane_and_heading(resolved) -> str:
    """pane › heading, the heading left out where it is the pane's title (a law's chapter)."""
    pane, heading = resolved.pane_title.strip(), resolved.heading.strip()
    if heading.split() == pane.split():
        heading = ""
    return " › ".join(part for part in (pane, heading) if part)
