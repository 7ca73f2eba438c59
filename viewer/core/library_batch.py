"""The open Whoosh writer of a library update, and what committing it involves.

The file list (manifest) and the segment checksums are saved right after each commit: a
process killed between two commits leaves the documents of the last file list searchable, and
the next update adds the rest (any uncommitted segment files are referred to by nothing).
"""

from __future__ import annotations

from viewer.core import library, library_integrity
from viewer.core.errors import SearchIndexError

WRITER_LIMIT_MB = 128  # per writer process; 2 processes + pool stay far below 1 GB


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
            raise SearchIndexError("The library index is locked by another writer.") from exc

    def commit(self) -> None:
        self.writer.commit()
        self.writer = None
        library.save_manifest(self.index.manifest_path, self.index.root, self.manifest)
        library_integrity.record(self.index.dir, self.index.whoosh_dir)
        self.index.generation += 1

    def reopen(self) -> None:
        self.writer = self._new_writer()

    def cancel(self) -> None:
        if self.writer is not None:
            self.writer.cancel()
