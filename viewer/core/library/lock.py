"""One writer per library index across processes: two windows (or a window and the CLI) that
open the same folder share one index folder, and Whoosh's own write lock is taken too late
(after a first index has already cleared the folder another process is writing into).

An OS file lock (flock / msvcrt) on `update.lock` in the index folder: the OS drops it when
the holder dies, so a crashed window never leaves the library locked.
"""

from __future__ import annotations

import os
from pathlib import Path

LOCK_NAME = "update.lock"


class IndexLock:
    def __init__(self, index_dir: Path) -> None:
        self.path = Path(index_dir) / LOCK_NAME
        self._handle = None

    def acquire(self) -> bool:
        """Take the lock if no other process holds it; never waits."""
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            _lock(handle)
        except OSError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            try:
                _unlock(handle)
            finally:
                handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None


if os.name == "nt":
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
