"""File names as the OS gives them, shown and stored safely.

A name that is not valid UTF-8 arrives with surrogate escapes (so the file can still be opened);
`display_name` shows it with replacement characters, `storage_key` makes a reversible valid-UTF-8
key of it (SQLite, the Whoosh term index), `json_safe` keeps it intact through JSON.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\udc80-\udcff]")
_KEY_ESCAPE = re.compile("[\udc80-\udcff\ufffd]")
_KEY_UNESCAPE = re.compile("\ufffd(\ufffd|[0-9a-f]{2})")


def display_name(name: str) -> str:
    """`name` as valid text: bytes that were not UTF-8 become U+FFFD replacement characters."""
    if not _SURROGATE.search(name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def storage_key(rel_path: str) -> str:
    """A valid-UTF-8 key for `rel_path`, unchanged for ordinary names; `from_storage_key`
    reverses it. Escaped: each undecodable byte as U+FFFD + two hex digits, U+FFFD doubled."""
    if not _KEY_ESCAPE.search(rel_path):
        return rel_path
    return _KEY_ESCAPE.sub(_escape_char, rel_path)


def from_storage_key(key: str) -> str:
    if "\ufffd" not in key:
        return key
    return _KEY_UNESCAPE.sub(_unescape_char, key)


def _escape_char(match: re.Match) -> str:
    char = match.group()
    return "\ufffd\ufffd" if char == "\ufffd" else f"\ufffd{ord(char) - 0xDC00:02x}"


def _unescape_char(match: re.Match) -> str:
    code = match.group(1)
    return "\ufffd" if code == "\ufffd" else chr(0xDC00 + int(code, 16))


def json_safe(text: str) -> str:
    """JSON text (from json.dumps(ensure_ascii=False)) with lone surrogates written as \\u
    escapes, so it can be stored as UTF-8 and json.loads gives back the very same names."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
