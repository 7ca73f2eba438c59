"""The library's document list as a Qt model: a two-level tree over plain `LibraryEntry`s — one
row per work, its versions beneath (newest first) — that filters itself as the user types
(title / folder substring, folded so that traditional, full-width and upper-case spellings
match) and sorts by any column.

No Qt object per row (three QStandardItems a row held 3.3 KB: 46 MB for 13,904 files), and no
Python object either: the entries stay packed (packed_entries), a document's row is its number
in the list, only a work (several versions) has a Node, and the filter keys are one string
(row_filter). The view asks for the rows it paints; their entries are made then.

Until the version families are known (they are read off the GUI thread), and for a work held
in one version, a row is a single document. A file that could not be read stays a row of its
own, so its reason is always shown.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

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
from viewer.ui.library.list_nodes import (
    Node,
    Work,
    fields_of,
    filter_keys,
    group_rows,
    path_of,
    paths_of,
    sort_keys,
)
from viewer.ui.library.row_filter import RowKeys


class LibraryTreeModel(QAbstractItemModel):
    """Top-level rows are the shown nodes (`_shown`: node numbers in display order); a work's
    versions are its children, whose internal id is their node's number + 1 (0: a top row).
    A node is a document's row in the list, or a work (`_firsts`: the row, or ~the work)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: Sequence = ()
        self._keys = RowKeys(())
        self._works: list = []  # the version families (viewer.core.versions.families.Work)
        self._firsts = array("i")  # node -> its row, or ~its index in _gathered
        self._gathered: list[Work] = []
        self._node_of = array("i")  # row -> its node
        self._words: list[str] = []  # the filter, folded
        self._sorted: tuple[int, Qt.SortOrder] | None = None  # None: the list's own order
        self._order = array("i")  # every node, sorted
        self._shown = array("i")  # the nodes passing the filter, sorted
        self._row_of = array("i")  # node -> its top-level row, -1 when filtered out
        self.dates_in_titles = False  # the view hides its date column: version rows say it

    # --- filling ----------------------------------------------------------------------------
    def set_entries(self, entries, keys: RowKeys | None = None) -> None:
        """`keys`: filter_keys(entries), best made on a worker (folding loads OpenCC). A
        packed list is kept as it is (not copied into entries)."""
        entries = entries if isinstance(entries, Sequence) else list(entries)
        self._rebuild(entries, keys if keys is not None else filter_keys(entries))

    def set_works(self, works) -> None:
        """The library's version families (viewer.core.versions.families.Work)."""
        self._works = list(works)
        self._rebuild(self._entries, self._keys)

    def retranslate(self) -> None:
        """Column titles, statuses, accessible texts and tooltips in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def _rebuild(self, entries: Sequence, keys: RowKeys) -> None:
        """Rows for new entries or families. The chosen row and the works opened follow their
        documents (the families arrive after the list is shown, while the reader may be in it).
        The old rows answer until the layout has been announced: the view reads them then."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        documents = [self._document_at(index) for index in old]
        self._entries, self._keys = entries, keys
        self._firsts, self._gathered = group_rows(entries, self._works)
        self._node_of = array("i", bytes(4 * len(entries)))
        for number in range(len(self._firsts)):
            for row in self._rows(number):
                self._node_of[row] = number
        self._order = self._sorted_order()
        self._shown = self._filtered()
        self._index_rows()
        where = self._located({rel_path for rel_path, _, _ in documents})
        new = [self._index_for(where.get(p), version, c) for p, version, c in documents]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _rows(self, number: int) -> Sequence[int]:
        """The list rows of node `number`: a work's versions, newest first."""
        first = self._firsts[number]
        return (first,) if first >= 0 else self._gathered[~first].rows

    def _document_at(self, index: QModelIndex) -> tuple[str, bool, int]:
        """(rel_path, a version row?, column) of an index of the current rows."""
        number = self._number(index)
        if number is None:
            return "", False, index.column()
        k = index.row() if index.internalId() else 0
        path = path_of(self._entries, self._rows(number)[k])
        return path, bool(index.internalId()), index.column()

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
            return array("i", range(len(self._firsts)))
        numbers = list(range(len(self._firsts)))
        column, order = self._sorted
        entries, rows = self._entries, self._rows
        newest = (fields_of(entries, rows(n)[0]) for n in range(len(self._firsts)))
        keys = sort_keys(newest, column)  # stable either way: ties keep the list order
        numbers.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return array("i", numbers)

    def _filtered(self) -> array:
        """The nodes shown, in order: a work is shown when one of its versions (not several
        together) holds every word."""
        if not self._words:
            return array("i", self._order)
        node_of = self._node_of
        held = {node_of[row] for row in self._keys.rows_with_all(self._words)}
        return array("i", [n for n in self._order if n in held])

    def _index_rows(self) -> None:
        self._row_of = array("i", [-1]) * len(self._firsts)
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
        number = self._number(parent)
        if parent.internalId() or number is None or row >= self._versions(number):
            return QModelIndex()
        return self.createIndex(row, column, number + 1)

    def _versions(self, number: int) -> int:
        """How many version rows a node has beneath it (0: a document's row)."""
        first = self._firsts[number]
        return 0 if first >= 0 else len(self._gathered[~first].rows)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self._index_at(index.internalId() - 1, -1, 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        if not parent.isValid():
            return len(self._shown)
        if parent.internalId() or parent.column() != 0:
            return 0
        number = self._number(parent)
        return self._versions(number) if number is not None else 0

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
        number = self._number(index)
        if number is None:
            return None
        if index.internalId():
            k = index.row()
            work = self._gathered[~self._firsts[number]]
            entry, status = self._entries[work.rows[k]], work.statuses[k]
            return version_data(entry, status, index.column(), role, self.dates_in_titles)
        return row_data(self._node(number), index.column(), role)

    # --- plain access (no trip through data()) ------------------------------------------------
    def _number(self, index: QModelIndex) -> int | None:
        """The node of a top-level row, or of a version row's work."""
        if not index.isValid():
            return None
        if index.internalId():
            number = index.internalId() - 1
            return number if number < len(self._firsts) else None
        row = index.row()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def node(self, index: QModelIndex) -> Node | None:
        """The node of a top-level row, or of a version row's work, with its entries."""
        number = self._number(index)
        return None if number is None else self._node(number)

    def _node(self, number: int) -> Node:
        first = self._firsts[number]
        if first >= 0:
            return Node((self._entries[first],), ("",))
        work = self._gathered[~first]
        return Node([self._entries[r] for r in work.rows], work.statuses)

    def entries(self) -> list:
        return list(self._entries)

    def document_count(self) -> int:
        return len(self._entries)

    def shown_documents(self) -> int:
        """Documents in the shown rows: a work counts each of its versions."""
        if len(self._shown) == len(self._firsts):
            return len(self._entries)
        return sum(max(1, self._versions(n)) for n in self._shown)

    def index_of(self, rel_path: str) -> QModelIndex:
        """The row showing `rel_path` (its version row in a work); invalid when filtered out."""
        return self._index_for(self._located({rel_path}).get(rel_path), True, 0)

    def _located(self, rel_paths: set[str]) -> dict[str, tuple[int, int]]:
        """rel_path -> (its node, its place among the node's versions), for those asked."""
        found = {}
        if not rel_paths:
            return found
        for row, path in enumerate(paths_of(self._entries)):
            if path in rel_paths:
                number = self._node_of[row]
                found[path] = (number, self._rows(number).index(row))
        return found

    def _index_for(self, place, as_version: bool, column: int) -> QModelIndex:
        """A located document's version row (in a work, if `as_version`), else its own row."""
        number, k = place or (-1, -1)
        version = k if as_version and number >= 0 and self._versions(number) else -1
        return self._index_at(number, version, column)
