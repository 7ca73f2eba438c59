"""The library's document list as Qt models: a two-level tree over plain `LibraryEntry`s — one
row per work, its versions beneath (newest first) — and a proxy that filters it as the user
types (title / folder substring, folded so that traditional, full-width and upper-case
spellings match). The model sorts its top-level rows by any column itself.

Until the version families are known (they are read off the GUI thread), and for a work held
in one version, a row is a single document. A file that could not be read stays a row of its
own, so its reason is always shown.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt

from viewer.core.folding import fold
from viewer.ui.plain_text import rich_safe

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry a row opens (a work: its newest version)
FOLDED_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # a version row: current / superseded / ...
COLUMNS = ("Title 标题", "Folder 分类", "Date 日期")
TITLE, CATEGORY, DATE = range(3)
_TOP = 0  # internalId of a top-level index; a version row's is its work's node number + 1


def entry_title(entry) -> str:
    return entry.title or entry.rel_path.rpartition("/")[2]


def filter_keys(entries) -> list[str]:
    return [fold(f"{entry_title(e)}\n{e.category}") for e in entries]


class Node:
    """A top-level row: one document, or a work's versions (newest first) with their status."""

    __slots__ = ("entries", "statuses", "folded")

    def __init__(self, entries: list, statuses: list[str], folded: str) -> None:
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
    for entry, key in zip(entries, folded, strict=True):
        work, status = version_of.get(entry.rel_path, (None, ""))
        node = by_work.get(work) if work is not None and not entry.error else None
        if node is None:
            node = Node([entry], [status], key)
            nodes.append(node)
            if work is not None and not entry.error:
                by_work[work] = node
        else:
            node.entries.append(entry)
            node.statuses.append(status)
            node.folded = f"{node.folded}\n\n{key}"
    for node in nodes:
        if node.is_work:  # newest first: the work row opens its first version
            order = sorted(range(len(node.entries)), key=lambda i: node.entries[i].date or "")
            order.reverse()
            node.entries = [node.entries[i] for i in order]
            node.statuses = [node.statuses[i] for i in order]
    return nodes


def _sort_key(column: int):
    if column == TITLE:
        return lambda n: entry_title(n.newest)
    if column == CATEGORY:
        return lambda n: (n.newest.category, entry_title(n.newest))
    return lambda n: (n.newest.date or "", entry_title(n.newest))


class LibraryTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list = []
        self._folded: list[str] = []
        self._works: list = []
        self._nodes: list[Node] = []  # stable: a version row's internalId names its node
        self._order: list[int] = []  # node numbers in display order
        self._row: list[int] = []  # node number -> display row
        self._children: list[int] = []  # display row -> number of version rows
        self._sort_by = (CATEGORY, Qt.SortOrder.AscendingOrder)

    def set_entries(self, entries, folded: list[str] | None = None) -> None:
        """`folded`: filter_keys(entries), best computed on a worker (folding loads OpenCC)."""
        self._entries = list(entries)
        self._folded = folded if folded is not None else filter_keys(self._entries)
        self._rebuild()

    def set_works(self, works) -> None:
        """The library's version families (viewer.core.versions.families.Work)."""
        self._works = list(works)
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._nodes = group_nodes(self._entries, self._folded, self._works)
        self._order = self._sorted_order(*self._sort_by)
        self._index_rows()
        self.endResetModel()

    def _sorted_order(self, column: int, order) -> list[int]:
        key, nodes = _sort_key(column), self._nodes
        descending = order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(nodes)), key=lambda k: key(nodes[k]), reverse=descending)

    def _index_rows(self) -> None:
        self._row = [0] * len(self._nodes)
        for row, node in enumerate(self._order):
            self._row[node] = row
        # asked for every row at each layout (has it children?): a list look-up
        self._children = [
            len(self._nodes[n].entries) if self._nodes[n].is_work else 0 for n in self._order
        ]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python: a proxy's per-comparison calls into `data()` took ~200 ms for 3,476
        rows; sorting the list by a key takes a few ms. Versions stay newest first."""
        self._sort_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        nodes = [self._order[p.row()] if p.internalId() == _TOP else -1 for p in persistent]
        self._order = self._sorted_order(column, order)
        self._index_rows()
        moved = [
            self.index(self._row[n], p.column()) if n >= 0 else p
            for p, n in zip(persistent, nodes, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # --- plain access (no trip through data()) ------------------------------------------------
    def node(self, index: QModelIndex) -> Node | None:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            row = index.row()
            return self._nodes[self._order[row]] if 0 <= row < len(self._order) else None
        return self._nodes[index.internalId() - 1]

    def top_node(self, row: int) -> Node | None:
        return self._nodes[self._order[row]] if 0 <= row < len(self._order) else None

    def folded(self, row: int) -> str:
        node = self.top_node(row)
        return node.folded if node is not None else ""

    def entries(self) -> list:
        return list(self._entries)

    def entry(self, row: int):
        node = self.top_node(row)
        return node.newest if node is not None else None

    def document_count(self) -> int:
        return len(self._entries)

    def index_of(self, rel_path: str) -> QModelIndex:
        """The row showing `rel_path`: its version row inside a work, else its own row."""
        for k, node in enumerate(self._nodes):
            for i, entry in enumerate(node.entries):
                if entry.rel_path == rel_path:
                    top = self.index(self._row[k], 0)
                    return self.index(i, 0, top) if node.is_work else top
        return QModelIndex()

    # --- Qt model -----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | None = None) -> QModelIndex:
        # called for every row on each reset and filter change: the common case comes first
        if parent is None or not parent.isValid():
            if 0 <= row < len(self._order) and 0 <= column < len(COLUMNS):
                return self.createIndex(row, column, _TOP)
            return QModelIndex()
        if parent.internalId() != _TOP or row < 0 or not 0 <= column < len(COLUMNS):
            return QModelIndex()
        number = self._order[parent.row()]
        if row >= len(self._nodes[number].entries):
            return QModelIndex()
        return self.createIndex(row, column, number + 1)

    def parent(self, index: QModelIndex | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None or not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(self._row[index.internalId() - 1], 0, _TOP)

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt override
        if parent is None or not parent.isValid():
            return len(self._order)
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        row = parent.row()
        return self._children[row] if row < len(self._children) else 0

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt override
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        version = index.internalId() != _TOP
        entry = node.entries[index.row()] if version else node.newest
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, entry, index, version)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._text(node, entry, index, version)
            if node.is_work and index.column() == TITLE:  # "(2)" read out as words
                text = f"{entry_title(entry)}, {len(node.entries)} versions"
            return f"{text}, {entry.date}" if version and index.column() == TITLE else text
        if role == ENTRY_ROLE:
            return entry
        if role == FOLDED_ROLE:
            return node.folded
        if role == STATUS_ROLE:
            return node.statuses[index.row()] if version else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = entry.display_path
            if node.is_work and not version:
                tip = "\n".join(
                    f"{e.date or 'no date'} · {status} · {e.display_path}"
                    for e, status in zip(node.entries, node.statuses, strict=True)
                )
            return rich_safe(f"{tip}\n{entry.error}" if entry.error else tip)
        return None

    @staticmethod
    def _text(node: Node, entry, index, version: bool) -> str:
        column = index.column()
        if column == CATEGORY:
            return entry.category
        if column == DATE:
            return entry.date
        if version:  # short: the date has its column, a narrow panel keeps the status
            return node.statuses[index.row()]
        title = ("⚠ " if entry.error else "") + entry_title(entry)
        return f"{title} ({len(node.entries)})" if node.is_work else title


class LibraryFilterProxy(QSortFilterProxyModel):
    """Works with a document whose title or folder contains every word of the filter text
    (folded); a shown work keeps all its versions beneath it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        # Plain code-point order: locale-aware (ICU) comparison of 3,000+ Chinese titles
        # stalled the event loop for hundreds of milliseconds on every refresh.
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter_text(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (by key, in Python); the proxy's own sort would call data()
        for every comparison (over a second for the laws)."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt override
        if not self._words or parent.isValid():
            return True
        folded = self.sourceModel().folded(row)  # a Python call, not a trip through data()
        return any(all(word in key for word in self._words) for key in folded.split("\n\n"))
