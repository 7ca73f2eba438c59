"""The library's file list packed into a few large columns, for as long as a library is open.

As objects, a file's `LibraryEntry` and its strings took about 700 bytes (the laws four times
over: 9 MB, most of the window's growth with the library); packed, about 200. An entry is made
when one is asked for (`entries[i]`, `catalogue[path]`) and not kept; code reading one field of
every file reads that column (`path_at`, `title_at`).

`PackedEntries` is the list, `PackedCatalogue` the same keyed by path (the manifest as read);
listed_entries.ListedEntries a folder's listing that reuses a catalogue's rows.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

from viewer.core.library.scan import LibraryEntry

BLOCK = 64  # records a text block holds: one wide character (beyond U+FFFF) widens only these
_SEP = "\0"  # never in a POSIX path; a title or reason holding one has it replaced
_FIELDS = 5  # rel_path, title, folded_title, date, error
_NUMBERS = 5  # size, mtime_ns, passages, book_order, skipped
_NO_HASH = bytes(32)


class RowFields(NamedTuple):
    """What a list row shows and sorts by, read from the columns: named as LibraryEntry's
    fields, about a fifth of an entry's memory (no digest, no copy of the folded title)."""

    rel_path: str
    title: str
    category: str
    date: str
    book_order: int
    error: str


def _clean(text: str) -> str:
    return text.replace(_SEP, "\ufffd") if _SEP in text else text


def _digest(sha256: str) -> bytes:
    try:
        raw = bytes.fromhex(sha256)
    except ValueError:
        return _NO_HASH  # not a digest: hashed again when the file changes
    return raw if len(raw) == 32 else _NO_HASH


class PackedEntries(Sequence):
    """LibraryEntry records in columns; appended to, never changed."""

    def __init__(self, entries: Iterable[LibraryEntry] = ()) -> None:
        self._blocks: list[str] = []  # BLOCK records each, joined by _SEP
        self._open: list[str] = []  # the records of the block being filled
        self._at = 0  # the open block's length so far
        self._starts = array("I")  # each record's offset in its block
        self._numbers = array("q")
        self._digests = bytearray()  # 32 bytes a file
        self._category = array("i")  # index into _categories
        self._categories: list[str] = []
        self._category_ids: dict[str, int] = {}
        self._lookup: array | None = None  # row_of's table
        for entry in entries:
            self.append(entry)

    def columns(self) -> tuple:
        """(blocks, starts, numbers, digests, category ids, categories): the whole list, for
        packed_file to save; the block being filled is given as a block too."""
        blocks = self._blocks + ([_SEP.join(self._open)] if self._open else [])
        return blocks, self._starts, self._numbers, self._digests, self._category, self._categories

    @classmethod
    def of_columns(cls, blocks, starts, numbers, digests, category, categories) -> PackedEntries:
        """The list `columns` gave, its parts taken as they are (packed_file checked them)."""
        made = cls()
        made._blocks, made._starts, made._numbers = blocks, starts, numbers
        made._digests, made._category, made._categories = digests, category, categories
        made._category_ids = {name: i for i, name in enumerate(categories)}
        filled = len(starts) % BLOCK
        if filled:  # the last block is still being filled: back to a list of records
            text, base = blocks.pop(), len(starts) - filled
            ends = [starts[base + k] - 1 for k in range(1, filled)] + [len(text)]
            made._open = [text[starts[base + k] : ends[k]] for k in range(filled)]
            made._at = len(text) + 1
        return made

    def append(self, e: LibraryEntry) -> None:
        fields = (e.rel_path, _clean(e.title), _clean(e.folded_title), e.date, _clean(e.error))
        record = _SEP.join(fields)
        self._starts.append(self._at)
        self._open.append(record)
        self._at += len(record) + 1
        if len(self._open) == BLOCK:
            self._blocks.append(_SEP.join(self._open))
            self._open, self._at = [], 0
        self._numbers.extend((e.size, e.mtime_ns, e.passages, e.book_order, int(e.skipped)))
        self._digests += _digest(e.sha256) if e.sha256 else _NO_HASH
        self._category.append(self._category_id(e.category))
        self._lookup = None

    def _category_id(self, category: str) -> int:
        found = self._category_ids.get(category)
        if found is None:
            found = self._category_ids[category] = len(self._categories)
            self._categories.append(sys.intern(category))
        return found

    def __len__(self) -> int:
        return len(self._starts)

    def _record(self, i: int) -> str:
        block, k = divmod(i, BLOCK)
        if block == len(self._blocks):
            return self._open[k]
        text, start = self._blocks[block], self._starts[i]
        end = self._starts[i + 1] - 1 if k + 1 < BLOCK else len(text)
        return text[start:end]

    def _fields(self, i: int) -> list[str]:
        return self._record(i).split(_SEP, _FIELDS - 1)

    def path_at(self, i: int) -> str:
        block, k = divmod(i, BLOCK)
        if block == len(self._blocks):
            record = self._open[k]
            return record[: record.index(_SEP)]
        text, start = self._blocks[block], self._starts[i]
        return text[start : text.index(_SEP, start)]  # the path alone: no record cut first

    def stamp_at(self, i: int) -> tuple[int, int]:
        """(size, mtime_ns) of row i: whether the file is unchanged since."""
        return self._numbers[i * _NUMBERS], self._numbers[i * _NUMBERS + 1]

    def title_at(self, i: int) -> str:
        return self._fields(i)[1]

    def _columns(self) -> Iterator[list[str]]:
        """Every text field, block by block (one split of each block: a column of a whole
        list is read at C speed; field k of a block's row j is at 5 * j + k)."""
        for block in self._blocks:
            yield block.split(_SEP)
        if self._open:
            yield _SEP.join(self._open).split(_SEP)

    def filter_fields(self) -> Iterator[tuple[str, str, str]]:
        """(path, folder, date) of every row, for the search filters (scan.filtered)."""
        categories, of, row = self._categories, self._category, 0
        for fields in self._columns():
            for path, date in zip(fields[0::_FIELDS], fields[3::_FIELDS], strict=True):
                yield path, categories[of[row]], date
                row += 1

    def titles(self) -> Iterator[tuple[int, str, int]]:
        """(row, folded title or else title, book order) of every row."""
        numbers, row = self._numbers, 0
        for fields in self._columns():
            for title, folded in zip(fields[1::_FIELDS], fields[2::_FIELDS], strict=True):
                yield row, folded or title, numbers[row * _NUMBERS + 3]
                row += 1

    def same_files(self, found: Iterable) -> bool:
        """Whether `found` (objects with rel_path, size and mtime_ns, in any order: a walk's,
        read as it goes) are this list's files with the same stamps, and none of them failed:
        a folder unchanged since the list was saved, told without an entry per file nor a
        list of the folder (a relaunch's update check, the change poll)."""
        numbers, seen, size, after = self._numbers, bytearray(len(self)), len(self), 0
        for file in found:
            path = file.rel_path  # a walk mostly goes in the saved (path) order: try the next
            row = after if after < size and self.path_at(after) == path else self.row_of(path)
            after = row + 1
            if row < 0 or seen[row]:
                return False
            at = row * _NUMBERS
            if numbers[at] != file.size or numbers[at + 1] != file.mtime_ns:
                return False
            seen[row] = 1
        if seen.count(0):  # a file gone
            return False
        return not any(any(fields[4::_FIELDS]) for fields in self._columns())

    def row_fields(self, i: int) -> RowFields:
        path, title, _folded, date, error = self._fields(i)
        category = self._categories[self._category[i]]
        return RowFields(path, title, category, date, self._numbers[i * _NUMBERS + 3], error)

    def date_at(self, i: int) -> str:
        return self._fields(i)[3]

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        path, title, folded, date, error = self._fields(i)
        numbers = self._numbers[i * _NUMBERS : (i + 1) * _NUMBERS]
        size, mtime, passages, book_order, skipped = numbers
        digest = bytes(self._digests[i * 32 : i * 32 + 32])
        return LibraryEntry(
            path,
            size,
            mtime,
            title,
            folded,
            self._categories[self._category[i]],
            date,
            "" if digest == _NO_HASH else digest.hex(),
            passages,
            error,
            bool(skipped),
            book_order,
        )

    def __iter__(self) -> Iterator[LibraryEntry]:
        return (self[i] for i in range(len(self)))

    def paths(self) -> Iterator[str]:
        for fields in self._columns():
            yield from fields[::_FIELDS]

    def row_of(self, path: str) -> int:
        """The row of `path`, -1 when the list has none. An open-addressed table of row
        numbers, 8 bytes a file: one probe or two, and a path compared, per lookup."""
        if self._lookup is None:
            self._lookup = self._slots()
        slots, mask = self._lookup, len(self._lookup) - 1
        at = hash(path) & mask
        while row := slots[at]:
            if self.path_at(row - 1) == path:
                return row - 1
            at = (at + 1) & mask
        return -1

    def _slots(self) -> array:
        size = 8
        while size < 2 * len(self):
            size *= 2
        slots, mask = array("i", bytes(4 * size)), size - 1  # row + 1; 0: empty
        for row, path in enumerate(self.paths()):  # a column: one split a block
            at = hash(path) & mask
            while slots[at]:
                at = (at + 1) & mask
            slots[at] = row + 1
        return slots


class PackedCatalogue(Mapping):
    """rel_path -> LibraryEntry over packed entries (read-only: an entry read is a copy)."""

    def __init__(self, entries: PackedEntries | Iterable[LibraryEntry] = ()) -> None:
        self.entries = entries if isinstance(entries, PackedEntries) else PackedEntries(entries)
        self.stamp: list[int] | None = None  # of the manifest read (packed_file.manifest_stamp)

    def __getitem__(self, path: str) -> LibraryEntry:
        row = self.entries.row_of(path) if isinstance(path, str) else -1
        if row < 0:
            raise KeyError(path)
        return self.entries[row]

    def __contains__(self, path) -> bool:
        return isinstance(path, str) and self.entries.row_of(path) >= 0

    def __iter__(self) -> Iterator[str]:
        return self.entries.paths()

    def __len__(self) -> int:
        return len(self.entries)

    def values(self) -> PackedEntries:  # type: ignore[override] - a sequence, in path order
        return self.entries

    def items(self) -> Iterator[tuple[str, LibraryEntry]]:  # type: ignore[override]
        return ((entry.rel_path, entry) for entry in self.entries)
