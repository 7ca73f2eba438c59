"""Reading document files: size limits, binary detection, encoding detection.

Chinese documents arrive as UTF-8, UTF-8 with BOM, UTF-16 (Windows "Unicode") and GB18030
(the superset of GBK/GB2312 that most older Chinese files use), so each is tried explicitly
before falling back to charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from viewer.core.base.errors import DocumentError
from viewer.core.i18n.catalogue import translate

MAX_BYTES = 64 * 1024 * 1024  # larger files are refused with a message, not read into memory
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class LoadedText:
    text: str
    encoding: str


def read_regular_file(path: Path | str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of `path` if it is a regular file of at most `limit` bytes, else DocumentError.

    The one rule for reading a document: pipes, devices and sockets are refused (a FIFO would
    block forever, /dev/zero would fill memory), the size is checked before reading, and the
    read itself is capped in case the file grows meanwhile."""
    data = _read_capped(Path(path), limit + 1, limit)
    _check_size(Path(path), len(data), limit)  # the file grew after the size check
    return data


def read_file_head(path: Path | str, nbytes: int, limit: int = MAX_BYTES) -> bytes:
    """The first `nbytes` of a regular file of at most `limit` bytes (else DocumentError)."""
    return _read_capped(Path(path), nbytes, limit)


def _read_capped(path: Path, nbytes: int, limit: int) -> bytes:
    # O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer that never comes.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise DocumentError(
            translate("Document", "File not found: {path}").format(path=path)
        ) from exc
    except IsADirectoryError as exc:
        raise DocumentError(_folder_message(path)) from exc
    except PermissionError as exc:
        raise DocumentError(
            translate("Document", "No permission to read {path}.").format(path=path)
        ) from exc
    except OSError as exc:
        raise DocumentError(_cannot_read(path, exc)) from exc
    try:
        _check_regular(path, os.fstat(fd), limit)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(nbytes)
    except OSError as exc:
        raise DocumentError(_cannot_read(path, exc)) from exc
    finally:
        os.close(fd)


def _check_regular(path: Path, status: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise DocumentError(_folder_message(path))
    if not stat.S_ISREG(status.st_mode):
        raise DocumentError(
            translate(
                "Document",
                "{name} is not a regular file (a pipe, device or socket); "
                "only files can be opened as documents.",
            ).format(name=path.name)
        )
    _check_size(path, status.st_size, limit)


def _check_size(path: Path, size: int, limit: int) -> None:
    if size > limit:
        raise DocumentError(
            translate(
                "Document", "{name} is {size}; documents larger than {limit} are not opened."
            ).format(name=path.name, size=_megabytes(size), limit=_megabytes(limit))
        )


def _megabytes(size: int) -> str:
    if size >= 2**20:
        return f"{size / 2**20:.{0 if size % 2**20 == 0 else 1}f} MB"
    return f"{size / 2**10:.0f} KB"


def _cannot_read(path: Path, exc: OSError) -> str:
    return translate("Document", "Cannot read {path}: {reason}.").format(
        path=path, reason=exc.strerror or exc
    )


def _folder_message(path: Path) -> str:
    return translate(
        "Document", "{path} is a folder, not a document (open it as a library instead)."
    ).format(path=path)


def _empty(name: str) -> str:
    return translate("Document", "{name} is empty.").format(name=name)


def read_document_text(path: Path | str) -> LoadedText:
    """Read a text file the way a reader expects, or raise DocumentError saying why not."""
    path = Path(path)
    if path.is_file():  # web pages, Word and PDF files come back converted (their own caps)
        converted = read_converted(path)
        if converted is not None:
            return converted
    data = read_regular_file(path)
    if not data.strip():
        raise DocumentError(_empty(path.name))
    return decode_bytes(data, name=path.name)


def read_converted(path: Path) -> LoadedText | None:
    """Web pages, Word and PDF files as Markdown from their converter; None for text files;
    DocumentError for a format that is known but not supported."""
    from viewer.core.formats.registry import kind_of, unsupported_reason

    reason = unsupported_reason(path)
    if reason:
        raise DocumentError(reason)
    kind = kind_of(path)
    if kind is None:
        return None
    from viewer.core.formats.cache import convert_file

    return LoadedText(convert_file(path), kind)


def decode_bytes(data: bytes, name: str = "document", complete: bool = True) -> LoadedText:
    """Decode a document's bytes; `complete=False` for a prefix of a file, whose last character
    may be cut in half (a 3-byte UTF-8 character across the cut is not a decoding error)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _loaded(data, encoding, complete, errors="replace")
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        return _loaded(data, utf16, complete, errors="replace")
    if _looks_binary(data):
        raise DocumentError(
            translate("Document", "{name} is a binary file, not a text document.").format(name=name)
        )
    for encoding in ("utf-8", "gb18030"):
        try:
            return _loaded(data, encoding, complete)
        except UnicodeDecodeError:
            continue
    return _guess_with_charset_normalizer(data, name, complete)


def sniff_document(path: Path | str, nbytes: int) -> LoadedText:
    """Decode the first `nbytes` of `path`: the checks read_document_text makes, without
    reading a big file whole."""
    path = Path(path)
    data = read_file_head(path, nbytes)
    if not data.strip():
        raise DocumentError(_empty(path.name))
    return decode_bytes(data, name=path.name, complete=len(data) < nbytes)


def _loaded(data: bytes, encoding: str, complete: bool, errors: str = "strict") -> LoadedText:
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    text = decoder.decode(data, final=complete)
    return LoadedText(_normalise_newlines(text), encoding)


def _guess_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII/CJK text has a zero byte in most odd or even positions."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_zero = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _guess_with_charset_normalizer(data: bytes, name: str, complete: bool) -> LoadedText:
    from charset_normalizer import from_bytes  # imported lazily: rarely needed

    best = from_bytes(data[: 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise DocumentError(
            translate(
                "Document",
                "{name} is not in a text encoding Briefing Viewer recognises "
                "(tried UTF-8, UTF-16 and GB18030).",
            ).format(name=name)
        )
    try:
        return _loaded(data, best.encoding, complete)
    except (UnicodeDecodeError, LookupError) as exc:
        message = translate("Document", "{name} could not be decoded as {encoding}.")
        raise DocumentError(message.format(name=name, encoding=best.encoding)) from exc


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
