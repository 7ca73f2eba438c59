"""Building and updating a library's search index, with progress and cancellation.

Layout, in app_paths().index_root / "library-<hash of folder>-v<ANALYZER_VERSION>.<format>":
  whoosh/          a Whoosh document per file: path, CJK bigrams with their passages (postings)
  texts.sqlite3    every file's passages (texts.py), for locating hits and snippets
  manifest.json    a header line, then a file a line: path, size, mtime, hash, title, date...

Why a Whoosh document per file and not per passage: on the laws (3,475 files, 350k passages) a
per-passage index took 3× the Whoosh time (150 s vs 48 s); each posting lists its term's
passages instead (passage_postings.py), and the text store gives exact (Ctrl+F) hit counts.

Heavy work runs in child processes, so a GUI thread calling update() keeps the GIL mostly free:
parsing in a pool of spawned workers, and for large batches Whoosh's multi-process writer.
Small updates (≤ SMALL_UPDATE files) stay in-process: workers would cost more than the work.
The writer and its commit hold the GIL for 100+ ms at a time, so a GUI runs the whole update
in a child process instead (update_process.py) and then reload()s.
Cancellation is checked between documents; what was done is committed, so the index is always
usable and the next update continues where this one stopped.

A big update commits every `commit_every` documents: Whoosh does most of its work when a
segment is finished (on 400 laws: 4 s parsing, then 19 s in commit), so one commit at the end
left the progress bar at "94%, about 28 s left" for minutes. Progress counts a document as
done only once it is written, so the bar and the time left include the writing; searchers
also see each written batch. One process updates an index at a time (lock.py); a second
waits, then finds the work done. Damage found first (integrity.py) makes it rebuild.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from viewer.core.base.errors import SearchIndexError
from viewer.core.library import integrity as library_integrity
from viewer.core.library import manifest_file, messages, packed_file
from viewer.core.library import scan as library
from viewer.core.library.batch import COMMIT_EVERY, IndexBatch
from viewer.core.library.listed_entries import ListedEntries
from viewer.core.library.location import writable_index_dir
from viewer.core.library.lock import IndexLock
from viewer.core.library.messages import Message
from viewer.core.library.packed_entries import PackedCatalogue
from viewer.core.library.parse import parse_files
from viewer.core.library.progress import Tally
from viewer.core.library.report import UpdateReport
from viewer.core.library.scan import ChangeSet, LibraryEntry
from viewer.core.library.schema import library_schema
from viewer.core.library.texts import TextStore
from viewer.core.text.file_names import storage_key

log = logging.getLogger(__name__)

Progress = Callable[[int, int, float | None], None]  # (done, total, eta_seconds or None)
Phase = Callable[[str], None]  # a message naming the step now running, e.g. "Writing the index"
SMALL_UPDATE = 24
TEXTS_FLUSH_S = 0.5
# On Cancel, a batch of at most this many parsed documents is still committed (about a second);
# a bigger one is dropped, so Cancel takes effect at once, and the next update redoes it
CANCEL_COMMIT_MAX = 64
WAIT_POLL_S = 0.5  # how often a waiting update looks at the other process's lock


class LibraryIndex:
    """One folder's index. Safe to update from one background thread while others search."""

    def __init__(
        self, root: Path | str, index_dir: Path | None = None, follow_links: bool = False
    ) -> None:
        self.root = Path(root).resolve()
        self.follow_links = follow_links  # links to files outside the folder are indexed
        if not self.root.is_dir():
            raise SearchIndexError(Message(messages.not_a_folder, str(self.root)))
        self.notice = ""  # a sentence for the user when the index lives somewhere unusual
        if index_dir:
            self.dir = Path(index_dir)
        else:
            self.dir, self.notice = writable_index_dir(self.root)
        self.whoosh_dir = self.dir / "whoosh"
        self.manifest_path = self.dir / "manifest.json"
        self.packed_path = self.dir / "catalogue.packed"  # the manifest's columns (packed_file)
        self.texts = TextStore(self.dir / "texts.sqlite3")
        self._lock = threading.Lock()
        self.generation = 0  # bumped after each commit, so searchers know to reopen
        self._manifest: tuple | None = None  # (file stamp, entries) of the last manifest read

    # -- catalog --------------------------------------------------------------------------
    def manifest(self) -> dict[str, LibraryEntry]:
        """The file list as last saved: entries of its own, callers may change them."""
        return {entry.rel_path: entry for entry in self.catalogue().values()}

    def catalogue(self) -> PackedCatalogue:
        """The file list as last saved, packed, read-only and shared by the library's readers;
        parsed once per version of the file (a relaunch asked for it three times)."""
        stamp = packed_file.manifest_stamp(self.manifest_path)
        if stamp is None or self._manifest is None or self._manifest[0] != stamp:
            packed = packed_file.load(self.packed_path, stamp, self.root)
            if packed is not None:
                read = PackedCatalogue(packed)
            else:  # stamped before reading: a manifest replaced meanwhile is not trusted
                read = manifest_file.load_manifest(self.manifest_path, self.root, PackedCatalogue)
                packed_file.save(self.packed_path, stamp, self.root, read.entries)
            read.stamp = stamp
            self._manifest = (stamp, read)
        return self._manifest[1]

    def entries(self) -> ListedEntries:
        """Every file in the folder now: indexed metadata where known, a quick look otherwise.
        Files the catalogue knows unchanged are its rows, not copies."""
        known, skipped = self.catalogue().entries, []
        out = ListedEntries(known)
        for found in library.iter_found(self.root, self.follow_links, skipped):
            row = known.row_of(found.rel_path)
            if row >= 0 and known.stamp_at(row) == (found.size, found.mtime_ns):
                out.add_known(row)
            else:
                entry = library.entry_of(found)
                library.quick_metadata(self.root, entry)
                out.add(entry)
        for entry in library.skipped_entries(skipped):
            out.add(entry)
        return out

    def unreadable(self) -> list[LibraryEntry]:
        return [e for e in self.manifest().values() if e.error]

    def _same_as_saved(self, skipped: list | None = None) -> bool:
        """The folder is the saved file list: no file added, changed, removed, nor failed
        before; told as the folder is walked, without an entry per file nor a list of them
        (a relaunch's and the change poll's question). `skipped` gets what the walk skips."""
        found = library.iter_found(self.root, self.follow_links, skipped)
        if not self.catalogue().entries.same_files(found):
            return False
        return not manifest_file.manifest_outdated(self.manifest_path)  # else saved again

    def changes(self) -> ChangeSet:
        """What an update would do; nothing, told from the columns, in the usual case (the
        change poll asks every few seconds: a diff made two entries per file, 28k at 4x)."""
        if self._same_as_saved():
            return ChangeSet()
        scan = library.walk(self.root, self.follow_links)  # something changed: walked again
        scanned = [library.entry_of(found) for found in scan.files]
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

        try:  # one open (exists_in, then open_dir, read the table of contents twice)
            return index.open_dir(self.whoosh_dir)
        except (index.EmptyIndexError, FileNotFoundError):
            return None

    def problem(self) -> str | None:
        """Why the index on disk can't be trusted (then the next update rebuilds it), or None."""
        return library_integrity.problem(self.dir, self.whoosh_dir, self.texts.path)

    def suspect(self) -> bool:
        return self.problem() is not None

    def mark_damaged(self, reason: str) -> None:
        """A searcher met damage: have the next update rebuild the index."""
        library_integrity.mark_damaged(self.dir, reason)

    # -- indexing -------------------------------------------------------------------------
    def update(
        self,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        procs: int | None = None,
        phase: Phase | None = None,
        commit_every: int = COMMIT_EVERY,
    ) -> UpdateReport:
        """Bring the index in line with the folder: index added/changed files, drop removed.

        `phase`, if given, is called with a short message as each step starts (checking the
        index, waiting for another window, writing a batch): steps without a count.
        """
        if not self._lock.acquire(blocking=False):
            raise SearchIndexError(Message(messages.already_indexing))
        phase = phase or (lambda _message: None)
        lock = IndexLock(self.dir)
        try:
            if not self._wait_for(lock, phase, cancel):
                return UpdateReport(cancelled=True, pid=os.getpid())
            self.reload()  # another process may have rebuilt the files while we waited
            return self._update(progress, cancel, procs, phase, max(1, commit_every))
        finally:
            lock.release()
            self._lock.release()

    def _wait_for(self, lock: IndexLock, phase: Phase, cancel) -> bool:
        """Take the inter-process lock, waiting while another process holds it; False if
        cancelled while waiting."""
        if lock.acquire():
            return True
        phase(Message(messages.waiting))
        while not lock.acquire():
            if cancel is not None and cancel.wait(WAIT_POLL_S):
                return False
            if cancel is None:
                time.sleep(WAIT_POLL_S)
        return True

    def _update(self, progress, cancel, procs, phase, commit_every) -> UpdateReport:
        started = time.monotonic()
        report = UpdateReport(pid=os.getpid())
        phase(Message(messages.checking_index))
        damage = self.problem()
        if damage:
            log.warning("library index %s unusable: %s", self.dir, damage)
            report.rebuilt = Message(messages.rebuilt, damage)
        catalogue = None if damage else self.catalogue()
        # opened only when there is work: a relaunch with nothing changed opens Whoosh once, in
        # the check above (here: is a table of contents there; exists_in would open it all)
        kept = bool(catalogue) and any(self.whoosh_dir.glob("_MAIN_*.toc"))
        ix = None if kept else self._create_whoosh()
        phase(Message(messages.checking_files))
        skipped: list[tuple[str, str]] = []
        if kept and self._same_as_saved(skipped):  # the common relaunch: no entry per file
            changes, manifest = ChangeSet(), {}
            report.skipped = library.skipped_entries(skipped)
        else:
            scan = library.walk(self.root, self.follow_links)
            report.skipped = library.skipped_entries(scan.skipped)
            manifest = self.manifest() if kept else {}  # a new index: nothing in it to trust
            scanned = [library.entry_of(found) for found in scan.files]
            changes = library.diff(self.root, scanned, manifest)
        report.removed, report.renamed = list(changes.removed), list(changes.renamed)
        if changes.touched:  # touched but the same (a copy, a sync, a checkout): new stamps
            # kept, so that later updates do not hash them all again (0.7 s for the laws)
            manifest.update((entry.rel_path, entry) for entry in changes.unchanged)
        if changes.empty:
            if changes.touched or manifest_file.manifest_outdated(self.manifest_path):
                manifest_file.save_manifest(self.manifest_path, self.root, manifest)
            if not (self.dir / library_integrity.CHECKSUMS).exists():
                library_integrity.record(self.dir, self.whoosh_dir)  # an index from before
            report.seconds = time.monotonic() - started
            return report
        ix = ix or self.open_whoosh()
        procs = procs or min(2, os.cpu_count() or 1)
        big = len(changes.to_index) > SMALL_UPDATE and procs > 1
        batch = IndexBatch(self, ix, manifest, big, procs, report, phase)
        for rel in changes.removed:
            batch.writer.delete_by_term("path", storage_key(rel))
            manifest.pop(rel, None)
        self.texts.delete_many(changes.removed)
        base = len(changes.unchanged)  # already indexed: the count runs over the whole folder
        try:
            left = self._index_files(batch, changes, report, progress, cancel, commit_every, base)
            if report.cancelled and left > CANCEL_COMMIT_MAX:
                report.forget(batch.discard())
            else:
                phase(Message(messages.writing, left))
                batch.commit()
        except BaseException:
            batch.cancel()
            raise
        if progress is not None:
            done = base + len(report.added) + len(report.changed) + len(report.failed)
            progress(done, base + len(changes.to_index), None if report.cancelled else 0.0)
        report.seconds = time.monotonic() - started
        return report

    def _index_files(self, batch, changes, report, progress, cancel, commit_every, base) -> int:
        """Parse and add the files, committing a batch at a time; returns how many are added
        but not yet committed."""
        todo = changes.to_index
        by_path = {e.rel_path: e for e in todo}
        changed_paths = {e.rel_path for e in changes.changed}
        tally, pending_texts, flushed = Tally(todo, commit_every), [], time.monotonic()
        with closing(
            parse_files(self.root, todo, self.follow_links, batch.big, batch.procs)
        ) as parsed_files:
            for parsed in parsed_files:
                entry = by_path[parsed["rel_path"]]
                self._add(batch, entry, parsed, pending_texts)
                if entry.error:
                    report.failed.append(entry)
                elif entry.rel_path in changed_paths:
                    report.changed.append(entry.rel_path)
                else:
                    report.added.append(entry.rel_path)
                tally.parsed(entry.rel_path)
                # texts soon, so a search before the first commit (a scan) has them
                if len(pending_texts) >= 64 or time.monotonic() - flushed > TEXTS_FLUSH_S:
                    self.texts.put_many(pending_texts)
                    pending_texts.clear()
                    flushed = time.monotonic()
                if tally.batch_full():
                    self.texts.put_many(pending_texts)
                    pending_texts.clear()
                    batch.next_batch(tally)
                if progress is not None:
                    progress(base + tally.done(), base + tally.total, tally.eta())
                if cancel is not None and cancel.is_set() and tally.seen < tally.total:
                    report.cancelled = True
                    break
        self.texts.put_many(pending_texts)
        return tally.seen - tally.written

    def _create_whoosh(self):
        import shutil

        from whoosh import index

        shutil.rmtree(self.whoosh_dir, ignore_errors=True)
        self.whoosh_dir.mkdir(parents=True, exist_ok=True)
        self.texts.close()
        for path in (self.texts.path, self.manifest_path, self.packed_path):
            path.unlink(missing_ok=True)
        library_integrity.clear(self.dir)
        return index.create_in(self.whoosh_dir, library_schema())

    def _add(self, batch, entry: LibraryEntry, parsed: dict, pending: list) -> None:
        from viewer.core.search.query_builder import TEXT_FIELD

        entry.sha256 = parsed["sha256"] or entry.sha256
        entry.error = parsed["error"]
        key = storage_key(entry.rel_path)  # terms must be UTF-8; the stored path is exact
        batch.writer.delete_by_term("path", key)  # also clears leftovers of a crash
        if entry.error:
            entry.passages = 0
            batch.manifest[entry.rel_path] = entry
            self.texts.delete_many([entry.rel_path])
            return
        entry.title, entry.folded_title = parsed["title"], parsed["folded_title"]
        entry.date = parsed["date"]
        entry.book_order = parsed.get("book_order", 0)
        entry.passages = parsed["passages"]
        batch.add_document(key, entry.rel_path, **{TEXT_FIELD: parsed["body"]})
        pending.append((entry.rel_path, parsed["blobs"]))
        batch.manifest[entry.rel_path] = entry
