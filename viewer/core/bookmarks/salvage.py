"""Reading what is still readable out of a damaged bookmarks database.

A damaged page makes a plain `SELECT *` stop at the first bad page, so rows are read in rowid
order and, when a read fails, the reader steps over the damaged rowid range: forward in growing
(but capped) steps until a seek works again, then back by bisection to the first rowid that is
readable, so the rows right after a damaged page are not skipped. Rowids are handed out from 1
up, so past the last row read the search gives up after ROWS_PER_PAGE rowids per page of the
file (only heavy deletion could leave rows beyond that). Each row is decoded before it is kept;
a row that decodes to garbage is dropped rather than carried into the new database.
"""

from __future__ import annotations

import logging
import sqlite3
import time
import urllib.parse
from pathlib import Path

log = logging.getLogger(__name__)
MAX_STEP = 64  # capped so one probe never leaps over a good stretch into a later damage
ROWS_PER_PAGE = 100  # more than a 4 KiB page can hold of these rows
TIME_LIMIT_S = 10.0  # a salvage never holds up opening the app for longer than this

# Column -> SQL used when an older file lacks it (its default in the current schema).
_DEFAULTS = {"pane_title": "''", "deleted": "''", "path_unverified": "0"}


def salvage_rows(path: Path, columns: list[str]) -> list[tuple]:
    """Rows of `bookmarks` in `columns` order that could still be read from the file at `path`."""
    conn = _connect_read_only(path)
    if conn is None:
        return []
    try:
        select = _select_list(conn, columns)
        if select is None:
            return []
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        sql = f"SELECT rowid, {select} FROM bookmarks WHERE rowid > ? ORDER BY rowid"
        return _scan(conn, sql, pages * ROWS_PER_PAGE)
    finally:
        conn.close()


def _connect_read_only(path: Path) -> sqlite3.Connection | None:
    uri = "file:" + urllib.parse.quote(str(Path(path).resolve()))
    for query in ("?mode=ro", "?immutable=1"):  # mode=ro also reads a -wal moved aside with it
        try:
            conn = sqlite3.connect(uri + query, uri=True)
            conn.execute("PRAGMA table_info(bookmarks)").fetchall()
            return conn
        except sqlite3.DatabaseError:
            continue
    return None


def _select_list(conn: sqlite3.Connection, columns: list[str]) -> str | None:
    try:
        present = {row[1] for row in conn.execute("PRAGMA table_info(bookmarks)")}
        conn.execute("PRAGMA page_count").fetchone()
    except sqlite3.DatabaseError:
        return None
    if "id" not in present:
        return None  # the schema itself is unreadable: nothing to salvage
    parts = []
    for name in columns:
        if name in present:
            parts.append(name)
        elif name in _DEFAULTS:
            parts.append(f"{_DEFAULTS[name]} AS {name}")
        else:
            return None
    return ", ".join(parts)


def _scan(conn: sqlite3.Connection, sql: str, spread: int) -> list[tuple]:
    rows: list[tuple] = []
    after = 0
    deadline = time.monotonic() + TIME_LIMIT_S
    while time.monotonic() < deadline:
        try:
            for row in conn.execute(sql, (after,)):
                rows.append(row[1:])
                after = row[0]
            return rows  # reached the end
        except sqlite3.DatabaseError as error:
            log.info("damaged bookmarks after rowid %s: %s", after, error)
            resume = _next_readable(conn, sql, after, max(after, 0) + spread)
            if resume is None:
                return rows
            after = resume
    log.warning("bookmark salvage stopped at its time limit with %d rows", len(rows))
    return rows


def _next_readable(conn: sqlite3.Connection, sql: str, bad: int, limit: int) -> int | None:
    """The smallest `after` past `bad` (where reading failed) from which reading works again."""
    step = 1
    while True:
        probe = bad + step
        if probe > limit:
            return None
        if _readable(conn, sql, probe):
            break
        bad, step = probe, min(step * 2, MAX_STEP)
    good = probe
    while good - bad > 1:  # bisect back so rows just past the damage are not skipped
        middle = (bad + good) // 2
        if _readable(conn, sql, middle):
            good = middle
        else:
            bad = middle
    return good


def _readable(conn: sqlite3.Connection, sql: str, after: int) -> bool:
    try:
        conn.execute(sql + " LIMIT 1", (after,)).fetchall()
        return True
    except sqlite3.DatabaseError:
        return False
