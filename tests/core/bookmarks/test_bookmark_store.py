"""The SQLite store, tested for real: killed processes, concurrent writers, damaged files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BRIEFING, ROOT
from viewer.core.base.errors import StorageError
from viewer.core.base.paths import app_paths
from viewer.core.bookmarks.anchoring import anchor_for_quote
from viewer.core.bookmarks.model import new_bookmark
from viewer.core.bookmarks.store import MIGRATIONS, SCHEMA_VERSION, BookmarkStore
from viewer.core.document.markdown_model import load_document

# A child process that adds bookmarks and prints each id only after `add` returned.
ADDER = """
import sys
from viewer.core.bookmarks.anchoring import anchor_for_quote
from viewer.core.bookmarks.store import BookmarkStore
from viewer.core.bookmarks.model import new_bookmark
from viewer.core.document.markdown_model import load_document
doc = load_document(sys.argv[1])
anchor = anchor_for_quote(doc, "互联网+")
store = BookmarkStore(sys.argv[2])
print("ready", flush=True)
count = int(sys.argv[3])
for i in range(count if count else 10**9):
    bookmark = store.add(new_bookmark(anchor, doc, note=f"{sys.argv[4]}-{i}"))
    print(bookmark.id, flush=True)
"""


def _child(db: Path, count: int, tag: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", ADDER, str(BRIEFING), str(db), str(count), tag],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def bookmark():
    doc = load_document(BRIEFING)
    return new_bookmark(anchor_for_quote(doc, "互联网+"), doc, note="n", tags=["a"])


def test_default_location_schema_version_and_wal(bookmark):
    with BookmarkStore() as store:
        assert store.path == app_paths().bookmarks_db
        store.add(bookmark)
        assert store.schema_version() == SCHEMA_VERSION
    conn = sqlite3.connect(app_paths().bookmarks_db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_round_trip_and_soft_delete(bookmark, tmp_path):
    with BookmarkStore(tmp_path / "b.sqlite3") as store:
        store.add(bookmark)
        assert store.get(bookmark.id) == bookmark
        store.save(type(bookmark)(**{**bookmark.__dict__, "deleted": "2026-01-01T00:00:00"}))
        assert store.all() == [] and len(store.deleted()) == 1
        assert store.purge_deleted() == 1 and store.get(bookmark.id) is None


def test_migrates_a_first_release_database(bookmark, tmp_path):
    db = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(db)
    conn.executescript(MIGRATIONS[0])
    conn.execute(
        "INSERT INTO bookmarks (id, document_path, pane_id, quote, start_offset, end_offset, "
        "created, updated) VALUES ('3f2c0c1e-0000-4000-8000-000000000001', '/x.md', 'p', "
        "'旧书签', 0, 3, 't', 't')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with BookmarkStore(db) as store:
        assert store.schema_version() == SCHEMA_VERSION == 3
        (old,) = store.all()
        assert old.quote == "旧书签" and old.deleted == "" and old.anchor.pane_title == ""


def test_sigkill_right_after_add_loses_nothing_acknowledged(tmp_path):
    db = tmp_path / "b.sqlite3"
    child = _child(db, 0, "kill")  # adds until killed
    assert child.stdout.readline().strip() == "ready"
    acknowledged = [child.stdout.readline().strip() for _ in range(30)]
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with BookmarkStore(db) as store:
        stored = {b.id for b in store.all()}
        assert not store.notice
    assert set(acknowledged) <= stored


def test_two_processes_adding_at_once_lose_nothing(tmp_path):
    db = tmp_path / "b.sqlite3"
    BookmarkStore(db).close()  # not required, but the race we test is on adds, not creation
    children = [_child(db, 100, tag) for tag in ("one", "two")]
    outputs = [c.communicate(timeout=120) for c in children]
    for child, (_, err) in zip(children, outputs, strict=True):
        assert child.returncode == 0, err
    ids = [line for out, _ in outputs for line in out.split() if line != "ready"]
    assert len(ids) == 200
    with BookmarkStore(db) as store:
        notes = {b.note for b in store.all()}
    assert len(notes) == 200 and {f"two-{i}" for i in range(100)} <= notes


def test_two_processes_creating_a_new_database_at_once(tmp_path):
    db = tmp_path / "fresh.sqlite3"
    children = [_child(db, 20, tag) for tag in ("a", "b")]
    for child in children:
        _, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
    with BookmarkStore(db) as store:
        assert len(store.all()) == 40


def test_corrupt_database_is_moved_aside_with_a_notice(bookmark, tmp_path):
    db = tmp_path / "bookmarks.sqlite3"
    db.write_bytes(b"this is not a database, just some bytes " * 200)
    with BookmarkStore(db) as store:
        assert "moved aside" in store.notice and "bookmarks.sqlite3.corrupt-" in store.notice
        store.add(bookmark)
        assert [b.id for b in store.all()] == [bookmark.id]
    (aside,) = tmp_path.glob("bookmarks.sqlite3.corrupt-*")
    assert aside.read_bytes().startswith(b"this is not a database")


def _fill(db: Path, count: int, bookmark) -> dict[str, str]:
    """`count` bookmarks with distinct notes; returns id -> note."""
    doc = load_document(BRIEFING)
    made = [
        new_bookmark(bookmark.anchor, doc, note=f"note-{i:05d}-" + "x" * 300) for i in range(count)
    ]
    with BookmarkStore(db) as store:
        store.add_many(made)
    return {b.id: b.note for b in made}


def _scribble_page_holding(db: Path, marker: bytes) -> None:
    """Overwrite the whole 4 KiB page that holds `marker` (a table leaf page) with 0xff."""
    data = bytearray(db.read_bytes())
    start = data.index(marker) // 4096 * 4096
    data[start : start + 4096] = b"\xff" * 4096
    db.write_bytes(bytes(data))


def test_damaged_pages_are_detected_and_readable_rows_salvaged(bookmark, tmp_path):
    db = tmp_path / "bookmarks.sqlite3"
    notes = _fill(db, 1001, bookmark)
    _scribble_page_holding(db, b"note-00500-")
    with BookmarkStore(db) as store:
        assert "damaged" in store.notice and "moved aside" in store.notice
        kept = {b.id: b.note for b in store.all()}
        assert 980 <= len(kept) < 1001  # one leaf page of ~10 rows is lost, the rest is back
        assert f"{len(kept)} bookmarks were recovered" in store.notice
        assert all(notes[i] == note for i, note in kept.items())  # intact, not garbage
        assert not any(note.startswith("note-00500-") for note in kept.values())
        store.add(bookmark)  # the new database is fully usable
        assert len(store.all()) == len(kept) + 1
    (aside,) = tmp_path.glob("bookmarks.sqlite3.corrupt-*[0-9]")
    assert aside.stat().st_size > 100_000  # the damaged file itself is kept for the user


def test_salvage_survives_damage_to_the_first_and_last_pages_of_rows(bookmark, tmp_path):
    db = tmp_path / "bookmarks.sqlite3"
    _fill(db, 300, bookmark)
    _scribble_page_holding(db, b"note-00000-")
    _scribble_page_holding(db, b"note-00299-")
    with BookmarkStore(db) as store:
        assert 270 <= len(store.all()) < 300 and "recovered" in store.notice


def test_unwritable_data_dir_gives_storage_error(bookmark, tmp_path):
    # Root ignores permission bits, so block the folder by putting a *file* where it must be.
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    store = BookmarkStore(blocker / "bookmarks.sqlite3")
    assert store.read_only and "not writable" in store.notice
    assert store.all() == []
    with pytest.raises(StorageError, match="cannot be saved"):
        store.add(bookmark)


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod cannot make a folder read-only for root "
    "(the file-in-the-way test above covers the unwritable case)",
)
def test_read_only_data_dir_still_reads(bookmark, tmp_path):
    data = tmp_path / "data"
    with BookmarkStore(data / "bookmarks.sqlite3") as store:
        store.add(bookmark)
    data.chmod(0o500)
    try:
        with BookmarkStore(data / "bookmarks.sqlite3") as store:
            assert [b.id for b in store.all()] == [bookmark.id]
            with pytest.raises(StorageError):
                store.add(bookmark)
    finally:
        data.chmod(0o700)


def test_read_only_open_reads_a_live_wal_database(bookmark, tmp_path):
    """The read-only path (used when the data dir is unwritable) sees committed bookmarks."""
    db = tmp_path / "bookmarks.sqlite3"
    writer = BookmarkStore(db)
    writer.add(bookmark)  # the writer stays open, so the bookmark may still be in the WAL
    with BookmarkStore(db, read_only=True) as reader:
        assert reader.read_only and [b.id for b in reader.all()] == [bookmark.id]
        with pytest.raises(StorageError, match="read-only"):
            reader.add(bookmark)
    writer.close()


def test_rows_with_wrong_types_are_read_safely_not_fatally(bookmark, tmp_path):
    """SQLite keeps any type in any column: a file edited by another tool must still list."""
    db = tmp_path / "bookmarks.sqlite3"
    with BookmarkStore(db) as store:
        store.add(bookmark)
    conn = sqlite3.connect(db)
    columns = "id, document_path, pane_id, quote, start_offset, end_offset, created, updated"
    conn.executemany(
        f"INSERT INTO bookmarks ({columns}, tags, color) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            ("6f1c2f1e-0000-4000-8000-000000000001", "/x.md", "p", "引文", "abc", 1e30, "t", "t",
             "{broken json", "red"),
            ("6f1c2f1e-0000-4000-8000-000000000002", "/x.md", "p", "引文", 0, 2, "t", "t",
             '{"not": "a list"}', "blue"),
            ("", "/x.md", "p", "没有编号", 0, 2, "t", "t", "[]", "blue"),  # no id: skipped
            ("6f1c2f1e-0000-4000-8000-000000000003", "/x.md", "p", b"\xff", 0, 2, "t", "t", "[]",
             "blue"),  # quote is a blob: skipped
        ],
    )  # fmt: skip
    conn.commit()
    conn.close()
    with BookmarkStore(db) as store:
        listed = {b.id: b for b in store.all()}
    assert len(listed) == 3 and bookmark.id in listed
    odd = listed["6f1c2f1e-0000-4000-8000-000000000001"]
    assert (odd.anchor.start, odd.anchor.end, odd.tags, odd.color) == (0, 0, (), "yellow")
    assert listed["6f1c2f1e-0000-4000-8000-000000000002"].tags == ()


def test_damaged_database_in_an_unwritable_folder_shows_what_is_readable(
    bookmark, tmp_path, monkeypatch
):
    db = tmp_path / "bookmarks.sqlite3"
    _fill(db, 300, bookmark)
    _scribble_page_holding(db, b"note-00150-")

    def refuse(*_args):  # root ignores permission bits, so refuse the move itself
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with BookmarkStore(db) as store:
        assert store.read_only and "not writable" in store.notice
        listed = len(store.all())
        assert 280 <= listed < 300 and f"{listed} readable bookmarks are shown" in store.notice
        with pytest.raises(StorageError, match="cannot be saved"):
            store.add(bookmark)
    assert not list(tmp_path.glob("*.corrupt-*"))
