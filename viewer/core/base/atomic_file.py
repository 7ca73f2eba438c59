"""Write-temp-then-rename, so a crash mid-write never leaves a half-written file.

Only a regular file (or a new name) is ever written: renaming over a symlink, FIFO or device
would silently replace it with a regular file, so such a target is refused with
NotRegularFileError (both a StorageError and an OSError).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from viewer.core.base.errors import NotRegularFileError
from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate

_KINDS = (
    (stat.S_ISLNK, QT_TRANSLATE_NOOP("Files", "a symbolic link")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Files", "a FIFO (named pipe)")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Files", "a device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Files", "a device")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Files", "a socket")),
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Files", "a folder")),
)


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    write_bytes_atomic(path, text.encode(encoding))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    check_writable_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        check_writable_target(path)  # checked again: the dialog or script may have raced us
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def check_writable_target(path: Path) -> None:
    """Raise NotRegularFileError unless `path` is missing or a regular file (lstat: links too)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    except OSError:
        return  # e.g. a missing parent folder: the write itself reports that
    for test, kind in _KINDS:
        if test(mode):
            message = translate(
                "Files",
                "{name} is {kind}, not a regular file; it was left as it is. "
                "Choose another file name.",
            )
            raise NotRegularFileError(message.format(name=path.name, kind=translate("Files", kind)))
