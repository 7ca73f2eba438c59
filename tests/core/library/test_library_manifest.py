"""The manifest (each file's size, date, hash and title) read back: a folder's files share one
copy of its name, and a damaged manifest means a rebuild, never a crash at open."""

from __future__ import annotations

import json

import pytest

from viewer.core.library.manifest_file import load_manifest, save_manifest
from viewer.core.library.scan import LibraryEntry


def _entries() -> dict[str, LibraryEntry]:
    paths = ["法律/甲法.md", "法律/乙法.md", "法规/丙条例.md"]
    return {p: LibraryEntry(p, 10, 1, title=p[3:-3], category=p.split("/")[0]) for p in paths}


def test_a_folders_files_share_its_name_once_read_back(tmp_path):
    manifest = tmp_path / "manifest.json"
    save_manifest(manifest, tmp_path, _entries())
    read = load_manifest(manifest, tmp_path)
    assert read == _entries()
    assert read["法律/甲法.md"].category is read["法律/乙法.md"].category


@pytest.mark.parametrize(
    "line",
    [
        '{"size": 10, "mtime_ns": 1}',  # no path
        '["法律/甲法.md", 10, 1]',  # not an object
        '{"rel_path": "法律/甲法.md", "size": 10, "mtime_ns": 1, "colour": "red"}',
        '{"rel_path": "法律/甲法.md", "size": 10, "mti',  # cut off
    ],
    ids=["no path", "a list", "an unknown key", "a broken line"],
)
def test_a_damaged_manifest_reads_as_none_so_the_index_is_rebuilt(tmp_path, line):
    manifest = tmp_path / "manifest.json"
    save_manifest(manifest, tmp_path, _entries())
    lines = manifest.read_text(encoding="utf-8").splitlines()
    lines[2] = line  # the header still counts three files
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert load_manifest(manifest, tmp_path) == {}


def test_a_manifest_is_a_header_then_one_file_a_line_and_a_short_one_is_damaged(tmp_path):
    manifest = tmp_path / "manifest.json"
    save_manifest(manifest, tmp_path, _entries())
    lines = manifest.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {"version": 3, "root": str(tmp_path), "files": 3}
    assert sorted(json.loads(line)["rel_path"] for line in lines[1:]) == sorted(_entries())
    manifest.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")  # a file lost
    assert load_manifest(manifest, tmp_path) == {}


def test_a_manifest_saved_before_one_line_a_file_is_still_read(tmp_path):
    """An index built by an earlier version (the whole list as one JSON document) keeps
    working: no rebuild after an upgrade."""
    from dataclasses import asdict

    manifest = tmp_path / "manifest.json"
    files = [asdict(e) for e in _entries().values()]
    data = {"version": 1, "root": str(tmp_path), "files": files}
    manifest.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_manifest(manifest, tmp_path) == _entries()
    assert load_manifest(manifest, tmp_path / "elsewhere") == {}  # another folder's


def test_the_catalogue_is_one_shared_read_only_copy_until_the_file_list_changes(tmp_path):
    """Every reader of an open library (the searcher, the list) shares one parsed file list;
    `manifest()` still gives a copy an update may change."""
    from viewer.core.library.index import LibraryIndex

    folder = tmp_path / "lib"
    folder.mkdir()
    index = LibraryIndex(folder, index_dir=tmp_path / "index")
    index.dir.mkdir(parents=True)
    save_manifest(index.manifest_path, index.root, _entries())
    first, again = index.catalogue(), index.catalogue()
    assert dict(first) == _entries()
    assert first is again  # parsed once
    with pytest.raises(TypeError):
        first["法律/丁法.md"] = LibraryEntry("法律/丁法.md", 1, 1)
    copy = index.manifest()
    copy.pop("法律/甲法.md")
    assert "法律/甲法.md" in index.catalogue()
    fewer = {p: e for p, e in _entries().items() if p != "法规/丙条例.md"}
    save_manifest(index.manifest_path, index.root, fewer)
    assert sorted(index.catalogue()) == sorted(fewer)  # a new list is read again


def test_an_earlier_releases_dates_are_read_again_and_saved_by_the_next_update(tmp_path):
    """Version 2 took the 施行 date, or none for a book without chapters: after an upgrade
    the dates are the preamble's, at once, and the next update saves them."""
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.manifest_file import MANIFEST_VERSION

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "法.md").write_text(
        "# 某法\n\n2020年5月28日 某会议通过\n\n2021年1月1日 施行\n\n"
        "第一条 本法自2021年1月1日起施行。\n",
        encoding="utf-8",
    )
    index = LibraryIndex(folder, index_dir=tmp_path / "index")
    index.update(procs=1)
    lines = index.manifest_path.read_text(encoding="utf-8").splitlines()
    header, entry = json.loads(lines[0]), json.loads(lines[1])
    header["version"], entry["date"] = 2, "2021-01-01"  # as the earlier release wrote it
    index.manifest_path.write_text(f"{json.dumps(header)}\n{json.dumps(entry)}\n", "utf-8")
    assert load_manifest(index.manifest_path, index.root)["法.md"].date == "2020-05-28"
    index.update(procs=1)
    lines = index.manifest_path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["version"] == MANIFEST_VERSION
    assert json.loads(lines[1])["date"] == "2020-05-28"


def test_re_dating_an_earlier_manifest_keeps_a_front_matter_date(tmp_path):
    from viewer.core.library.index import LibraryIndex

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "法.md").write_text(
        "---\ndate: 2019-01-01\n---\n\n# 某法\n\n2020年5月28日 某会议通过\n\n第一条 某。\n",
        encoding="utf-8",
    )
    index = LibraryIndex(folder, index_dir=tmp_path / "index")
    index.update(procs=1)
    lines = index.manifest_path.read_text(encoding="utf-8").splitlines()
    header = json.loads(lines[0])
    header["version"] = 2
    index.manifest_path.write_text(f"{json.dumps(header)}\n{lines[1]}\n", "utf-8")
    assert load_manifest(index.manifest_path, index.root)["法.md"].date == "2019-01-01"


def test_an_entry_read_from_the_catalogue_is_a_copy_the_list_keeps_unchanged(tmp_path):
    """The catalogue is packed: changing an entry read from it changes nothing shared."""
    from viewer.core.library.index import LibraryIndex

    folder = tmp_path / "lib"
    folder.mkdir()
    index = LibraryIndex(folder, index_dir=tmp_path / "index")
    index.dir.mkdir(parents=True)
    save_manifest(index.manifest_path, index.root, _entries())
    read = index.catalogue()["法律/甲法.md"]
    read.title = "改过"
    assert index.catalogue()["法律/甲法.md"].title == "甲法"


def test_files_touched_but_the_same_are_hashed_once_not_at_every_update(tmp_path, monkeypatch):
    """A folder copied or synced again (new mtimes, same bytes): the first update notes the new
    stamps; the next one reads no file."""
    import os

    from viewer.core.library import scan

    folder, index = _indexed_laws(tmp_path, 3)
    for path in folder.iterdir():
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    hashed = []
    real_hash = scan.hash_file
    monkeypatch.setattr(scan, "hash_file", lambda p: hashed.append(p) or real_hash(p))
    index.update()
    assert len(hashed) == 3  # each touched file checked once
    index.update()
    assert len(hashed) == 3  # and not again
    assert index.changes().empty


def test_the_change_poll_tells_an_unchanged_folder_without_a_diff_and_sees_every_change(
    tmp_path, monkeypatch
):
    from viewer.core.library import scan

    folder, index = _indexed_laws(tmp_path, 4)
    diffs = []
    real_diff = scan.diff
    monkeypatch.setattr(scan, "diff", lambda *a: diffs.append(1) or real_diff(*a))
    assert index.changes().empty and not diffs  # from the columns: no entry per file
    (folder / "法4.md").write_text("# 法4\n\n第一条 新的。\n", encoding="utf-8")
    assert [e.rel_path for e in index.changes().added] == ["法4.md"]
    (folder / "法4.md").unlink()
    (folder / "法1.md").write_text("# 法1\n\n第一条 改了。\n", encoding="utf-8")
    assert [e.rel_path for e in index.changes().changed] == ["法1.md"]
    (folder / "法2.md").unlink()
    assert index.changes().removed == ["法2.md"]


def _indexed_laws(tmp_path, count: int):
    """A folder of `count` small laws and its index, brought up to date."""
    from viewer.core.library.index import LibraryIndex

    folder = tmp_path / "lib"
    folder.mkdir()
    for n in range(count):
        (folder / f"法{n}.md").write_text(f"# 法{n}\n\n第一条 内容{n}。\n", encoding="utf-8")
    index = LibraryIndex(folder, index_dir=tmp_path / "index")
    index.update()
    return folder, index
