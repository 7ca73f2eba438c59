"""Building and updating a library's search index, with progress and cancellation.

Layout, in app_paths().index_root / "library-<hash of folder>-v<ANALYZER_VERSION>":
  whoosh/          one Whoosh document per file (path + full text, CJK bigrams with positions)
  texts.sqlite3    every file's passages (library_texts), for locating hits and snippets
  manifest.json    path -> size, mtime, hash, title, category, date, error (library)

Why one Whoosh document per file and not per passage: on the laws corpus (3,475 files, 350k
passages) a per-passage index took 3× longer to build (150 s vs 48 s of Whoosh time for the
same text), which breaks the 120 s budget; the passages are then found at query time in the
text store, which also gives exact (Ctrl+F) hit counts.

Heavy work runs in child processes, so a GUI thread calling update() keeps the GIL mostly free:
parsing in a pool of spawned workers, and for large batches Whoosh's multi-process writer.
Small updates (≤ SMALL_UPDATE files) stay in-process: starting workers would cost more than
the work. The writer and its commit still hold the GIL for 100+ ms at a time, so a GUI runs
the whole update in a child process instead (library_update_process) and then reload()s.
Cancellation is checked between documents; what was done is committed, so the index is always
usable and the next update continues where this one stopped.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from viewer.core import library
from viewer.core.child_lifetime import die_with_parent
from viewer.core.errors import SearchIndexError
from viewer.core.file_names import storage_key
from viewer.core.library import ChangeSet, LibraryEntry
from viewer.core.library_parse import parse_library_file
from viewer.core.library_texts import TextStore
from viewer.core.paths import app_paths

Progress = Callable[[int, int, float | None], None]  # (done, total, eta_seconds or None)
Phase = Callable[[str], None]  # a message naming the step now running, e.g. "Writing the index"
SMALL_UPDATE = 24
WRITER_LIMIT_MB = 128  # per writer process; 2 processes + pool stay far below 1 GB
_POOL_CHUNK = 4


def library_index_dir(root: Path | str) -> Path:
    from viewer.core.analysis import ANALYZER_VERSION

    key = hashlib.sha1(os.fsencode(Path(root).resolve())).hexdigest()[:16]
    return app_paths().index_root / f"library-{key}-v{ANALYZER_VERSION}"


def library_schema():
    from whoosh import fields

    from viewer.core.analysis import bigram_analyzer
    from viewer.core.query_builder import TEXT_FIELD

    return fields.Schema(
        path=fields.ID(stored=True, unique=True),
        **{TEXT_FIELD: fields.TEXT(analyzer=bigram_analyzer(), phrase=True)},
    )


@dataclass
class UpdateReport:
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    failed: list[LibraryEntry] = field(default_factory=list)  # unreadable, with .error
    skipped: list[LibraryEntry] = field(default_factory=list)  # never read, reason in .error
    cancelled: bool = False
    seconds: float = 0.0
    pid: int = 0  # the process that did the work (update() may run in a child process)


class LibraryIndex:
    """One folder's index. Safe to update from one background thread while others search."""

    def __init__(
        self, root: Path | str, index_dir: Path | None = None, follow_links: bool = False
    ) -> None:
        self.root = Path(root).resolve()
        self.follow_links = follow_links  # links to files outside the folder are indexed
        if not self.root.is_dir():
            raise SearchIndexError(f"{self.root} is not a folder.")
        self.dir = Path(index_dir) if index_dir else library_index_dir(self.root)
        self.whoosh_dir = self.dir / "whoosh"
        self.manifest_path = self.dir / "manifest.json"
        self.texts = TextStore(self.dir / "texts.sqlite3")
        self._lock = threading.Lock()
        self.generation = 0  # bumped after each commit, so searchers know to reopen

    # -- catalog --------------------------------------------------------------------------
    def manifest(self) -> dict[str, LibraryEntry]:
        return library.load_manifest(self.manifest_path, self.root)

    def entries(self) -> list[LibraryEntry]:
        """Every file in the folder now: indexed metadata where known, a quick look otherwise."""
        known = self.manifest()
        found, skipped = library.scan_library(self.root, self.follow_links)
        out = []
        for entry in found:
            old = known.get(entry.rel_path)
            if old is not None and (old.size, old.mtime_ns) == (entry.size, entry.mtime_ns):
                out.append(old)
            else:
                library.quick_metadata(self.root, entry)
                out.append(entry)
        return out + skipped

    def unreadable(self) -> list[LibraryEntry]:
        return [e for e in self.manifest().values() if e.error]

    def changes(self) -> ChangeSet:
        scanned = library.scan_folder(self.root, self.follow_links)
        return library.diff(self.root, scanned, self.manifest())

    def reload(self) -> None:
        """Another process updated the index on disk: searchers reopen it at their next use.

        Drops every thread's text-store connection too (a from-scratch build replaces the file).
        """
        self.texts.close()
        self.texts._local = threading.local()  # other threads' connections: closed when freed
        self.generation += 1

    def open_whoosh(self):
        from whoosh import index

        if not index.exists_in(self.whoosh_dir):
            return None
        return index.open_dir(self.whoosh_dir)

    # -- indexing -------------------------------------------------------------------------
    def update(
        self,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        procs: int | None = None,
        phase: Phase | None = None,
    ) -> UpdateReport:
        """Bring the index in line with the folder: index added/changed files, drop removed.

        `phase`, if given, is called with a short message as each step starts (checking,
        parsing, writing the index, saving the file list), for steps without counted progress.
        """
        if not self._lock.acquire(blocking=False):
            raise SearchIndexError("This library is already being indexed.")
        try:
            return self._update(progress, cancel, procs, phase or (lambda _message: None))
        finally:
            self._lock.release()

    def _update(self, progress, cancel, procs, phase) -> UpdateReport:
        from whoosh.index import LockError

        started = time.monotonic()
        phase("Checking for new and changed files")
        manifest = self.manifest()
        ix = self.open_whoosh() if manifest else None
        if ix is None:  # no manifest means nothing in the index can be trusted
            manifest = {}
            ix = self._create_whoosh()
        scanned, skipped = library.scan_library(self.root, self.follow_links)
        changes = library.diff(self.root, scanned, manifest)
        report = UpdateReport(removed=list(changes.removed), renamed=list(changes.renamed))
        report.skipped = skipped
        report.pid = os.getpid()
        todo = changes.to_index
        if changes.empty:
            report.seconds = time.monotonic() - started
            return report
        procs = procs or min(2, os.cpu_count() or 1)
        big = len(todo) > SMALL_UPDATE and procs > 1
        try:
            # compound=False: whoosh-reloaded reads a compound segment's postings into a BytesIO
            # copy when it opens it (measured: +164 MB RSS for the laws); plain files are not
            writer = (
                ix.writer(procs=procs, multisegment=True, limitmb=WRITER_LIMIT_MB, compound=False)
                if big
                else ix.writer(limitmb=WRITER_LIMIT_MB, compound=False)
            )
        except LockError as exc:
            raise SearchIndexError("The library index is locked by another writer.") from exc
        for rel in changes.removed:
            writer.delete_by_term("path", storage_key(rel))
            manifest.pop(rel, None)
        self.texts.delete_many(changes.removed)
        try:
            phase(f"Parsing {len(todo):,} documents")
            self._index_files(writer, manifest, changes, report, big, procs, progress, cancel)
            written = len(report.added) + len(report.changed) + len(report.failed)
            phase(f"Writing the index of {written:,} documents")
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        phase("Saving the file list")
        library.save_manifest(self.manifest_path, self.root, manifest)
        self.generation += 1
        report.seconds = time.monotonic() - started
        return report

    def _index_files(self, writer, manifest, changes, report, big, procs, progress, cancel):
        started = time.monotonic()
        todo = changes.to_index
        by_path = {e.rel_path: e for e in todo}
        changed_paths = {e.rel_path for e in changes.changed}
        done, total, pending_texts = 0, len(todo), []
        with closing(self._parse_all(todo, big, procs)) as parsed_files:
            for parsed in parsed_files:
                entry = by_path[parsed["rel_path"]]
                self._add(writer, manifest, entry, parsed, pending_texts)
                if entry.error:
                    report.failed.append(entry)
                elif entry.rel_path in changed_paths:
                    report.changed.append(entry.rel_path)
                else:
                    report.added.append(entry.rel_path)
                done += 1
                if len(pending_texts) >= 64:
                    self.texts.put_many(pending_texts)
                    pending_texts.clear()
                if progress is not None:
                    progress(done, total, _eta(started, done, total))
                if cancel is not None and cancel.is_set() and done < total:
                    report.cancelled = True
                    break
        self.texts.put_many(pending_texts)

    def _create_whoosh(self):
        import shutil

        from whoosh import index

        shutil.rmtree(self.whoosh_dir, ignore_errors=True)
        self.whoosh_dir.mkdir(parents=True, exist_ok=True)
        self.texts.close()
        self.texts.path.unlink(missing_ok=True)
        return index.create_in(self.whoosh_dir, library_schema())

    def _parse_all(self, todo: list[LibraryEntry], big: bool, procs: int):
        jobs = [(str(self.root), e.rel_path, self.follow_links) for e in todo]
        if not big:
            for job in jobs:
                yield parse_library_file(*job)
            return
        # spawn, not fork: the caller may be a GUI process with threads, where fork can deadlock
        context = multiprocessing.get_context("spawn")
        with context.Pool(procs, initializer=die_with_parent) as pool:
            yield from pool.imap_unordered(_parse_job, jobs, chunksize=_POOL_CHUNK)
            # leaving the block early (cancel) terminates the workers

    def _add(self, writer, manifest, entry: LibraryEntry, parsed: dict, pending: list) -> None:
        from viewer.core.query_builder import TEXT_FIELD

        entry.sha256 = parsed["sha256"] or entry.sha256
        entry.error = parsed["error"]
        key = storage_key(entry.rel_path)  # terms must be UTF-8; the stored path is exact
        writer.delete_by_term("path", key)  # also clears leftovers of a crash
        if entry.error:
            entry.passages = 0
            manifest[entry.rel_path] = entry
            self.texts.delete_many([entry.rel_path])
            return
        entry.title = parsed["title"]
        entry.date = parsed["date"]
        entry.passages = parsed["passages"]
        writer.add_document(path=key, _stored_path=entry.rel_path, **{TEXT_FIELD: parsed["body"]})
        pending.append((entry.rel_path, parsed["blobs"]))
        manifest[entry.rel_path] = entry


def _parse_job(job: tuple[str, str, bool]) -> dict:
    return parse_library_file(*job)


def _eta(started: float, done: int, total: int) -> float | None:
    if done < 3:
        return None
    elapsed = time.monotonic() - started
    return elapsed / done * (total - done)
