"""A named pipe that notices when anything opens it for reading, without hanging the test.

A reader of a FIFO blocks until a writer appears. The probe's watcher keeps trying to open the
pipe for writing without blocking: that only succeeds while a reader is waiting, so success
means "something read this path" (recorded), and closing at once hands the reader an EOF
instead of leaving it stuck. The log line is written before the close, so once a reader got
its EOF the read is on record. The watcher is a separate process, not a thread: a GUI thread
blocked inside Qt's open() may hold the GIL, and a thread could then never unblock it.

On exit the pipe is renamed first (later opens of the path then fail at once) and the watcher
keeps serving the renamed pipe for a moment, so no reader is left blocked on it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

_WATCH = r"""
import errno, os, sys, time
path, log = sys.argv[1], sys.argv[2]
while True:
    try:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except FileNotFoundError:
            fd = os.open(path + ".gone", os.O_WRONLY | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno not in (errno.ENXIO, errno.ENOENT):
            raise
        time.sleep(0.005)
        continue
    with open(log, "a") as out:
        out.write("read\n")
    os.close(fd)
    time.sleep(0.005)
"""


class FifoProbe:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._log = self.path.with_name(self.path.name + ".reads")
        self._watcher: subprocess.Popen | None = None

    def __enter__(self) -> FifoProbe:
        os.mkfifo(self.path)
        self._watcher = subprocess.Popen(
            [sys.executable, "-c", _WATCH, str(self.path), str(self._log)]
        )

        return self

    def __exit__(self, *_exc) -> None:
        os.rename(self.path, self.path.with_name(self.path.name + ".gone"))
        time.sleep(0.1)  # the watcher unblocks whoever opened the pipe just before the rename
        self._watcher.terminate()
        self._watcher.wait(10)

    @property
    def reads(self) -> int:
        try:
            return self._log.read_text().count("read")
        except FileNotFoundError:
            return 0

    @property
    def was_read(self) -> bool:
        return self.reads > 0
