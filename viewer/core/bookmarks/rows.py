"""How a Bookmark maps to a row of the `bookmarks` table, and back.

SQLite keeps whatever type a value was written with, so a file edited by another tool, or
salvaged from damage, can hold text where an offset belongs or broken JSON in `tags`. Reading
never trusts that: each value is coerced to its field's type, and a row without a usable id
or quote is skipped (None) instead of breaking every listing.
"""

from __future__ import annotations

import json

from viewer.core.bookmarks.anchoring import Anchor
from viewer.core.bookmarks.model import COLORS, DEFAULT_COLOR, Bookmark
from viewer.core.text.file_names import from_storage_key, storage_key

COLUMNS = (
    "id, document_path, document_title, fingerprint, pane_id, pane_title, heading, quote, "
    "prefix, suffix, start_offset, end_offset, note, tags, color, created, updated, deleted, "
    "path_unverified"
)
COLUMN_NAMES = [name.strip() for name in COLUMNS.split(",")]
MARKS = ", ".join("?" * len(COLUMN_NAMES))
_MAX_OFFSET = 10**9


def to_row(b: Bookmark) -> tuple:
    a = b.anchor
    return (
        b.id, storage_key(b.document_path), b.document_title, a.fingerprint, a.pane_id,
        a.pane_title, a.heading, a.quote, a.prefix, a.suffix, a.start, a.end, b.note,
        json.dumps(list(b.tags), ensure_ascii=False), b.color, b.created, b.updated, b.deleted,
        int(b.path_unverified),
    )  # fmt: skip


def from_row(row: tuple) -> Bookmark | None:
    """The bookmark a row holds, or None when the row has no usable id or quote."""
    (id_, path, title, fingerprint, pane_id, pane_title, heading, quote, prefix, suffix,
     start, end, note, tags, color, created, updated, deleted, unverified) = row  # fmt: skip
    if not (isinstance(id_, str) and id_ and isinstance(quote, str) and quote):
        return None
    anchor = Anchor(
        quote, _text(prefix), _text(suffix), _text(pane_id), _offset(start), _offset(end),
        _text(pane_title), _text(heading), _text(fingerprint),
    )  # fmt: skip
    return Bookmark(
        id_, anchor, from_storage_key(_text(path)), _text(title), _text(note), _tags(tags),
        color if color in COLORS else DEFAULT_COLOR, _text(created), _text(updated),
        _text(deleted), unverified != 0,
    )  # fmt: skip


def _text(value) -> str:
    if isinstance(value, str):
        return value
    return "" if value is None or isinstance(value, bytes) else str(value)


def _offset(value) -> int:
    if isinstance(value, int) and 0 <= value <= _MAX_OFFSET:
        return value
    return 0  # a wrong offset only costs the fast path: the quote is still searched for


def _tags(value) -> tuple[str, ...]:
    try:
        tags = json.loads(value) if isinstance(value, str) else []
    except ValueError:
        return ()
    return tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else ()
