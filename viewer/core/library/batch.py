"""The open Whoosh writer of a library update, and what committing it involves.

The file list (manifest) and the segment checksums are saved right after each commit: a
process killed between two commits leaves the documents of the last file list searchable, and
the next update adds the rest (any uncommitted segment files are referred to by nothing).
`Tally` decides when a batch is full and how far the update has come.
"""

from __future__ import annotations

import time

from viewer.core.base.errors import SearchIndexError
from viewer.core.library import integrity as library_integrity
from viewer.core.library import messages
from viewer.core.library import scan as library
from viewer.core.library.messages import Message

WRITER_LIMIT_MB = 128  # per writer process; 2 processes + pool stay far below 1 GB
# Documents per commit: an eighth of the update, within these bounds (9 commits for the laws).
# Smaller batches cost no measurable time (400 laws: 36.9 s in 4 commits, 38.2 s in 1).
COMMIT_EVERY = 400
MIN_BATCH = 50
MIN_BATCH_BYTES = 1 << 20
# Share of a document's indexing time spent before its commit (parsing, handing it to the
# writer): 12-17% measured on 400 laws. The rest is credited when its batch is written.
PARSE_SHARE = 0.15


class IndexBatch:
    """One update's writer; `commit()` then `reopen()` starts the next batch of documents."""

    def __init__(self, index, ix, manifest: dict, big: bool, procs: int) -> None:
        self.index, self.ix, self.manifest, self.big, self.procs = index, ix, manifest, big, procs
        self.writer = self._new_writer()

    def _new_writer(self):
        from whoosh.index import LockError

        try:
            # compound=False: whoosh-reloaded reads a compound segment's postings into a BytesIO
            # copy when it opens it (measured: +164 MB RSS for the laws); plain files are not
            if self.big:
                return self.ix.writer(
                    procs=self.procs, multisegment=True, limitmb=WRITER_LIMIT_MB, compound=False
                )
            return self.ix.writer(limitmb=WRITER_LIMIT_MB, compound=False)
        except LockError as exc:
            raise SearchIndexError(Message(messages.locked_by_writer)) from exc

    def commit(self, final: bool = True) -> None:
        """`final`: the update's last commit. Earlier ones merge no segments: re-writing the
        segments of earlier batches made the first index of 439 laws 20% slower."""
        self.writer.commit(merge=final)
        self.writer = None
        library.save_manifest(self.index.manifest_path, self.index.root, self.manifest)
        library_integrity.record(self.index.dir, self.index.whoosh_dir)
        self.index.generation += 1

    def reopen(self) -> None:
        self.writer = self._new_writer()

    def cancel(self) -> None:
        if self.writer is not None:
            self.writer.cancel()


class Tally:
    """Progress of one update. A document counts as done once written (PARSE_SHARE of it when
    parsed); the time left is worked out from bytes, since file sizes differ 1000× (the laws:
    1 KB to 1 MB), and batches are cut by bytes too, so commits come at an even pace."""

    def __init__(self, todo: list, commit_every: int) -> None:
        self.sizes = {e.rel_path: max(1, e.size) for e in todo}
        self.total, self.total_bytes = len(todo), sum(self.sizes.values())
        self.batch_docs = min(commit_every, max(MIN_BATCH, self.total // 8))
        self.batch_bytes = max(MIN_BATCH_BYTES, self.total_bytes // 8)
        self.seen = self.written = self.seen_bytes = self.written_bytes = 0
        self.started = time.monotonic()

    def parsed(self, rel_path: str) -> None:
        self.seen += 1
        self.seen_bytes += self.sizes[rel_path]

    def batch_full(self) -> bool:
        if self.seen >= self.total:
            return False  # the last batch is committed by the caller
        pending = self.seen - self.written, self.seen_bytes - self.written_bytes
        return pending[0] >= self.batch_docs or pending[1] >= self.batch_bytes

    def committed(self) -> None:
        self.written, self.written_bytes = self.seen, self.seen_bytes

    def done(self) -> int:
        return self.written + int((self.seen - self.written) * PARSE_SHARE)

    def eta(self) -> float | None:
        pending = self.seen_bytes - self.written_bytes
        share = (self.written_bytes + pending * PARSE_SHARE) / self.total_bytes
        if self.seen < 3 or share <= 0:
            return None
        return (time.monotonic() - self.started) / share * (1 - share)
