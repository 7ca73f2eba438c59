"""The bookmarks database schema (the list of migrations that builds it) and the JSON schema
every import file is checked against before anything is imported.

`PRAGMA user_version` holds how many steps a file has had; opening a file runs the rest.
"""

from viewer.core.bookmarks.model import COLORS

# Index i upgrades a database from user_version i to i + 1. Never edit a released step; append.
MIGRATIONS: list[str] = [
    # 1: first release
    """
    CREATE TABLE bookmarks (
        id TEXT PRIMARY KEY,
        document_path TEXT NOT NULL,
        document_title TEXT NOT NULL DEFAULT '',
        fingerprint TEXT NOT NULL DEFAULT '',
        pane_id TEXT NOT NULL,
        heading TEXT NOT NULL DEFAULT '',
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '[]',
        color TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX bookmarks_by_path ON bookmarks(document_path);
    """,
    # 2: pane title for listing orphans, soft delete for undo, lookups by identity
    """
    ALTER TABLE bookmarks ADD COLUMN pane_title TEXT NOT NULL DEFAULT '';
    ALTER TABLE bookmarks ADD COLUMN deleted TEXT NOT NULL DEFAULT '';
    CREATE INDEX bookmarks_by_fingerprint ON bookmarks(fingerprint);
    CREATE INDEX bookmarks_by_title ON bookmarks(document_title);
    """,
    # 3: document paths that came from an import file are not opened until the user opens them
    """
    ALTER TABLE bookmarks ADD COLUMN path_unverified INTEGER NOT NULL DEFAULT 0;
    """,
]

# -- the JSON export/import format ----------------------------------------------------------

MAX_IMPORT_BYTES = 50 * 10**6  # ~100,000 bookmarks; larger files are refused unread
_MAX_OFFSET = 10**9  # offsets index a pane's text, which is far smaller than this
_UUID = "^[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}$"
FORMAT = "briefing-viewer-bookmarks"
FORMAT_VERSION = 1


def _text(limit: int = 10_000, **extra) -> dict:
    return {"type": "string", "maxLength": limit, **extra}


_OFFSET = {"type": "integer", "minimum": 0, "maximum": _MAX_OFFSET}

# Extra keys are allowed (an export of resolved bookmarks carries status, score, ...) but never
# read; every key that IS read has its type and size fixed here.
IMPORT_SCHEMA: dict = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "required": ["format", "version", "bookmarks"],
    "properties": {
        "format": {"const": FORMAT},
        "version": {"type": "integer", "minimum": 1, "maximum": 1000},
        "exported": _text(100),
        "bookmarks": {
            "type": "array",
            "maxItems": 200_000,
            "items": {
                "type": "object",
                "required": ["id", "quote", "anchor"],
                "properties": {
                    "id": _text(100, pattern=_UUID),
                    "quote": _text(1_000_000, minLength=1),
                    "note": _text(100_000),
                    "tags": {"type": "array", "maxItems": 1000, "items": _text(200)},
                    "color": {"enum": list(COLORS)},
                    "document_path": _text(4096),
                    "document_title": _text(),
                    "created": _text(100),
                    "updated": _text(100),
                    "deleted": _text(100),
                    "anchor": {
                        "type": "object",
                        "properties": {
                            "prefix": _text(),
                            "suffix": _text(),
                            "pane_id": _text(),
                            "pane_title": _text(),
                            "heading": _text(),
                            "start": _OFFSET,
                            "end": _OFFSET,
                            "fingerprint": _text(200),
                        },
                    },
                },
            },
        },
    },
}
