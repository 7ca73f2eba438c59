"""Opening the bookmarks' SQLite file: switching it to WAL (with the retry a race needs) and
telling a damaged file from other errors."""

from __future__ import annotations

import sqlite3
import time

_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def is_corrupt(error: sqlite3.DatabaseError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _CORRUPT_CODES:
        return True
    text = str(error).lower()
    return "not a database" in text or "malformed" in text


def set_wal(conn: sqlite3.Connection, busy_timeout_ms: int) -> None:
    """Switch to WAL. SQLite answers "database is locked" at once, without its busy handler,
    when another process is creating or converting the same new file: wait a little and retry
    (within the busy timeout) instead of taking a race for a read-only data folder."""
    deadline = time.monotonic() + busy_timeout_ms / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
