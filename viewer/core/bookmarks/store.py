"""Bookmarks on disk: one SQLite file at `app_paths().bookmarks_db`.

Guarantees, each tested with real files and processes:
- every change is one transaction (`BEGIN IMMEDIATE` ... `COMMIT`); a method returns only after
  the commit, so anything acknowledged survives the process being killed;
- WAL journal + a busy timeout, so two app instances (or the CLI beside the app) can add at the
  same time without losing or refusing writes;
- the schema version lives in `PRAGMA user_version`; MIGRATIONS upgrade any older file;
- a damaged file is moved aside as `bookmarks.sqlite3.corrupt-YYYYMMDD-HHMMSS`, a fresh one
  started, and every row still readable in the damaged file copied into it (bookmark_salvage);
  `notice` tells the caller how many, so the UI can say so;
- when the data dir cannot be written, the store opens read-only (if there is a file) and every
  change raises StorageError with a sentence saying why.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import urllib.parse
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from viewer.core.base.errors import StorageError
from viewer.core.base.paths import app_paths
from viewer.core.bookmarks import notices
from viewer.core.bookmarks.model import Bookmark
from viewer.core.bookmarks.rows import COLUMN_NAMES, COLUMNS, MARKS, from_row, to_row
from viewer.core.bookmarks.salvage import salvage_rows
from viewer.core.bookmarks.schema import MIGRATIONS
from viewer.core.bookmarks.sqlite_file import is_corrupt, set_wal
from viewer.core.text.file_names import storage_key

log = logging.getLogger(__name__)
BUSY_TIMEOUT_MS = 15_000

SCHEMA_VERSION = len(MIGRATIONS)


class BookmarkStore:
    def __init__(self, path: Path | str | None = None, *, read_only: bool = False):
        """Open (creating if needed) the database; `read_only` opens it for reading only."""
        self.path = Path(path) if path else app_paths().bookmarks_db
        self.notice = ""  # a sentence for the user when opening needed a repair or fallback
        self.read_only = False
        self._why_read_only = ""
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = (
            self._open_read_only(None) if read_only else self._open()
        )

    # -- opening -------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection | None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            return self._open_writable()
        except sqlite3.DatabaseError as error:
            if is_corrupt(error):
                try:
                    return self._replace_damaged(error)
                except OSError as move_error:
                    return self._salvage_in_memory(move_error)
            return self._open_read_only(error)
        except OSError as error:
            return self._open_read_only(error)

    def _replace_damaged(self, error: sqlite3.DatabaseError) -> sqlite3.Connection:
        moved = self._move_aside()
        conn = self._open_writable()
        recovered = self._recover(conn, moved)
        self.notice = notices.damaged(moved.name, recovered)
        log.warning("%s (%s)", self.notice, error)
        return conn

    def _salvage_in_memory(self, error: OSError) -> sqlite3.Connection:
        """The damaged file cannot be set aside: show what is readable in it, change nothing."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self._migrate(conn)
        recovered = self._recover(conn, self.path)
        self.read_only = True
        self._why_read_only = notices.damaged_and_locked(self.path.parent, _reason(error))
        self.notice = f"{self._why_read_only} {notices.readable_shown(recovered)}"
        log.warning(self.notice)
        return conn

    def _open_writable(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            set_wal(conn, BUSY_TIMEOUT_MS)
            # FULL also survives power loss, not just a killed process; writes are few and small.
            conn.execute("PRAGMA synchronous = FULL")
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed: {check}")
            self._migrate(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _migrate(self, conn: sqlite3.Connection) -> None:
        if conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read again under the write lock: another process may have migrated meanwhile.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for step in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _recover(self, conn: sqlite3.Connection, damaged: Path) -> int:
        """Copy every row still readable in `damaged` into the fresh database; how many."""
        salvaged = (from_row(row) for row in salvage_rows(damaged, COLUMN_NAMES))
        rows = [to_row(bookmark) for bookmark in salvaged if bookmark is not None]
        sql = f"INSERT OR IGNORE INTO bookmarks ({COLUMNS}) VALUES ({MARKS})"
        conn.execute("BEGIN IMMEDIATE")
        try:
            added = sum(conn.execute(sql, row).rowcount for row in rows)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return added

    def _move_aside(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 2
        while target.exists():
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
            n += 1
        os.replace(self.path, target)
        for suffix in ("-wal", "-shm"):  # they belong to the damaged file, not the new one
            side = Path(f"{self.path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{target}{suffix}"))
        return target

    def _open_read_only(self, error: Exception | None) -> sqlite3.Connection | None:
        self.read_only = True
        if error is None:
            self._why_read_only = notices.opened_read_only()
        else:
            self._why_read_only = notices.folder_not_writable(self.path.parent, _reason(error))
            self.notice = f"{self._why_read_only} {notices.still_readable()}"
            log.warning(self.notice)
        if not self.path.is_file():
            return None
        uri = "file:" + urllib.parse.quote(str(self.path.resolve()))
        # mode=ro still wants to create the -shm file of a WAL database; immutable does not.
        for query in ("?mode=ro", "?immutable=1"):
            try:
                conn = sqlite3.connect(uri + query, uri=True, check_same_thread=False)
                conn.execute("SELECT count(*) FROM bookmarks").fetchone()
                return conn
            except sqlite3.DatabaseError:
                continue
        return None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> BookmarkStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading -------------------------------------------------------------------------

    def schema_version(self) -> int:
        return self._query("PRAGMA user_version")[0][0] if self._conn else 0

    def get(self, bookmark_id: str, *, include_deleted: bool = True) -> Bookmark | None:
        rows = self._select(
            "id = ?" + ("" if include_deleted else " AND deleted = ''"), bookmark_id
        )
        return rows[0] if rows else None

    def all(self, *, include_deleted: bool = False) -> list[Bookmark]:
        return self._select("1" if include_deleted else "deleted = ''")

    def deleted(self) -> list[Bookmark]:
        return self._select("deleted != ''")

    def matching(self, path: str, fingerprint: str, title: str) -> list[Bookmark]:
        """Live bookmarks whose document path, fingerprint or title is one of these."""
        where = "deleted = '' AND (document_path = ? OR fingerprint = ? OR document_title = ?)"
        return self._select(where, storage_key(path), fingerprint, title)

    def _select(self, where: str, *args) -> list[Bookmark]:
        sql = f"SELECT {COLUMNS} FROM bookmarks WHERE {where} ORDER BY created, rowid"
        return [b for b in map(from_row, self._query(sql, *args)) if b is not None]

    def _query(self, sql: str, *args) -> list[tuple]:
        with self._lock:
            if self._conn is None:
                return []
            try:
                return self._conn.execute(sql, args).fetchall()
            except sqlite3.DatabaseError as error:
                raise StorageError(notices.cannot_read(self.path, error)) from error

    # -- changing ------------------------------------------------------------------------

    def add(self, bookmark: Bookmark) -> Bookmark:
        self._write([(f"INSERT INTO bookmarks ({COLUMNS}) VALUES ({MARKS})", to_row(bookmark))])
        return bookmark

    def add_many(self, bookmarks: Iterable[Bookmark]) -> tuple[int, int]:
        """Insert those whose id is new, in one transaction; returns (added, already present)."""
        bookmarks = list(bookmarks)
        sql = f"INSERT OR IGNORE INTO bookmarks ({COLUMNS}) VALUES ({MARKS})"
        added = self._write([(sql, to_row(b)) for b in bookmarks])
        return added, len(bookmarks) - added

    def save(self, bookmark: Bookmark) -> Bookmark:
        """Replace the stored bookmark with the same id (note, tags, colour, anchor, deleted)."""
        sql = f"INSERT OR REPLACE INTO bookmarks ({COLUMNS}) VALUES ({MARKS})"
        self._write([(sql, to_row(bookmark))])
        return bookmark

    def purge(self, bookmark_id: str) -> bool:
        """Delete for good (the GUI uses soft delete via `save`, so undo stays possible)."""
        return self._write([("DELETE FROM bookmarks WHERE id = ?", (bookmark_id,))]) > 0

    def purge_deleted(self) -> int:
        return self._write([("DELETE FROM bookmarks WHERE deleted != ''", ())])

    def _write(self, statements: list[tuple[str, tuple]]) -> int:
        """Run statements in one transaction; return rows changed. Raises StorageError."""
        if self.read_only or self._conn is None:
            raise StorageError(self._why_read_only or notices.closed())
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                changed = 0
                for sql, args in statements:
                    changed += conn.execute(sql, args).rowcount
                conn.execute("COMMIT")
                return changed
            except sqlite3.DatabaseError as error:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise StorageError(notices.cannot_write(self.path, error)) from error


def _reason(error: Exception) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)
