"""The open Whoosh writer of a library update, and what committing it involves.

The file list (manifest) and the segment checksums are saved right after each commit: a
process killed between two commits leaves the documents of the last file list searchable, and
the next update adds the rest (any uncommitted segment files are referred to by nothing).
`progress.Tally` decides when a batch is full and how far the update has come.
"""

from __future__ import annotations

import logging

from viewer.core.base.errors import SearchIndexError
from viewer.core.library import integrity as library_integrity
from viewer.core.library import manifest_file, messages
from viewer.core.library.messages import Message

# Per writer process (Whoosh's estimate; it writes a sorted run to disk above it). A batch of a
# quarter of the laws is ~370,000 postings per writer, ~63 MB by this estimate: nothing spills,
# and the largest writer process peaked at 230 MB RSS.
WRITER_LIMIT_MB = 128
# Documents per job of Whoosh's multi-process writer. Its default (100) gave a batch of fewer
# than 100 documents to one writer process; small jobs are taken by whichever process is free,
# so both work to the end of each batch although the laws differ 1000x in size.
JOB_DOCS = 8
# Commits of a big update. Each adds a segment per writer process, and every segment costs
# each query a term lookup and the index its own term dictionary: on a fifth of the laws, 4
# commits (10 segments) against 8 (18): 9% less CPU, 13% less disk, the same wall time, and
# query medians 1.4 against 2.0 ms. 4 commits of the laws come every ~16 s, as 9 did when the
# build took 143 s. The bounds below keep small updates in one commit and cap huge ones.
BATCHES = 4
COMMIT_EVERY = 5000
MIN_BATCH = 50
# The last commit merges only segments of fewer documents than this (small updates' segments),
# or with more than half their documents deleted. Whoosh's own policy (MERGE_SMALL) merged 15
# of the laws' 18 batch segments at the end, in one process, rewriting every posting: as long
# as writing them had taken (on a fifth of the laws, 9.9 s of a 40 s build).
SMALL_SEGMENT = 24  # index.SMALL_UPDATE: the most an in-process update writes
MIN_BATCH_BYTES = 1 << 20
log = logging.getLogger(__name__)


class IndexBatch:
    """One update's writer; `commit()` then `reopen()` starts the next batch of documents."""

    def __init__(
        self, index, ix, manifest: dict, big: bool, procs: int, report=None, phase=None
    ) -> None:
        self.index, self.ix, self.manifest, self.big, self.procs = index, ix, manifest, big, procs
        self.writer = self._new_writer()
        self.handed: dict[str, str] = {}  # path term -> rel_path, given to the writer uncommitted
        self.report = report  # an UpdateReport: lost files move from added/changed to lost
        self.phase = phase or (lambda _message: None)  # the update's step callback

    def add_document(self, key: str, rel_path: str, **fields) -> None:
        self.writer.add_document(path=key, _stored_path=rel_path, **fields)
        self.handed[key] = rel_path

    def _new_writer(self):
        from whoosh.index import LockError

        # compound=False: whoosh-reloaded reads a compound segment's postings into a BytesIO
        # copy when it opens it (measured: +164 MB RSS for the laws); plain files are not
        options = dict(limitmb=WRITER_LIMIT_MB, compound=False, codec=_codec())
        if self.big:
            options.update(procs=self.procs, multisegment=True, batchsize=JOB_DOCS)
        try:
            return self.ix.writer(**options)
        except LockError as exc:
            raise SearchIndexError(Message(messages.locked_by_writer)) from exc

    def commit(self, final: bool = True) -> None:
        """`final`: the update's last commit, which merges small segments only (SMALL_SEGMENT).
        Earlier ones merge none: re-writing the segments of earlier batches made the first
        index of 439 laws 20% slower."""
        if final:
            self.writer.commit(mergetype=merge_small_segments)
        else:
            self.writer.commit(merge=False)
        self.writer = None
        self._forget_lost()
        manifest_file.save_manifest(self.index.manifest_path, self.index.root, self.manifest)
        library_integrity.record(self.index.dir, self.index.whoosh_dir)
        self.index.generation += 1

    def _forget_lost(self) -> None:
        """Whoosh's multi-process commit goes on without the documents of a writer process that
        died (killed, out of memory). Such files are left out of the file list, so the next
        update indexes them rather than taking them as done."""
        handed, self.handed = self.handed, {}
        if not handed:
            return
        with self.ix.reader() as reader:
            missing = [rel for key, rel in handed.items() if not _live(reader, key)]
        for rel_path in missing:
            self.manifest.pop(rel_path, None)
            log.warning("library: %s missing after the commit; the next update adds it", rel_path)
        if self.report is not None and missing:
            self.report.forget(missing)
            self.report.lost.extend(missing)

    def next_batch(self, tally) -> None:
        """Commit the documents parsed so far and go on. Says so first: on a big folder a
        commit takes seconds (12-19 s on the laws) while the count stands still."""
        self.phase(Message(messages.writing_batch, tally.seen - tally.written))
        self.commit(final=False)
        self.reopen()
        tally.committed()

    def reopen(self) -> None:
        self.writer = self._new_writer()

    def cancel(self) -> None:
        if self.writer is not None:
            end_writer_processes(self.writer)  # before cancel() deletes the files they write
            self.writer.cancel()

    def discard(self) -> list[str]:
        """Drop the uncommitted documents now (a reader's Cancel: committing a big batch took
        8 s on the laws); returns their paths, which the next update indexes again. The file
        list stays as last committed; the segment files begun are referred to by nothing."""
        dropped, self.handed = list(self.handed.values()), {}
        for rel_path in dropped:
            self.manifest.pop(rel_path, None)
        self.cancel()
        self.writer = None
        return dropped


def end_writer_processes(writer) -> None:
    """Whoosh's multi-process writer (whoosh-reloaded 2.7.5, pinned) keeps its sub-writer
    processes in `tasks`, and its cancel() only flips a flag in this process's copy of them:
    they would wait on the job queue for ever. A writer without `tasks` has none to end."""
    for task in getattr(writer, "tasks", ()):
        task.terminate()
        task.join(5)


def _live(reader, key: str) -> bool:
    """A live (not deleted) document holds this path term."""
    from whoosh.reading import TermNotFound

    try:
        ids = reader.postings("path", key).all_ids()
    except TermNotFound:
        return False
    return any(not reader.is_deleted(n) for n in ids)


def merge_small_segments(writer, segments) -> list:
    """A Whoosh merge policy (commit(mergetype=...)): merges the small and mostly deleted
    segments into the writer's own, keeps the others as they are."""
    from whoosh.reading import SegmentReader

    def worth(segment) -> bool:
        count = segment.doc_count_all()
        return count < SMALL_SEGMENT or segment.deleted_count() * 2 > count

    merged = [s for s in segments if worth(s)]
    if len(merged) < 2 and not any(s.deleted_count() for s in merged):
        return list(segments)  # one small segment alone: nothing to gain
    for segment in merged:
        with SegmentReader(writer.storage, writer.schema, segment) as reader:
            writer.add_reader(reader)
    return [s for s in segments if s not in merged]


def _codec():
    from viewer.core.library.codec import LibraryCodec

    return LibraryCodec()
