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

from viewer.core.base.errors import NotRegularFileError, StorageError
from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate

_KINDS = (
    (stat.S_ISLNK, QT_TRANSLATE_NOOP("Files", "a symbolic link")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Files", "a FIFO (named pipe)")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Files", "a device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Files", "a device")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Files", "a socket")),
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Files", "a folder")),
)


# The process's umask, read once at import (reading it means setting it, which must not race
# another thread's file creation): a new file gets the mode any other file of the user gets,
# not mkstemp's owner-only 0600.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    write_bytes_atomic(path, text.encode(encoding))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    path = Path(path)
    check_writable_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        _give_mode(fd, path)
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


def _give_mode(fd: int, path: Path) -> None:
    """The replaced file's permissions, or a new file's usual ones (0666 less the umask)."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = 0o666 & ~_UMASK
    with contextlib.suppress(AttributeError, OSError):  # no fchmod on Windows
        os.fchmod(fd, mode)


def check_new_output(path: Path, sources: tuple = ()) -> None:
    """A file the reader names for a command's output: its folder must exist (a mistyped
    folder must not be created), and it must not be a file the command reads."""
    path = Path(path)
    if not path.parent.is_dir():
        message = translate("Files", "There is no folder {folder}; nothing was written.")
        raise StorageError(message.format(folder=path.parent))
    for source in sources:
        with contextlib.suppress(OSError):
            if source is not None and os.path.samefile(path, source):
                message = translate(
                    "Files", "{name} is the file being read; choose another file to write."
                )
                raise StorageError(message.format(name=path.name))


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
