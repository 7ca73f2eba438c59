"""A folder's listing over the packed catalogue: the files it knows unchanged are its rows."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence

from viewer.core.library.packed_entries import PackedEntries
from viewer.core.library.scan import LibraryEntry


class ListedEntries(Sequence):
    """A folder's files in listing order: those a catalogue knows unchanged are its rows (no
    copy), the others (new, changed, skipped) entries of their own."""

    def __init__(self, known: PackedEntries) -> None:
        self.known = known
        self._refs = array("i")  # >= 0: a row of `known`; < 0: ~index into _own
        self._own: list[LibraryEntry] = []

    def add_known(self, row: int) -> None:
        self._refs.append(row)

    def add(self, entry: LibraryEntry) -> None:
        self._refs.append(~len(self._own))
        self._own.append(entry)

    def __len__(self) -> int:
        return len(self._refs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        ref = self._refs[i]
        return self.known[ref] if ref >= 0 else self._own[~ref]

    def __iter__(self) -> Iterator[LibraryEntry]:
        return (self[i] for i in range(len(self)))

    def row_fields(self, i: int):
        """RowFields of a known row; an entry of its own as it is (it has the same names)."""
        ref = self._refs[i]
        return self.known.row_fields(ref) if ref >= 0 else self._own[~ref]

    def path_at(self, i: int) -> str:
        ref = self._refs[i]
        return self.known.path_at(ref) if ref >= 0 else self._own[~ref].rel_path
