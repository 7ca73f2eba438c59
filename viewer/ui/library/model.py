"""The library's document list as a Qt model: a two-level tree over plain `LibraryEntry`s — one
row per work, its versions beneath (newest first) — that filters itself as the user types
(title / folder substring, folded so that traditional, full-width and upper-case spellings
match) and sorts by any column.

No Qt object per row (three QStandardItems a row held 3.3 KB: 46 MB for 13,904 files): filter
and sort are list operations over keys made once per row; the view asks for the rows it paints.

Until the version families are known (they are read off the GUI thread), and for a work held
in one version, a row is a single document. A file that could not be read stays a row of its
own, so its reason is always shown.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from viewer.core.document.books import title_sort_key
from viewer.core.text.folding import fold
from viewer.ui.common.i18n import translate
from viewer.ui.library.list_cells import (  # noqa: F401 - the list's roles, for its users
    ACCESSIBLE,
    CATEGORY,
    COLUMNS,
    DATE,
    ENTRY_ROLE,
    STATUS_ROLE,
    TITLE,
    entry_title,
    row_data,
    status_label,
    version_data,
)


def filter_keys(entries) -> list[str]:
    return [fold(f"{entry_title(e)}\n{e.category}") for e in entries]


class Node:
    """A top-level row: one document, or a work's versions (newest first) with their status.
    `folded`: the document's filter key, or a work's keys (a list, one per version: each is
    the entry's own key, not a joined copy)."""

    __slots__ = ("entries", "statuses", "folded")

    def __init__(self, entries: Sequence, statuses: Sequence[str], folded: str | list[str]):
        self.entries, self.statuses, self.folded = entries, statuses, folded

    @property
    def newest(self):
        return self.entries[0]

    @property
    def is_work(self) -> bool:
        return len(self.entries) > 1


def group_nodes(entries, folded: list[str], works) -> list[Node]:
    """Nodes from the entries in list order: the versions of a work gather at its first
    member's place; entries no work holds (or unreadable ones) stay single."""
    version_of = {v.path: (k, v.status) for k, w in enumerate(works) for v in w.versions}
    nodes: list[Node] = []
    by_work: dict[int, Node] = {}
    single: dict[str, tuple[str]] = {}  # status -> its one-element tuple
    for entry, key in zip(entries, folded, strict=True):
        work, status = version_of.get(entry.rel_path, (None, ""))
        node = by_work.get(work) if work is not None and not entry.error else None
        if node is None:  # tuples (one status tuple shared by all): most rows stay single
            node = Node((entry,), single.setdefault(status, (status,)), key)
            nodes.append(node)
            if work is not None and not entry.error:
                by_work[work] = node
        else:
            if isinstance(node.folded, str):  # its second version: the row becomes a work's
                node.entries, node.statuses = list(node.entries), list(node.statuses)
                node.folded = [node.folded]
            node.entries.append(entry)
            node.statuses.append(status)
            node.folded.append(key)
    for node in nodes:
        if node.is_work:  # newest first: the work row opens its first version
            order = sorted(range(len(node.entries)), key=lambda i: node.entries[i].date or "")
            order.reverse()
            node.entries = [node.entries[i] for i in order]
            node.statuses = [node.statuses[i] for i in order]
    return nodes


def _sort_keys(nodes: list[Node], column: int) -> list:
    """Each node's key for `column`: the title (a code's books in order), or folder or date then
    title; case-folded code points (ICU collation of 3,000+ titles took hundreds of ms)."""
    titles = [title_sort_key(entry_title(n.newest), n.newest.book_order).casefold() for n in nodes]
    if column == CATEGORY:
        return [(n.newest.category.casefold(), t) for n, t in zip(nodes, titles, strict=True)]
    if column == DATE:
        return [(n.newest.date, t) for n, t in zip(nodes, titles, strict=True)]
    return titles


class LibraryTreeModel(QAbstractItemModel):
    """Top-level rows are the shown nodes (`_shown`: node numbers in display order); a work's
    versions are its children, whose internal id is their node's number + 1 (0: a top row)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list = []
        self._folded: list[str] = []
        self._works: list = []
        self._nodes: list[Node] = []
        self._words: list[str] = []  # the filter, folded
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # None: the list's own order
        self._order = array("i")  # every node, sorted
        self._shown = array("i")  # the nodes passing the filter, sorted
        self._row_of = array("i")  # node -> its top-level row, -1 when filtered out
        self.dates_in_titles = False  # the view hides its date column: version rows say it

    # --- filling ----------------------------------------------------------------------------
    def set_entries(self, entries, folded: list[str] | None = None) -> None:
        """`folded`: filter_keys(entries), best computed on a worker (folding loads OpenCC)."""
        self._entries = list(entries)
        self._folded = folded if folded is not None else filter_keys(self._entries)
        self._rebuild()

    def set_works(self, works) -> None:
        """The library's version families (viewer.core.versions.families.Work)."""
        self._works = list(works)
        self._rebuild()

    def retranslate(self) -> None:
        """Column titles, statuses, accessible texts and tooltips in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def _rebuild(self) -> None:
        """Rows for new entries or families. The chosen row and the works opened follow their
        documents (the families arrive after the list is shown, while the reader may be in it)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        documents = [self._document_at(index) for index in old]
        self._nodes = group_nodes(self._entries, self._folded, self._works)
        self._order = self._sorted_order()
        self._shown = self._filtered()
        self._index_rows()
        where = self._located({rel_path for rel_path, _, _ in documents})
        new = [self._index_for(where.get(p), version, c) for p, version, c in documents]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _document_at(self, index: QModelIndex) -> tuple[str, bool, int]:
        """(rel_path, a version row?, column) of an index of the current rows."""
        node = self.node(index)
        if node is None:
            return "", False, index.column()
        if index.internalId():
            return node.entries[index.row()].rel_path, True, index.column()
        return node.newest.rel_path, False, index.column()

    # --- filter and sort --------------------------------------------------------------------
    def set_filter_text(self, text: str) -> None:
        """Show the works whose title or folder (one of its versions') holds every word."""
        words = fold(text).split()
        if words != self._words:
            self._words = words
            self._relayout()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401
        self._sorted = (column, order)
        self._order = self._sorted_order()
        self._relayout()

    def _sorted_order(self) -> array:
        """Node numbers in display order (packed: 4 bytes a row, not a list's 36)."""
        if self._sorted is None:
            return array("i", range(len(self._nodes)))
        numbers = list(range(len(self._nodes)))
        column, order = self._sorted
        keys = _sort_keys(self._nodes, column)  # stable either way: ties keep the list order
        numbers.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return array("i", numbers)

    def _filtered(self) -> array:
        words, nodes = self._words, self._nodes
        if not words:
            return array("i", self._order)
        # the first word first, at C speed for a single row's key (a work's: one per version).
        # `w in f` comes first even for a work's list (there a cheap equality test): testing
        # the type first made a keystroke 40% slower at 4x the laws (library_list.py)
        w = words[0]
        found = [
            n
            for n in self._order
            if w in (f := nodes[n].folded) or (type(f) is list and any(w in k for k in f))
        ]
        if len(words) > 1:
            found = [n for n in found if _one_version_holds(nodes[n].folded, words)]
        return array("i", found)

    def _index_rows(self) -> None:
        self._row_of = array("i", [-1]) * len(self._nodes)
        for row, number in enumerate(self._shown):
            self._row_of[number] = row

    def _relayout(self) -> None:
        """New rows after a filter or sort; the selection and open works follow their rows."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        places = [self._place(index) for index in old]
        self._shown = self._filtered()
        self._index_rows()
        self.changePersistentIndexList(old, [self._index_at(*place) for place in places])
        self.layoutChanged.emit()

    def _place(self, index: QModelIndex) -> tuple[int, int, int]:
        """(node, version row or -1, column) of an index, independent of the display order."""
        if index.internalId():
            return index.internalId() - 1, index.row(), index.column()
        return self._shown[index.row()], -1, index.column()

    def _index_at(self, number: int, version: int, column: int) -> QModelIndex:
        row = self._row_of[number] if 0 <= number < len(self._row_of) else -1
        if row < 0:
            return QModelIndex()
        if version < 0:
            return self.createIndex(row, column, 0)
        return self.createIndex(version, column, number + 1)

    # --- the Qt model -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._shown) else QModelIndex()
        node = self.node(parent)
        if parent.internalId() or node is None or not node.is_work or row >= len(node.entries):
            return QModelIndex()
        return self.createIndex(row, column, self._shown[parent.row()] + 1)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self._index_at(index.internalId() - 1, -1, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        if not parent.isValid():
            return len(self._shown)
        if parent.internalId() or parent.column() != 0:
            return 0
        node = self.node(parent)
        return len(node.entries) if node is not None and node.is_work else 0

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Library", COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
        return super().headerData(section, orientation, role)

    def set_dates_in_titles(self, dated: bool) -> None:
        """The view hid (or showed again) the date column: version rows name their date."""
        if dated != self.dates_in_titles:
            self.layoutAboutToBeChanged.emit()  # every shown version row's text changes
            self.dates_in_titles = dated
            self.layoutChanged.emit()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        if index.internalId():
            k = index.row()
            entry, status = node.entries[k], node.statuses[k]
            return version_data(entry, status, index.column(), role, self.dates_in_titles)
        return row_data(node, index.column(), role)

    # --- plain access (no trip through data()) ------------------------------------------------
    def node(self, index: QModelIndex) -> Node | None:
        """The node of a top-level row, or of a version row's work."""
        if not index.isValid():
            return None
        if index.internalId():
            number = index.internalId() - 1
            return self._nodes[number] if number < len(self._nodes) else None
        row = index.row()
        return self._nodes[self._shown[row]] if 0 <= row < len(self._shown) else None

    def entries(self) -> list:
        return list(self._entries)

    def document_count(self) -> int:
        return len(self._entries)

    def shown_documents(self) -> int:
        """Documents in the shown rows: a work counts each of its versions."""
        if len(self._shown) == len(self._nodes):
            return len(self._entries)
        return sum(len(self._nodes[n].entries) for n in self._shown)

    def index_of(self, rel_path: str) -> QModelIndex:
        """The row showing `rel_path` (its version row in a work); invalid when filtered out."""
        return self._index_for(self._located({rel_path}).get(rel_path), True, 0)

    def _located(self, rel_paths: set[str]) -> dict[str, tuple[int, int]]:
        """rel_path -> (its node, its place among the node's versions), for those asked."""
        found = {}
        for number, node in enumerate(self._nodes):
            for k, entry in enumerate(node.entries):
                if entry.rel_path in rel_paths:
                    found[entry.rel_path] = (number, k)
        return found

    def _index_for(self, place, as_version: bool, column: int) -> QModelIndex:
        """A located document's version row (in a work, if `as_version`), else its own row."""
        number, k = place or (-1, -1)
        version = k if as_version and number >= 0 and self._nodes[number].is_work else -1
        return self._index_at(number, version, column)


def _one_version_holds(folded: str | list[str], words: list[str]) -> bool:
    """A work is shown when one of its versions (not several together) holds every word."""
    if isinstance(folded, str):
        return all(word in folded for word in words)
    return any(all(word in key for word in words) for key in folded)
