"""The manifest: the file list an index was built from, saved by the indexer beside it.

A header line (format version, the library's root, the number of files), then one JSON line per
file, sorted by path. Read a line at a time; `packed_file` keeps a packed copy of it for the
next opening.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TypeVar

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.library.scan import LibraryEntry, head_date, markdown_head
from viewer.core.text.file_names import json_safe

# 2: a header line, then one file per line, read a line at a time; 1: one JSON document;
# 3: as 2, with dates from the preamble's latest 通过/修正 line (2 took 施行 dates, or none)
MANIFEST_VERSION = 3
T = TypeVar("T")
_PARSED_AT_ONCE = 256


def load_manifest(
    path: Path, root: Path, collect: Callable[[Iterable[LibraryEntry]], T] | None = None
):
    """The manifest's entries, or none when it is missing, unreadable or for another folder.
    `collect` makes the result from the entries, read in file order (default: a dict by path;
    packed_entries.PackedCatalogue keeps them packed).

    Read a line (a file) at a time: neither the whole text nor its parsed records are ever in
    memory at once (the 4x laws' catalogue took 18 MB read whole, 10 MB so, 3 MB packed).
    """
    collect = collect or _by_path
    try:
        with open(path, encoding="utf-8") as handle:
            header = json.loads(handle.readline(), object_hook=_entry_of)
            if header.get("root") != str(root):
                return collect(())
            version = header.get("version")
            if version == 1:  # an index from before: the whole list on one line
                return collect(header.get("files", []))
            if version == 2:  # redated until the next update saves them (manifest_outdated)
                found = collect(_redated(root, _by_path(_entries_of(handle))))
            elif version == MANIFEST_VERSION:
                found = collect(_entries_of(handle))
            else:
                return collect(())
            return found if len(found) == header.get("files") else collect(())
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return collect(())  # a damaged manifest: the index is rebuilt


def _by_path(entries: Iterable[LibraryEntry]) -> dict[str, LibraryEntry]:
    return {entry.rel_path: entry for entry in entries}


def _entries_of(lines: Iterable[str]) -> Iterator[LibraryEntry]:
    """The entries of the manifest's lines, parsed _PARSED_AT_ONCE at a time: one call of the
    JSON decoder for many lines (a call per line took half the time), never all at once."""
    chunk: list[str] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == _PARSED_AT_ONCE:
            yield from map(_entry_of, json.loads(f"[{','.join(chunk)}]"))
            chunk.clear()
    if chunk:
        yield from map(_entry_of, json.loads(f"[{','.join(chunk)}]"))


def manifest_outdated(path: Path) -> bool:
    """Written by an earlier release whose entries an update should save again."""
    try:
        with open(path, encoding="utf-8") as handle:
            return json.loads(handle.readline()).get("version") != MANIFEST_VERSION
    except (OSError, ValueError, AttributeError):
        return False


def _redated(root: Path, entries: dict[str, LibraryEntry]) -> Iterable[LibraryEntry]:
    """Version dates as this release reads them, from each Markdown file's head."""
    for entry in entries.values():
        head = None if entry.error else markdown_head(root, entry.rel_path)
        if head is not None:
            entry.date = head_date(head, entry.rel_path) or entry.date
    return entries.values()


def _entry_of(record: dict):
    if "rel_path" not in record:
        return record  # the manifest itself
    record["category"] = sys.intern(record.get("category", ""))  # shared by a folder's files
    return LibraryEntry(**record)


def save_manifest(path: Path, root: Path, entries: dict[str, LibraryEntry]) -> None:
    header = {"version": MANIFEST_VERSION, "root": str(root), "files": len(entries)}
    lines = [json.dumps(header, ensure_ascii=False)]
    lines += [_json_line(asdict(entries[k])) for k in sorted(entries)]
    write_text_atomic(path, json_safe("\n".join(lines) + "\n"))  # names not UTF-8 survive


def _json_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
