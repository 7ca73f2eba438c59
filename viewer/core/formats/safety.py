"""Checks made before a converter touches a file: regular file, size cap, zip-bomb guard."""

from __future__ import annotations

import os
import stat
import zipfile

from viewer.core.base.errors import DocumentError
from viewer.core.formats.registry import MAX_INPUT_BYTES
from viewer.core.i18n.catalogue import translate

MAX_UNZIPPED_BYTES = 512 * 2**20
MAX_ZIP_RATIO = 200  # Office XML compresses ~10x; a bomb compresses 1000x and more


def read_capped(path: str, kind: str) -> bytes:
    """The file's bytes, or DocumentError: not a regular file, too large, or a zip bomb."""
    cap = MAX_INPUT_BYTES[kind]
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        message = translate("Formats", "it cannot be read ({reason})")
        raise DocumentError(message.format(reason=exc.strerror or exc)) from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(translate("Formats", "it is not a regular file"))
        if info.st_size > cap:
            message = translate("Formats", "it is {size} MB; at most {cap} MB are read")
            raise DocumentError(
                message.format(size=f"{info.st_size / 2**20:.0f}", cap=cap // 2**20)
            )
        data = handle.read(cap + 1)
    if len(data) > cap:
        message = translate("Formats", "it is larger than {cap} MB")
        raise DocumentError(message.format(cap=cap // 2**20))
    if not data and kind in ("docx", "pdf"):  # as an empty Markdown file is (a web page of
        # nothing converts to an empty text, with a note)
        raise DocumentError(translate("Formats", "it is empty (0 bytes)"))
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
        return translate("Formats", "File not found: {path}").format(path=path)
    try:
        read_capped(os.fspath(path), kind_of(path) or "pdf")
    except DocumentError as exc:
        return translate("Formats", "{name} cannot be opened: {reason}").format(
            name=path.name, reason=exc
        )
    return None


def _check_zip(path: str, size: int) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(item.file_size for item in archive.infolist())
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        message = translate("Formats", "it is not a valid .docx file (not a zip package)")
        raise DocumentError(message) from exc
    if total > MAX_UNZIPPED_BYTES or total > max(size, 1) * MAX_ZIP_RATIO:
        message = translate(
            "Formats", "it unpacks to {total} MB from {size} MB (a zip bomb?); not opened"
        )
        raise DocumentError(
            message.format(total=f"{total / 2**20:,.0f}", size=f"{size / 2**20:.1f}")
        )
    if "[Content_Types].xml" not in names:  # every Word package has it: another zip renamed
        message = translate("Formats", "it is not a valid .docx file (a zip with no Word text)")
        raise DocumentError(message)
