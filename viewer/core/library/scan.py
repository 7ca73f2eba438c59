"""A library: the documents of one folder, their metadata, and what changed since last time.

The catalog is built from `stat` alone plus a small read of each file's head (title, front
matter), so listing 3,000+ files takes well under a second. The manifest (path -> size, mtime,
content hash, metadata) is written by the indexer; comparing a fresh scan with it yields the
files to add, reindex and delete. A file whose size and mtime are unchanged is trusted without
hashing; one that changed is hashed, and a new file with the hash of a vanished one is a rename.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from viewer.core.base.digests import sha256_hasher
from viewer.core.document.books import book_of, titled
from viewer.core.document.front_matter import split_front_matter
from viewer.core.document.law_version import date_from_name, head_version
from viewer.core.formats.registry import OPENABLE_SUFFIXES, kind_of
from viewer.core.library.files import (
    FolderScan,
    FoundFile,
    file_in,
    iter_library,
    open_regular,
    walk_library,
)
from viewer.core.text.file_names import display_name

SUFFIXES = OPENABLE_SUFFIXES  # Markdown and text, and the formats converted to it
_HEAD_BYTES = 4096
_TITLE_LINE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)


@dataclass(slots=True)  # one per file, held while the library is open: no per-object dict
class LibraryEntry:
    """One file of the library as the catalog and the manifest know it."""

    rel_path: str  # POSIX path relative to the library root: the document's key
    size: int
    mtime_ns: int
    title: str = ""
    folded_title: str = ""  # fold(title) when that differs from title (title_matches)
    category: str = ""  # the folder the file is in, relative to the root ("" at the top)
    date: str = ""  # YYYY-MM-DD or ""
    sha256: str = ""  # of the file's bytes; "" until hashed
    passages: int = 0
    error: str = ""  # why the file could not be indexed ("" when it was)
    skipped: bool = False  # never opened (a link out of the folder, a pipe): see library_files
    book_order: int = 0  # a code's book (民法典 · 物权编): its place in the code (books.py)

    @property
    def readable(self) -> bool:
        return not self.error

    @property
    def display_path(self) -> str:
        """rel_path as valid text (undecodable bytes of the name shown as U+FFFD)."""
        return display_name(self.rel_path)


@dataclass
class ChangeSet:
    """What an update has to do to bring the index in line with the folder."""

    added: list[LibraryEntry] = field(default_factory=list)
    changed: list[LibraryEntry] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # rel paths
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (old, new); also in added
    unchanged: list[LibraryEntry] = field(default_factory=list)
    touched: int = 0  # of the unchanged: new size or mtime, same bytes (saved, not re-hashed)

    @property
    def to_index(self) -> list[LibraryEntry]:
        return self.added + self.changed

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def scan_folder(root: Path | str, follow_links: bool = False) -> list[LibraryEntry]:
    """Every document (Markdown, text, HTML, DOCX, PDF) that is a regular file under `root`,
    hidden entries skipped, sorted by path; links out of the folder (unless `follow_links`),
    pipes and devices left out (walk's `skipped`, see library_files)."""
    return [entry_of(found) for found in walk(root, follow_links).files]


def count_documents(root: Path | str, follow_links: bool = False) -> int:
    """How many documents scan_folder lists, with one folder's listing alive at a time (an
    entry per file, made and dropped at each open, left memory pinned at 4x the laws)."""
    return sum(1 for _ in iter_found(root, follow_links, None))


def walk(root: Path | str, follow_links: bool = False) -> FolderScan:
    """The folder's documents as found (a stat each), no entry made yet."""
    return walk_library(Path(root).resolve(), SUFFIXES, follow_links)


def iter_found(root: Path | str, follow_links: bool, skipped: list | None) -> Iterator[FoundFile]:
    """walk's files one at a time (the skipped, as (rel path, reason), added to `skipped`)."""
    return iter_library(Path(root).resolve(), SUFFIXES, follow_links, skipped)


def entry_of(found: FoundFile) -> LibraryEntry:
    return LibraryEntry(
        found.rel_path, found.size, found.mtime_ns, category=category_of(found.rel_path)
    )


def skipped_entries(skipped: list[tuple[str, str]]) -> list[LibraryEntry]:
    return [
        LibraryEntry(rel, 0, 0, _stem(rel), category_of(rel), error=reason, skipped=True)
        for rel, reason in skipped
    ]


def _stem(rel_path: str) -> str:
    return display_name(rel_path.rpartition("/")[2].rsplit(".", 1)[0])


def category_of(rel_path: str) -> str:
    """The file's folder as shown and filtered on (never used to open the file). Interned:
    a folder's files share one copy (the library's memory grows with its files)."""
    return sys.intern(display_name(rel_path.rpartition("/")[0]))


def filtered(
    rows: Iterable[tuple[str, str, str]], categories, date_from, date_to, exclude=frozenset()
) -> set[str] | None:
    """The paths of `rows` ((path, folder, date) of each file: a packed catalogue's
    `filter_fields()`, read only when a filter is set) in folders `categories` (with their
    subfolders) dated within the inclusive YYYY-MM-DD bounds (files without a date are left out
    by either), not in `exclude`; None: no filter."""
    if not categories and not date_from and not date_to and not exclude:
        return None
    wanted = [c.strip("/") for c in categories or []]
    allowed = set()
    for path, category, date in rows:
        if path in exclude:
            continue
        if wanted and not any(_in_category(category, c) for c in wanted):
            continue
        if (date_from or date_to) and not date:
            continue
        if date_from and date < date_from or date_to and date > date_to:
            continue
        allowed.add(path)
    return allowed


def _in_category(category: str, wanted: str) -> bool:
    return category == wanted or category.startswith(wanted + "/") or not wanted


def quick_metadata(root: Path, entry: LibraryEntry) -> None:
    """Fill title and date from the file's head without parsing the whole document.

    Used for listing before (or without) indexing; the indexer replaces these with the values
    of the fully parsed document. Never raises: an unreadable file keeps its file-name title.
    """
    stem = _stem(entry.rel_path)
    entry.title = entry.title or stem
    entry.date = entry.date or date_from_name(stem)
    head = markdown_head(root, entry.rel_path)
    if head is None:
        return
    front = split_front_matter(head)
    if front.values.get("title"):
        entry.title = front.values["title"]
    else:
        match = _TITLE_LINE.search(front.body)
        if match:
            entry.title = match.group(1)
    book, entry.book_order = book_of(front.body)
    entry.title = titled(entry.title, book)
    # the same version date the indexer and the versions view give (front matter, file name,
    # then the preamble's latest 通过/修正/修订 line), so filters agree before and after indexing
    entry.date = head_date(head, entry.rel_path) or entry.date


def markdown_head(root: Path, rel_path: str) -> str | None:
    """The first few KB of a Markdown or text file; None for a web page, Word or PDF file
    (its title and date come from the conversion at indexing) or one that cannot be read."""
    if kind_of(rel_path):
        return None
    try:
        with open_regular(file_in(root, rel_path)) as handle:
            return handle.read(_HEAD_BYTES).decode("utf-8", "ignore").lstrip("\ufeff")
    except OSError:
        return None


def head_date(head: str, rel_path: str) -> str:
    return head_version(head, rel_path.rpartition("/")[2])[1].date


def hash_file(path: Path | str) -> str:
    digest = sha256_hasher()
    with open_regular(path) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def diff(root: Path, scanned: list[LibraryEntry], manifest: dict[str, LibraryEntry]) -> ChangeSet:
    """Compare a scan with the manifest. Files that failed before are always retried, since a
    permission fix changes neither size nor mtime."""
    changes = ChangeSet()
    seen = set()
    for entry in scanned:
        seen.add(entry.rel_path)
        old = manifest.get(entry.rel_path)
        if old is None:
            changes.added.append(entry)
        elif old.error or (old.size, old.mtime_ns) != (entry.size, entry.mtime_ns):
            entry.sha256 = _safe_hash(file_in(root, entry.rel_path))
            if not old.error and entry.sha256 and entry.sha256 == old.sha256:
                # touched but identical: keep the indexed data, note the new mtime
                changes.unchanged.append(_refreshed(old, entry))
                changes.touched += 1
            else:
                changes.changed.append(entry)
        else:
            changes.unchanged.append(old)
    changes.removed = sorted(set(manifest) - seen)
    if changes.removed and changes.added:
        by_hash = {manifest[p].sha256: p for p in changes.removed if manifest[p].sha256}
        for entry in changes.added:
            entry.sha256 = entry.sha256 or _safe_hash(file_in(root, entry.rel_path))
            old_path = by_hash.get(entry.sha256)
            if old_path:
                changes.renamed.append((old_path, entry.rel_path))
    return changes


def _refreshed(old: LibraryEntry, new: LibraryEntry) -> LibraryEntry:
    data = asdict(old)
    data.update(size=new.size, mtime_ns=new.mtime_ns)
    return LibraryEntry(**data)


def _safe_hash(path: Path | str) -> str:
    try:
        return hash_file(path)
    except OSError:
        return ""
