"""The packed copy of a library's file list gives back exactly what the manifest holds, and is
never used once it is not the manifest's copy (viewer.core.library.packed_file)."""

import threading

import pytest

from tests.core.library.test_packed_entries import _entries
from viewer.core.library import packed_file
from viewer.core.library.index import LibraryIndex
from viewer.core.library.packed_entries import BLOCK, PackedEntries
from viewer.core.library.scan import LibraryEntry


@pytest.mark.parametrize("count", [1, BLOCK, 2 * BLOCK + 5])
def test_every_field_comes_back_from_the_saved_copy(tmp_path, count):
    entries = _entries(count) + [
        LibraryEntry("a/\udcff名.md", 1, 1, title="𠮷 wide", category="\udcff夹"),
    ]
    manifest = tmp_path / "manifest.json"
    manifest.write_text("{}")
    stamp = packed_file.manifest_stamp(manifest)
    packed_file.save(tmp_path / "c.packed", stamp, tmp_path, PackedEntries(entries))
    loaded = packed_file.load(tmp_path / "c.packed", stamp, tmp_path)
    assert loaded is not None and list(loaded) == entries
    assert loaded.row_of(entries[-1].rel_path) == len(entries) - 1
    loaded.append(LibraryEntry("z.md", 9, 9))  # still a list that grows as before
    assert loaded[-1].rel_path == "z.md" and loaded[-2] == entries[-1]


def test_a_copy_of_another_manifest_folder_or_damaged_is_not_used(tmp_path):
    manifest = tmp_path / "manifest.json"
    manifest.write_text("{}")
    stamp = packed_file.manifest_stamp(manifest)
    path = tmp_path / "c.packed"
    packed_file.save(path, stamp, tmp_path, PackedEntries(_entries(100)))
    assert packed_file.load(path, stamp, tmp_path) is not None
    assert packed_file.load(path, stamp, tmp_path / "other") is None
    manifest.write_text("{ }")  # replaced by an update
    assert packed_file.load(path, packed_file.manifest_stamp(manifest), tmp_path) is None
    data = bytearray(path.read_bytes())
    data[-40] ^= 0xFF  # one byte of a column damaged
    path.write_bytes(bytes(data))
    assert packed_file.load(path, stamp, tmp_path) is None
    path.write_bytes(bytes(data[: len(data) // 2]))  # cut short
    assert packed_file.load(path, stamp, tmp_path) is None
    path.write_bytes(b"\x00\xff" * 100)
    assert packed_file.load(path, stamp, tmp_path) is None


def test_a_reopened_library_lists_the_files_the_manifest_lists(tmp_path, monkeypatch):
    folder = tmp_path / "laws"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.md").write_text(f"# 第{n}号法\n\n第一条 内容。\n", encoding="utf-8")
    index = LibraryIndex(folder, index_dir=tmp_path / "index")
    index.update(cancel=threading.Event())
    first = list(LibraryIndex(folder, index_dir=tmp_path / "index").catalogue().values())
    assert index.packed_path.exists()  # written by the reader that parsed the manifest
    with monkeypatch.context() as patch:  # the copy read, the manifest not parsed
        patch.setattr("viewer.core.library.manifest_file.load_manifest", _not_parsed)
        again = list(LibraryIndex(folder, index_dir=tmp_path / "index").catalogue().values())
    assert again == first and [e.title for e in again] == ["第0号法", "第1号法", "第2号法"]
    (folder / "3.md").write_text("# 第3号法\n\n第一条 新的。\n", encoding="utf-8")
    index.update(cancel=threading.Event())  # a new manifest: the old copy is stale
    after = LibraryIndex(folder, index_dir=tmp_path / "index").catalogue()
    assert "3.md" in after and after["3.md"].title == "第3号法"


def _not_parsed(*_args):
    raise AssertionError("the manifest was parsed although its packed copy is current")


def test_a_copy_that_cannot_be_written_leaves_the_library_reading_its_manifest(tmp_path):
    manifest = tmp_path / "manifest.json"
    manifest.write_text("{}")
    stamp = packed_file.manifest_stamp(manifest)
    blocked = tmp_path / "c.packed"
    blocked.mkdir()  # a folder where the file would go: the write is refused, not raised
    packed_file.save(blocked, stamp, tmp_path, PackedEntries(_entries(3)))
    assert packed_file.load(blocked, stamp, tmp_path) is None
