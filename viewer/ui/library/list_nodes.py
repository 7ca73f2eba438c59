"""The library list's rows as plain data: which list rows each top-level row holds (a document,
or a work's versions newest first), the filter keys, and the sort keys. No Qt here: the model
(model.py) answers the view from these.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence

from viewer.core.document.books import title_sort_key
from viewer.core.text.folding import fold
from viewer.ui.library.list_cells import CATEGORY, DATE, entry_title
from viewer.ui.library.row_filter import RowKeys


def path_of(entries: Sequence, row: int) -> str:
    """The rel_path of `entries[row]`, without making the entry of a packed list
    (packed_entries, not imported here: the list is built before the first paint, the
    catalogue after it)."""
    path_at = getattr(entries, "path_at", None)
    return path_at(row) if path_at is not None else entries[row].rel_path


def paths_of(entries: Sequence):
    """Each entry's rel_path, as path_of."""
    return (path_of(entries, i) for i in range(len(entries)))


def fields_of(entries: Sequence, row: int):
    """What the list shows of `entries[row]` (path, title, category, date, book order,
    error), read from a packed list's columns: an entry of the 4x laws took ~600 bytes, and
    sorting made one per row at once."""
    row_fields = getattr(entries, "row_fields", None)
    return row_fields(row) if row_fields is not None else entries[row]


def filter_keys(entries) -> RowKeys:
    rows = (fields_of(entries, i) for i in range(len(entries)))
    return RowKeys(fold(f"{entry_title(e)}\n{e.category}") for e in rows)


class Node:
    """A top-level row as the cells see it: one document, or a work's versions (newest first)
    with their status. Works keep theirs; a document's is made when asked for."""

    __slots__ = ("entries", "statuses")

    def __init__(self, entries: Sequence, statuses: Sequence[str]):
        self.entries, self.statuses = entries, statuses

    @property
    def newest(self):
        return self.entries[0]

    @property
    def is_work(self) -> bool:
        return len(self.entries) > 1


class Work:
    """A work's list rows (newest first) and their statuses."""

    __slots__ = ("rows", "statuses")

    def __init__(self) -> None:
        self.rows = array("i")  # 4 bytes a version, not an int object's 36
        self.statuses: list[str] = []  # interned: a handful of names


def group_rows(entries, works) -> tuple[array, list[Work]]:
    """(node -> its row, or ~work for a work's node; the works), in list order: a work's
    versions gather at its first member's place; rows no work holds (or unreadable ones) stay
    single. A work found in one version only stays a single row."""
    version_of = {v.path: (k, v.status) for k, w in enumerate(works) for v in w.versions}
    firsts, gathered, by_work = array("i"), [], {}
    for row, path in enumerate(paths_of(entries)):
        work, status = version_of.get(path, (None, ""))
        if work is None or fields_of(entries, row).error:
            firsts.append(row)
            continue
        held = by_work.get(work)
        if held is None:
            held = by_work[work] = (len(firsts), Work())
            firsts.append(row)
        held[1].rows.append(row)
        held[1].statuses.append(status)
    for number, work in by_work.values():
        if len(work.rows) > 1:  # newest first: the work row opens its first version
            dates = [fields_of(entries, r).date or "" for r in work.rows]
            order = sorted(range(len(work.rows)), key=dates.__getitem__)
            order.reverse()
            work.rows = array("i", [work.rows[i] for i in order])
            work.statuses = [work.statuses[i] for i in order]
            firsts[number] = ~len(gathered)
            gathered.append(work)
    return firsts, gathered


def sort_keys(newest: Iterable, column: int) -> list:
    """Each node's key for `column` from its newest entry (read once, in node order: one
    entry alive at a time): the title (a code's books in order), or folder or date then
    title; case-folded code points (ICU collation of 3,000+ titles took hundreds of ms)."""
    if column == CATEGORY:
        return [(e.category.casefold(), _title_key(e)) for e in newest]
    if column == DATE:
        return [(e.date, _title_key(e)) for e in newest]
    return [_title_key(e) for e in newest]


def _title_key(entry) -> str:
    return title_sort_key(entry_title(entry), entry.book_order).casefold()
