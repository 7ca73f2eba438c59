"""A work's versions kept as rows of the open library's packed catalogue: a path and a date are
read from it when a version is asked for, not held twice (for the laws four times over, the
families' own path and date strings were 3 MB of the window's 4 MB of families)."""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterator, Sequence

from viewer.core.library.packed_entries import PackedEntries
from viewer.core.versions.families import VersionEntry


class PackedVersions(Sequence):
    """VersionEntry records: catalogue rows where the catalogue knows the file and its date."""

    def __init__(self, known: PackedEntries, statuses: list[str]) -> None:
        self._known = known
        self._statuses = statuses  # shared by a library's works: a handful of names
        self._refs = array("i")  # >= 0: a catalogue row; < 0: ~index into _own
        self._status = array("b")
        self._own: list[tuple[str, str]] = []  # (path, date) the catalogue does not hold

    def add(self, path: str, date: str, status: str) -> None:
        row = self._known.row_of(path)
        if row >= 0 and self._known.date_at(row) == date:
            self._refs.append(row)
        else:
            self._refs.append(~len(self._own))
            self._own.append((path, date))
        if status not in self._statuses:
            self._statuses.append(sys.intern(status))
        self._status.append(self._statuses.index(status))

    def __len__(self) -> int:
        return len(self._refs)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        ref, status = self._refs[k], self._statuses[self._status[k]]
        if ref < 0:
            return VersionEntry(*self._own[~ref], status)
        row = self._known.row_fields(ref)  # no whole entry: its digest, sizes, folded title
        return VersionEntry(row.rel_path, row.date, status)

    def __iter__(self) -> Iterator[VersionEntry]:
        return (self[k] for k in range(len(self)))

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)
