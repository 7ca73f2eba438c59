"""Checks made before a converter touches a file: regular file, size cap, zip-bomb guard."""

from __future__ import annotations

import os
import stat
import zipfile

from viewer.core.base.errors import DocumentError
from viewer.core.formats.registry import MAX_INPUT_BYTES

MAX_UNZIPPED_BYTES = 512 * 2**20
MAX_ZIP_RATIO = 200  # Office XML compresses ~10x; a bomb compresses 1000x and more


def read_capped(path: str, kind: str) -> bytes:
    """The file's bytes, or DocumentError: not a regular file, too large, or a zip bomb."""
    cap = MAX_INPUT_BYTES[kind]
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise DocumentError(f"it cannot be read ({exc.strerror or exc})") from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError("it is not a regular file")
        if info.st_size > cap:
            raise DocumentError(
                f"it is {info.st_size / 2**20:.0f} MB; at most {cap // 2**20} MB are read"
            )
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise DocumentError(f"it is larger than {cap // 2**20} MB")
    if kind == "docx":
        _check_zip(path, len(data))
    return data


def quick_check(path) -> str | None:
    """What the console says before the window opens: a one-line reason, or None (no conversion)."""
    from pathlib import Path

    from viewer.core.formats.registry import kind_of, unsupported_reason

    path = Path(path)
    reason = unsupported_reason(path)
    if reason:
        return reason
    if not path.exists():
        return f"File not found: {path}"
    try:
        read_capped(os.fspath(path), kind_of(path) or "pdf")
    except DocumentError as exc:
        return f"{path.name} cannot be opened: {exc}"
    return None


def _check_zip(path: str, size: int) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(item.file_size for item in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise DocumentError("it is not a valid .docx file (not a zip package)") from exc
    if total > MAX_UNZIPPED_BYTES or total > max(size, 1) * MAX_ZIP_RATIO:
        raise DocumentError(
            f"it unpacks to {total / 2**20:,.0f} MB from {size / 2**20:.1f} MB "
            "(a zip bomb?); not opened"
        )
