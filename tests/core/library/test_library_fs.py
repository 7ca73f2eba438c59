"""Hostile folder shapes for a library: links out of the folder, pipes, odd names, deep trees.

Every shape is made here in a temporary folder; nothing pathological is committed.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from tests.core.library.test_library import LAW, write
from tests.fifo_probe import FifoProbe
from viewer.core.library.index import LibraryIndex
from viewer.core.library.manifest_file import load_manifest
from viewer.core.library.search import LibrarySearch

SECRET = "机密口令甲乙丙"  # a word that exists only outside the library


def update_within(index: LibraryIndex, seconds: float = 60.0):
    """Run update() on a thread: a hang fails the test instead of stalling the run."""
    result: dict = {}

    def run() -> None:
        try:
            result["report"] = index.update(procs=1)
        except BaseException as exc:  # noqa: BLE001 - handed to the test below
            result["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "indexing hung"
    if "error" in result:
        raise result["error"]
    return result["report"]


@pytest.fixture
def lib(tmp_path) -> Path:
    root = tmp_path / "lib"
    write(root, "经济法/反垄断法.md", "反垄断法", "经营者集中达到申报标准的，应当事先申报。")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd").write_text(f"root:x:0:0:{SECRET}\n", encoding="utf-8")
    write(outside, "秘密/外部法.md", "外部法", f"{SECRET}应当保密。")
    return root


def search_count(index: LibraryIndex, word: str) -> int:
    return LibrarySearch(index).search(word).total_documents


def test_links_out_of_the_folder_are_skipped_and_listed(lib, tmp_path):
    (lib / "passwd.md").symlink_to(tmp_path / "outside" / "passwd")
    (lib / "外部").symlink_to(tmp_path / "outside" / "秘密", target_is_directory=True)
    index = LibraryIndex(lib)
    report = update_within(index)
    assert search_count(index, SECRET) == 0
    skipped = {e.rel_path: e.error for e in report.skipped}
    assert set(skipped) == {"passwd.md", "外部"}
    assert all("outside the library folder" in reason for reason in skipped.values())
    assert str(tmp_path) not in " ".join(skipped.values())  # the target is not revealed
    listed = {e.rel_path: e for e in index.entries()}
    assert "outside the library folder" in listed["passwd.md"].error
    assert listed["经济法/反垄断法.md"].readable


def test_links_inside_the_folder_are_followed(lib):
    (lib / "别名.md").symlink_to(lib / "经济法" / "反垄断法.md")
    index = LibraryIndex(lib)
    report = update_within(index)
    assert "别名.md" in report.added and not report.skipped
    assert search_count(index, "事先申报") == 2


def test_a_setting_may_allow_links_out_of_the_folder(lib, tmp_path):
    (lib / "passwd.md").symlink_to(tmp_path / "outside" / "passwd")
    (lib / "外部").symlink_to(tmp_path / "outside" / "秘密", target_is_directory=True)
    index = LibraryIndex(lib, follow_links=True)
    report = update_within(index)
    assert not report.skipped
    assert search_count(index, SECRET) == 2


def test_loops_and_dangling_links_are_skipped_quietly(lib):
    (lib / "loop.md").symlink_to(lib / "loop.md")
    (lib / "a.md").symlink_to(lib / "b.md")
    (lib / "b.md").symlink_to(lib / "a.md")
    (lib / "gone.md").symlink_to(lib / "nowhere.md")
    (lib / "经济法" / "up").symlink_to(lib, target_is_directory=True)  # a folder loop
    index = LibraryIndex(lib)
    report = update_within(index)
    assert not report.skipped and not report.failed
    assert [e.rel_path for e in index.entries()] == ["经济法/反垄断法.md"]


def test_a_fifo_in_the_library_is_listed_never_opened(lib):
    with FifoProbe(lib / "x.md") as probe:
        index = LibraryIndex(lib)
        listed = {e.rel_path: e for e in index.entries()}
        report = update_within(index, seconds=30)
        index.changes()
    assert not probe.was_read
    assert "not a regular file" in listed["x.md"].error
    assert [e.rel_path for e in report.skipped] == ["x.md"]
    assert search_count(index, "事先申报") == 1


def test_undecodable_file_names_are_indexed_and_shown_with_replacement_characters(lib):
    raw = os.fsencode(lib) + b"/\xff\xfe\xe6\xb3\x95.md"  # not UTF-8, then 法
    with open(raw, "w", encoding="utf-8") as handle:
        handle.write("正文提到数据出境安全评估。\n")
    index = LibraryIndex(lib)
    report = update_within(index)
    assert not report.failed
    (name,) = [e for e in index.entries() if e.rel_path != "经济法/反垄断法.md"]
    assert name.display_path == "\ufffd\ufffd法.md"
    assert name.title == "\ufffd\ufffd法"
    name.display_path.encode("utf-8")  # what the UI shows is valid text
    results = LibrarySearch(index).search("数据出境")
    assert results.total_documents == 1
    (doc,) = results.documents
    # the result still names the real file, so it can be opened
    assert os.path.exists(os.path.join(lib, doc.rel_path))
    assert len(load_manifest(index.manifest_path, index.root)) == 2
    assert update_within(LibraryIndex(lib)).added == []  # a second run finds nothing new


def test_undecodable_folder_names_are_shown_as_categories(lib):
    folder = os.fsencode(lib) + b"/\xb7\xa8\xc2\xc9"  # GBK 法律
    os.mkdir(folder)
    with open(folder + b"/\xe6\xb3\x95.md", "w", encoding="utf-8") as handle:
        handle.write("正文提到数据出境。\n")
    index = LibraryIndex(lib)
    update_within(index)
    (entry,) = [e for e in index.entries() if e.title == "法"]
    assert entry.category == "\ufffd" * 4
    search = LibrarySearch(index)
    assert "\ufffd" * 4 in search.categories()
    assert search.search("数据出境", categories=[entry.category]).total_documents == 1


@pytest.fixture
def deep_tree(lib):
    """A folder 1,500 levels deep (beyond Python's recursion limit, within PATH_MAX) holding one
    law; removed bottom-up afterwards, since pytest's own clean-up recurses."""
    levels = [str(lib)]
    for _ in range(1500):  # one level at a time: mkdir(parents=True) recurses too
        levels.append(levels[-1] + "/d")
        os.mkdir(levels[-1])
    law = Path(levels[-1]) / "深处.md"
    law.write_text(LAW.format(name="深处法", body="最深处的条文。"), encoding="utf-8")
    yield law
    law.unlink()
    for level in reversed(levels[1:]):
        os.rmdir(level)


def test_a_deeply_nested_folder_tree_is_walked(lib, deep_tree):
    index = LibraryIndex(lib)
    assert len(index.entries()) == 2
    report = update_within(index)
    assert len(report.added) == 2
    assert search_count(index, "最深处") == 1


def test_bookmarks_of_a_document_with_an_undecodable_name(tmp_path):
    from viewer.core.bookmarks.import_file import from_json
    from viewer.core.bookmarks.library import BookmarkLibrary
    from viewer.core.bookmarks.transfer import to_json
    from viewer.core.document.markdown_model import load_document

    raw = os.fsencode(tmp_path) + b"/\xff\xfe\xe6\xb3\x95.md"
    with open(raw, "w", encoding="utf-8") as handle:
        handle.write("正文提到数据出境。\n\n## 小节\n\n内容。\n")
    document = load_document(os.fsdecode(raw))
    with BookmarkLibrary() as library:
        bookmark = library.add_quote(document, "数据出境")
        (resolved,) = library.for_document(document)
        assert resolved.bookmark.id == bookmark.id
        assert resolved.bookmark.document_path == os.fsdecode(raw)  # opens the file again
        exported = to_json([resolved])
    exported.encode("utf-8")
    assert from_json(exported)[0].document_path == os.fsdecode(raw)


def test_a_document_with_an_undecodable_name_gets_its_search_index(tmp_path):
    from viewer.core.document.markdown_model import load_document
    from viewer.core.search.engine import DocumentSearch

    raw = os.fsencode(tmp_path) + b"/\xff\xfe.md"
    with open(raw, "w", encoding="utf-8") as handle:
        handle.write("正文提到数据出境。\n")
    results = DocumentSearch(load_document(os.fsdecode(raw))).search("数据出境")
    assert results.total == 1
    assert not results.notice  # not "running without an index (slower)"


def test_cli_lists_skipped_entries_and_honours_the_setting(lib, tmp_path):
    import io

    from viewer.cli.library import open_library_search, results_json
    from viewer.core.base.settings import load_settings, save_settings

    (lib / "passwd.md").symlink_to(tmp_path / "outside" / "passwd")
    stderr = io.StringIO()
    search = open_library_search(str(lib), stderr=stderr)
    assert "skipped passwd.md: links to a place outside the library folder" in stderr.getvalue()
    assert search.search(SECRET).total_documents == 0
    settings = load_settings()
    settings.library_follow_links = True
    save_settings(settings)
    search = open_library_search(str(lib), stderr=io.StringIO())
    results = search.search(SECRET)
    assert results.total_documents == 1
    assert json.loads(results_json(results))["documents"][0]["title"] == "passwd"


def test_a_file_that_becomes_a_link_out_after_the_scan_is_not_read(lib, tmp_path):
    from viewer.core.library.parse import parse_library_file

    swapped = lib / "经济法" / "反垄断法.md"
    swapped.unlink()  # what a hostile writer could do between the scan and the parse
    swapped.symlink_to(tmp_path / "outside" / "passwd")
    parsed = parse_library_file(str(lib), "经济法/反垄断法.md")
    assert "outside the library folder" in parsed["error"]
    assert SECRET not in str(parsed)
    assert not parse_library_file(str(lib), "经济法/反垄断法.md", follow_links=True)["error"]


def test_devices_are_never_read_even_where_links_out_are_allowed(lib):
    (lib / "zero.md").symlink_to("/dev/zero")  # reading it never ends
    index = LibraryIndex(lib, follow_links=True)
    report = update_within(index, seconds=30)
    assert [(e.rel_path, e.error) for e in report.skipped] == [
        ("zero.md", "a device, not a regular file; not read")
    ]
    assert search_count(index, "事先申报") == 1
