"""The library's document list as Qt models: a two-level tree over plain `LibraryEntry`s — one
row per work, its versions beneath (newest first) — and a proxy that filters it as the user
types (title / folder substring, folded so that traditional, full-width and upper-case
spellings match) and sorts it by any column.

Until the version families are known (they are read off the GUI thread), and for a work held
in one version, a row is a single document. A file that could not be read stays a row of its
own, so its reason is always shown.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from viewer.core.document.books import title_sort_key
from viewer.core.text.folding import fold
from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from viewer.ui.common.plain_text import rich_safe

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the entry a row opens (a work: its newest version)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # a version row: current / superseded / ...
SORT_ROLE = Qt.ItemDataRole.UserRole + 4  # what the proxy sorts a column by
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
COLUMNS = (
    QT_TRANSLATE_NOOP("Library", "Title"),
    QT_TRANSLATE_NOOP("Library", "Folder"),
    QT_TRANSLATE_NOOP("Library", "Date"),
)
TITLE, CATEGORY, DATE = range(3)
# A version's status (viewer.core.versions.families) as the list shows it; others as they are.
STATUSES = {
    "current": QT_TRANSLATE_NOOP("Library", "current"),
    "superseded": QT_TRANSLATE_NOOP("Library", "superseded"),
    "undated": QT_TRANSLATE_NOOP("Library", "undated"),
    "repealed": QT_TRANSLATE_NOOP("Library", "repealed"),
}


def status_label(status: str) -> str:
    return translate("Library", STATUSES[status]) if status in STATUSES else status


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


def _keys(node: Node) -> tuple[str, str, str]:
    """Sort keys of a top-level row per column (title; folder, title; date, title)."""
    title = title_sort_key(entry_title(node.newest), node.newest.book_order)
    return title, f"{node.newest.category}\0{title}", f"{node.newest.date}\0{title}"


class LibraryTreeModel(QStandardItemModel):
    """Rows are C++ items: the view's layout, the proxy's filter mapping and its sort (by
    SORT_ROLE) then run without a call into Python per row — a Python tree model made each
    keystroke in the filter 4-6 times slower on the 3,476 laws."""

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([translate("Library", c) for c in COLUMNS])
        self._entries: list = []
        self._folded: list[str] = []
        self._works: list = []
        self._nodes: list[Node] = []  # source row -> node (the proxy sorts, not this model)

    def set_entries(self, entries, folded: list[str] | None = None) -> None:
        """`folded`: filter_keys(entries), best computed on a worker (folding loads OpenCC)."""
        self._entries = list(entries)
        self._folded = folded if folded is not None else filter_keys(self._entries)
        self._rebuild()

    def retranslate(self) -> None:
        """Column titles, and the rows' accessible texts and tooltips, in the new language."""
        self.setHorizontalHeaderLabels([translate("Library", c) for c in COLUMNS])
        if any(node.is_work for node in self._nodes):  # only works' rows hold such words
            self._rebuild()

    def set_works(self, works) -> None:
        """The library's version families (viewer.core.versions.families.Work)."""
        self._works = list(works)
        if any(node.is_work for node in self._nodes):
            self._rebuild()
        else:
            self._merge_works()

    def _merge_works(self) -> None:
        """From the flat list: only the rows of works held in several versions change (a few
        hundred of 3,476 laws), so those are replaced in place instead of rebuilding every row."""
        nodes = group_nodes(self._entries, self._folded, self._works)
        works = [(row, node) for row, node in enumerate(nodes) if node.is_work]
        if not works:
            return
        row_of = {id(node.newest): row for row, node in enumerate(self._nodes)}
        members = sorted((row_of[id(e)] for _, node in works for e in node.entries), reverse=True)
        for row in members:
            self.removeRow(row)
        self._nodes = [node for node in nodes if not node.is_work]
        for row, node in works:  # ascending: each lands where the grouped list has it
            self.insertRow(row, _row_items(node))
            self._nodes.insert(row, node)

    def _rebuild(self) -> None:
        nodes = group_nodes(self._entries, self._folded, self._works)
        self.beginResetModel()
        self.blockSignals(True)  # one reset for the views, not a signal per row
        try:
            self.setRowCount(0)
            self._nodes = nodes
            root = self.invisibleRootItem()
            for node in nodes:
                root.appendRow(_row_items(node))
        finally:
            self.blockSignals(False)
        self.endResetModel()

    # --- plain access (no trip through data()) ------------------------------------------------
    def node(self, index: QModelIndex) -> Node | None:
        if not index.isValid():
            return None
        row = index.parent().row() if index.parent().isValid() else index.row()
        return self._nodes[row] if 0 <= row < len(self._nodes) else None

    def top_node(self, row: int) -> Node | None:
        return self._nodes[row] if 0 <= row < len(self._nodes) else None

    def folded(self, row: int) -> str:
        return self._nodes[row].folded if 0 <= row < len(self._nodes) else ""

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
                    top = self.index(k, 0)
                    return self.index(i, 0, top) if node.is_work else top
        return QModelIndex()


def _row_items(node: Node) -> list[QStandardItem]:
    entry = node.newest
    title = ("⚠ " if entry.error else "") + entry_title(entry)
    if node.is_work:
        title = f"{title} ({len(node.entries)})"
    items = _items((title, entry.category, entry.date), _keys(node))
    first = items[0]
    first.setData(entry, ENTRY_ROLE)
    if node.is_work:
        count = len(node.entries)  # a name: lupdate skips a call counting with an expression
        versions = translate("Library", "{title}, %n version(s)", None, count)
        first.setData(versions.format(title=entry_title(entry)), ACCESSIBLE)
        no_date = translate("Library", "no date")
        tip = "\n".join(
            f"{e.date or no_date} · {status_label(status)} · {e.display_path}"
            for e, status in zip(node.entries, node.statuses, strict=True)
        )
        first.setToolTip(rich_safe(tip))
        for version, status in zip(node.entries, node.statuses, strict=True):
            first.appendRow(_version_items(version, status))
    else:
        tip = entry.display_path
        first.setToolTip(rich_safe(f"{tip}\n{entry.error}" if entry.error else tip))
    return items


def _version_items(entry, status: str) -> list[QStandardItem]:
    """A version row: its status (the date has its column; a narrow panel keeps the status).
    Equal sort keys: the proxy's sort is stable, so versions stay newest first in any order."""
    shown = status_label(status)
    items = _items((shown, entry.category, entry.date), ("", "", ""))
    first = items[0]
    first.setData(entry, ENTRY_ROLE)
    first.setData(status, STATUS_ROLE)
    first.setData(f"{shown}, {entry.date}", ACCESSIBLE)
    first.setToolTip(rich_safe(entry.display_path))
    return items


def _items(texts, keys) -> list[QStandardItem]:
    items = []
    for text, key in zip(texts, keys, strict=True):
        item = QStandardItem(text)  # editable flag left alone: the view never edits
        item.setData(key, SORT_ROLE)
        items.append(item)
    return items


class LibraryFilterProxy(QSortFilterProxyModel):
    """Works with a document whose title or folder contains every word of the filter text
    (folded); a shown work keeps all its versions beneath it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        # Plain code-point order: locale-aware (ICU) comparison of 3,000+ Chinese titles
        # stalled the event loop for hundreds of milliseconds on every refresh.
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SORT_ROLE)  # keys made once per row, compared in C++

    def set_filter_text(self, text: str) -> None:
        words = fold(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802 - Qt override
        if not self._words or parent.isValid():
            return True
        folded = self.sourceModel().folded(row)  # a Python call, not a trip through data()
        return any(all(word in key for word in self._words) for key in folded.split("\n\n"))
