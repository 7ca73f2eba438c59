"""Is a library index on disk sound? Checked before each update, so damage is rebuilt, not
searched for ever after ("Index up to date" beside "database disk image is malformed").

- Whoosh files: a segment file never changes once its commit is done, so each commit records
  the size, mtime and CRC-32 of every file then in the index (`checksums.json`; files already
  recorded are not read again). A recorded file that still exists must have its size, and if
  its mtime changed, its CRC. One that is gone was merged away (if the table of contents still
  needs it, opening the index fails, which counts as damage too). Files not recorded (a writer
  killed mid-commit) are ignored. Damage that leaves size and mtime alone (a bad disk block)
  is found when a search fails to read it (below). The check then costs a stat per file: the
  index of 439 laws is 74 MB, 0.33 s to read whole; 0.09 s with stats.
- The text store changes between commits, so SQLite checks it itself (`PRAGMA quick_check`),
  when its size or mtime changed since the last check that passed (`texts_checked.json`): on
  the laws the check reads the whole 60 MB file, 0.16 s of every relaunch.
- A searcher that meets damage leaves a `damaged` note, so the next update rebuilds.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import zlib
from pathlib import Path

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.library import messages
from viewer.core.library.messages import Message

CHECKSUMS = "checksums.json"
TEXTS_CHECKED = "texts_checked.json"
DAMAGED = "damaged"
_SKIP_SUFFIXES = ("_LOCK", ".lock")


def record(index_dir: Path, whoosh_dir: Path) -> None:
    """After a commit: remember every Whoosh file as it is now."""
    known = _recorded(index_dir)
    sums = {}
    for path, stat in _stats(whoosh_dir):
        old = known.get(path.name)
        if old is not None and old[:2] == [stat.st_size, stat.st_mtime_ns]:
            sums[path.name] = old  # an earlier segment: unchanged since it was read
        elif (crc := _crc(path)) is not None:
            sums[path.name] = [stat.st_size, stat.st_mtime_ns, crc]
    write_text_atomic(index_dir / CHECKSUMS, json.dumps(sums, sort_keys=True))


def problem(index_dir: Path, whoosh_dir: Path, texts_path: Path) -> str | None:
    """Why the index can't be trusted, or None. A missing index is no problem (it is built)."""
    note = index_dir / DAMAGED
    if note.exists():
        with contextlib.suppress(OSError):
            return note.read_text(encoding="utf-8") or Message(messages.search_unreadable)
        return Message(messages.search_unreadable)
    recorded = _recorded(index_dir)
    for path, stat in _stats(whoosh_dir):
        expected = recorded.get(path.name)
        if expected is None or expected[:2] == [stat.st_size, stat.st_mtime_ns]:
            continue
        if stat.st_size != expected[0] or _crc(path) not in (expected[2], None):
            return Message(messages.file_changed, path.name)
    reason = _whoosh_problem(whoosh_dir)
    return reason or _texts_problem(texts_path, index_dir / TEXTS_CHECKED)


def mark_damaged(index_dir: Path, reason: str) -> None:
    with contextlib.suppress(OSError):
        write_text_atomic(index_dir / DAMAGED, reason)


def clear(index_dir: Path) -> None:
    for name in (DAMAGED, CHECKSUMS, TEXTS_CHECKED):
        with contextlib.suppress(OSError):
            (index_dir / name).unlink()


def _recorded(index_dir: Path) -> dict[str, list[int]]:
    try:
        recorded = json.loads((index_dir / CHECKSUMS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(recorded, dict):
        return {}
    return {k: v for k, v in recorded.items() if isinstance(v, list) and len(v) == 3}


def _stats(folder: Path):
    """(path, stat) of the index files in `folder`."""
    try:
        paths = sorted(p for p in folder.iterdir() if not p.name.endswith(_SKIP_SUFFIXES))
    except OSError:
        return
    for path in paths:
        with contextlib.suppress(OSError):  # merged away while we looked
            stat = path.stat()
            if path.is_file():
                yield path, stat


def _crc(path: Path) -> int | None:
    crc = 0
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                crc = zlib.crc32(block, crc)
    except OSError:
        return None
    return crc


def _whoosh_problem(whoosh_dir: Path) -> str | None:
    from whoosh import index

    try:
        ix = index.open_dir(whoosh_dir)  # once: exists_in would open it too
    except (index.EmptyIndexError, FileNotFoundError):
        return None
    except Exception as error:  # noqa: BLE001 - whatever fails to open is damage
        return f"the index cannot be opened ({type(error).__name__})"
    try:
        with ix.searcher() as searcher:
            searcher.doc_count()
            searcher.reader().field_length("text")
    except Exception as error:  # noqa: BLE001 - whatever fails to open is damage
        return Message(messages.index_unopenable, type(error).__name__)
    return None


def _texts_problem(path: Path, checked: Path) -> str | None:
    if not path.exists():
        return None
    stamp = _texts_stamp(path)
    with contextlib.suppress(OSError, ValueError):
        if stamp is not None and json.loads(checked.read_text(encoding="utf-8")) == stamp:
            return None  # unchanged since it passed
    try:
        # read-write: a writer killed mid-transaction leaves a journal SQLite must roll back
        with contextlib.closing(sqlite3.connect(path)) as db:
            answer = db.execute("PRAGMA quick_check").fetchone()
            db.execute("SELECT count(*) FROM texts").fetchone()
    except sqlite3.Error as error:
        return Message(messages.texts_unreadable, str(error))
    if answer != ("ok",):
        return Message(messages.texts_damaged, str(answer[0]))
    if stamp is not None and stamp == _texts_stamp(path):
        with contextlib.suppress(OSError):
            write_text_atomic(checked, json.dumps(stamp))
    return None


def _texts_stamp(path: Path) -> list[int] | None:
    """Size and mtime of the store, None while a journal says a transaction is unfinished."""
    if Path(f"{path}-journal").exists() or Path(f"{path}-wal").exists():
        return None
    stamp = file_stamp(path)
    return None if stamp is None else [stamp[1], stamp[0]]


def file_stamp(path: Path) -> tuple[int, int] | None:
    """(mtime_ns, size) of a file, None if it cannot be read: has another process changed it?"""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size
