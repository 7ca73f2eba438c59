"""The bookmarks database schema, as the list of migrations that builds it.

`PRAGMA user_version` holds how many steps a file has had; opening a file runs the rest.
"""

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
]
