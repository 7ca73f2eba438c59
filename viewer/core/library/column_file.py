"""Files of columns saved beside a library's index (packed_file, docnum_rows): a line naming
the format, a JSON header, then the columns' bytes.

The header says what the columns were made from (a key the reader compares with its own), the
byte order and the body's CRC-32, so that a copy made for other inputs, on another machine or
damaged on disk is never read: the reader builds the columns again instead.
"""

from __future__ import annotations

import json
import logging
import sys
import zlib
from pathlib import Path

from viewer.core.base.atomic_file import write_bytes_atomic

log = logging.getLogger(__name__)


def save(path: Path, magic: bytes, key, header: dict, body: bytes) -> None:
    """Best effort: a cache folder that cannot be written to means columns made again."""
    header = {**header, "key": key, "byteorder": sys.byteorder, "crc32": zlib.crc32(body)}
    try:
        write_bytes_atomic(path, magic + json.dumps(header).encode() + b"\n" + body)
    except OSError as exc:
        log.info("%s not saved (%s)", path.name, exc)


def load(path: Path, magic: bytes, key) -> tuple[dict, memoryview] | None:
    """(header, body) of a file saved for `key` and intact, else None."""
    try:
        data = path.read_bytes()
        if not data.startswith(magic):
            return None
        end = data.index(b"\n", len(magic))
        header = json.loads(data[len(magic) : end])
        if not isinstance(header, dict) or header.get("key") != key:
            return None
        body = memoryview(data)[end + 1 :]
        if header.get("byteorder") != sys.byteorder or zlib.crc32(body) != header.get("crc32"):
            return None
    except (OSError, ValueError) as exc:
        log.info("%s not read (%s)", path.name, exc)
        return None
    return header, body
