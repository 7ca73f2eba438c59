"""Reading document files: size limits, binary detection, encoding detection.

Chinese documents arrive as UTF-8, UTF-8 with BOM, UTF-16 (Windows "Unicode") and GB18030
(the superset of GBK/GB2312 that most older Chinese files use), so each is tried explicitly
before falling back to charset-normalizer's guess.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from viewer.core.errors import DocumentError

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


def read_document_text(path: Path | str) -> LoadedText:
    """Read a text file the way a reader expects, or raise DocumentError saying why not."""
    path = Path(path)
    if not path.exists():
        raise DocumentError(f"File not found: {path}")
    if path.is_dir():
        raise DocumentError(f"{path} is a folder, not a document (open it as a library instead).")
    converted = read_converted(path)
    if converted is not None:
        return converted
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DocumentError(
                f"{path.name} is {size / 1e6:.0f} MB; documents larger than "
                f"{MAX_BYTES // 2**20} MB are not opened."
            )
        data = path.read_bytes()
    except PermissionError as exc:
        raise DocumentError(f"No permission to read {path}.") from exc
    except OSError as exc:
        raise DocumentError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if not data.strip():
        raise DocumentError(f"{path.name} is empty.")
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


def decode_bytes(data: bytes, name: str = "document") -> LoadedText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return LoadedText(_normalise_newlines(data.decode(encoding, "replace")), encoding)
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        return LoadedText(_normalise_newlines(data.decode(utf16, "replace")), utf16)
    if _looks_binary(data):
        raise DocumentError(f"{name} is a binary file, not a text document.")
    for encoding in ("utf-8", "gb18030"):
        try:
            return LoadedText(_normalise_newlines(data.decode(encoding)), encoding)
        except UnicodeDecodeError:
            continue
    return _guess_with_charset_normalizer(data, name)


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


def _guess_with_charset_normalizer(data: bytes, name: str) -> LoadedText:
    from charset_normalizer import from_bytes  # imported lazily: rarely needed

    best = from_bytes(data[: 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise DocumentError(
            f"{name} is not in a text encoding Briefing Viewer recognises "
            "(tried UTF-8, UTF-16 and GB18030)."
        )
    try:
        return LoadedText(_normalise_newlines(data.decode(best.encoding)), best.encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise DocumentError(f"{name} could not be decoded as {best.encoding}.") from exc


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
