"""Which index document is which file: docnum <-> the catalogue's row, 8 bytes a file.

The searcher names its results by path. A dict of the paths (and a list back) held a copy of
every path, about 170 bytes a file; the catalogue already holds them, packed, so the table
keeps only the two row numbers and reads a path from the catalogue when one is asked for.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping

from viewer.core.library.packed_entries import PackedEntries


class DocnumTable:
    """`paths`: docnum -> rel_path (None: deleted); `docnums`: rel_path -> docnum."""

    def __init__(self, entries: PackedEntries, docnums: Mapping[str, int], size: int) -> None:
        self._entries = entries
        size = max(size, max(docnums.values(), default=-1) + 1)
        self._row_of = array("i", [-1]) * size  # docnum -> row
        self._doc_of = array("i", [-1]) * len(entries)  # row -> docnum
        self._unlisted: dict[str, int] = {}  # in the index, not (yet) in the saved list
        for path, n, row in _rows_of(entries, docnums):
            if row < 0:
                self._unlisted[path] = n
            else:
                self._row_of[n], self._doc_of[row] = row, n
        self._finish()

    @classmethod
    def of_arrays(cls, entries: PackedEntries, row_of, doc_of, unlisted) -> DocnumTable:
        """The table `arrays` gave, for the same catalogue and index (docnum_rows)."""
        made = cls.__new__(cls)
        made._entries, made._row_of, made._doc_of = entries, row_of, doc_of
        made._unlisted = unlisted
        made._finish()
        return made

    def arrays(self) -> tuple[array, array, dict[str, int]]:
        """(docnum -> row, row -> docnum, path -> docnum of the files not in the catalogue)."""
        return self._row_of, self._doc_of, self._unlisted

    def _finish(self) -> None:
        self._path_of_unlisted = {n: p for p, n in self._unlisted.items()}
        self.paths = DocnumPaths(self)
        self.docnums = PathDocnums(self)

    def title(self, n: int) -> str:
        """The title of document `n` ("": none, or not a document of the catalogue)."""
        row = self._row_of[n] if 0 <= n < len(self._row_of) else -1
        return self._entries.title_at(row) if row >= 0 else ""

    def live_docnums(self) -> set[int]:
        """The number of every document of the catalogue (the deleted left out)."""
        live = set(self._doc_of)
        live.discard(-1)
        return live

    def docnum_of_row(self, row: int) -> int:
        """The document of the catalogue's row `row`, -1 when the index has none."""
        return self._doc_of[row]

    def docnum(self, path: str) -> int:
        """The document of `path`, -1 when the index has none."""
        row = self._entries.row_of(path)
        n = self._doc_of[row] if row >= 0 else -1
        return n if n >= 0 else self._unlisted.get(path, -1)

    def __len__(self) -> int:
        """Documents named: those of the catalogue and those not yet in it."""
        return len(self.live_docnums()) + len(self._unlisted)

    def __iter__(self) -> Iterator[tuple[str, int]]:
        for row, n in enumerate(self._doc_of):
            if n >= 0:
                yield self._entries.path_at(row), n
        yield from self._unlisted.items()


def _rows_of(entries: PackedEntries, docnums: Mapping[str, int]) -> Iterator[tuple[str, int, int]]:
    """(path, docnum, its catalogue row or -1): a walk of both in path order (the manifest is
    saved sorted), a lookup by hash only for a path the walk passes by."""
    listed = enumerate(entries.paths())
    row, at = next(listed, (-1, None))
    for path, n in sorted(docnums.items()):
        while at is not None and at < path:
            row, at = next(listed, (-1, None))
        if at == path:
            yield path, n, row
            row, at = next(listed, (-1, None))
        else:
            yield path, n, entries.row_of(path)


class DocnumPaths:
    """docnum -> rel_path, a sequence as the rankers read it (`paths[n]`, None: deleted)."""

    def __init__(self, table: DocnumTable) -> None:
        self._table = table
        self._rows, self._path_at = table._row_of, table._entries.path_at
        self._unlisted = table._path_of_unlisted

    def __getitem__(self, n: int) -> str | None:  # read per result: no call through the table
        row = self._rows[n] if 0 <= n < len(self._rows) else -1
        return self._path_at(row) if row >= 0 else self._unlisted.get(n)

    def __len__(self) -> int:
        return len(self._rows)


class PathDocnums(Mapping):
    """rel_path -> docnum, as the rankers read it (`docnums.get(path, -1)`)."""

    def __init__(self, table: DocnumTable) -> None:
        self._table = table

    def __getitem__(self, path: str) -> int:
        n = self._table.docnum(path) if isinstance(path, str) else -1
        if n < 0:
            raise KeyError(path)
        return n

    def get(self, path, default=None):
        n = self._table.docnum(path) if isinstance(path, str) else -1
        return n if n >= 0 else default

    def __contains__(self, path) -> bool:
        return isinstance(path, str) and self._table.docnum(path) >= 0

    def __iter__(self) -> Iterator[str]:
        return (path for path, _ in self._table)

    def __len__(self) -> int:
        return len(self._table)

    def items(self):  # type: ignore[override]
        return iter(self._table)
