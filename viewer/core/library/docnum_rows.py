"""The searcher's docnum table saved for one index generation and one file list.

Built from the docnums file (every path, then a walk of the catalogue), the table cost ~15 ms
of each relaunch of the laws and ~60 ms at four times their size, and made a string per file
only to drop it. Both its inputs change only with a commit or a new file list, so the first
searcher to build it saves its two arrays (`docnum_rows.bin`, keyed by the generation, its
table of contents' mtime and the manifest's stamp) and the next ones read them back. A file
that does not fit the key, or is damaged, is rebuilt from the docnums.
"""

from __future__ import annotations

import logging
from array import array
from pathlib import Path

from viewer.core.library import column_file
from viewer.core.library.docnum_table import DocnumTable
from viewer.core.library.docnums import docnum_paths, generation_key
from viewer.core.library.packed_entries import PackedEntries

log = logging.getLogger(__name__)
FILE = "docnum_rows.bin"
MAGIC = b"briefing-viewer docnum rows 1\n"


def docnum_table(
    index_dir: Path, whoosh_dir: Path, reader, entries: PackedEntries, stamp: list | None
) -> DocnumTable:
    """docnum <-> row of `entries` (the catalogue read from the manifest of `stamp`) for the
    documents `reader` sees."""
    generation = generation_key(whoosh_dir, reader.generation())
    key = None
    if generation is not None and stamp is not None:
        key = [generation, stamp, len(entries), reader.doc_count_all()]
        table = _load(index_dir / FILE, key, entries)
        if table is not None:
            return table
    table = DocnumTable(
        entries, docnum_paths(index_dir, whoosh_dir, reader), reader.doc_count_all()
    )
    if key is not None:
        _save(index_dir / FILE, key, table)
    return table


def _save(path: Path, key: list, table: DocnumTable) -> None:
    row_of, doc_of, unlisted = table.arrays()
    header = {"docs": len(row_of), "rows": len(doc_of), "unlisted": sorted(unlisted.items())}
    column_file.save(path, MAGIC, key, header, row_of.tobytes() + doc_of.tobytes())


def _load(path: Path, key: list, entries: PackedEntries) -> DocnumTable | None:
    found = column_file.load(path, MAGIC, key)
    if found is None:
        return None
    header, body = found
    try:
        docs, rows = header["docs"], header["rows"]
        if len(body) != 4 * (docs + rows):
            return None
        row_of, doc_of = array("i"), array("i")
        row_of.frombytes(body[: 4 * docs])
        doc_of.frombytes(body[4 * docs :])
        unlisted = {str(p): int(n) for p, n in header["unlisted"]}
    except (ValueError, KeyError, TypeError) as exc:
        log.info("docnum table not read (%s)", exc)
        return None
    if row_of.itemsize != 4 or len(doc_of) != len(entries):
        return None
    return DocnumTable.of_arrays(entries, row_of, doc_of, unlisted)
