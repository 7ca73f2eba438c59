"""The manifest (each file's size, date, hash and title) read back: a folder's files share one
copy of its name, and a damaged manifest means a rebuild, never a crash at open."""

from __future__ import annotations

import json

import pytest

from viewer.core.library.scan import LibraryEntry, load_manifest, save_manifest


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
    "files",
    [
        [{"size": 10, "mtime_ns": 1}],  # no path
        [["法律/甲法.md", 10, 1]],  # not an object
        [{"rel_path": "法律/甲法.md", "size": 10, "mtime_ns": 1, "colour": "red"}],
    ],
    ids=["no path", "a list", "an unknown key"],
)
def test_a_damaged_manifest_reads_as_none_so_the_index_is_rebuilt(tmp_path, files):
    manifest = tmp_path / "manifest.json"
    save_manifest(manifest, tmp_path, _entries())
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["files"] = files
    manifest.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_manifest(manifest, tmp_path) == {}
