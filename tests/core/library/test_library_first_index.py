"""A library's index while it is first built, shared, damaged or unwritable (issue 8: 1, 14, 23,
24, 28). Every folder and damaged file is made here."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from viewer.core.library.index import LibraryIndex
from viewer.core.library.parse import parse_library_file
from viewer.core.library.search import LibrarySearch

LAW = "# 第{i}号条例\n\n## 第一章 总则\n\n第一条 {body}\n\n第二条 本条例自公布之日起施行。\n"


def make_folder(root: Path, count: int) -> Path:
    for i in range(count):
        sub = root / ("经济法" if i % 2 else "行政法")
        sub.mkdir(parents=True, exist_ok=True)
        body = "经营者应当依法纳税。" if i % 3 == 0 else "机关应当公开信息。"
        (sub / f"条例{i:03d}.md").write_text(LAW.format(i=i, body=body), encoding="utf-8")
    return root


def half_built(index: LibraryIndex, rel_paths: list[str]) -> None:
    """What a first index looks like from outside while it runs: an empty Whoosh index (its
    writer has not committed) and the texts of the files parsed so far."""
    index._create_whoosh()
    rows = [(p, parse_library_file(str(index.root), p)["blobs"]) for p in rel_paths]
    index.texts.put_many(rows)
    index.texts.close()


def test_search_during_the_first_index_finds_what_is_parsed_so_far(tmp_path):
    root = make_folder(tmp_path / "lib", 12)
    index = LibraryIndex(root)
    parsed = sorted(e.rel_path for e in index.entries())[:6]
    half_built(index, parsed)
    results = LibrarySearch(index).search("纳税")
    expected = {p for p in parsed if int(p[-6:-3]) % 3 == 0}
    assert {d.rel_path for d in results.documents} == expected
    assert results.partial
    assert (results.searched_documents, results.library_documents) == (6, 12)
    assert all(d.hits == 1 and d.passages for d in results.documents)


def test_during_the_first_index_a_title_match_is_found_as_after_it(tmp_path):
    root = make_folder(tmp_path / "lib", 6)
    index = LibraryIndex(root)
    half_built(index, sorted(e.rel_path for e in index.entries()))
    during = LibrarySearch(index).search("第4号")  # in one title, in no text
    index.update()
    after = LibrarySearch(index).search("第4号")
    for results in (during, after):
        assert [d.rel_path for d in results.documents] == ["行政法/条例004.md"]
        assert results.documents[0].title_match and results.documents[0].hits == 0


def test_search_of_an_index_with_no_readable_document_is_empty_not_an_error(tmp_path):
    root = tmp_path / "lib"
    root.mkdir()
    (root / "坏.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    index = LibraryIndex(root)
    report = index.update()
    assert len(report.failed) == 1
    results = LibrarySearch(index).search("纳税")  # log(0 documents) was a math domain error
    assert results.documents == [] and not results.partial


def test_scan_results_are_filtered_by_folder(tmp_path):
    root = make_folder(tmp_path / "lib", 12)
    index = LibraryIndex(root)
    half_built(index, sorted(e.rel_path for e in index.entries()))
    results = LibrarySearch(index).search("纳税", categories=["经济法"])
    assert results.documents and all(d.category == "经济法" for d in results.documents)


def test_progress_counts_the_writing_of_the_index(tmp_path):
    root = make_folder(tmp_path / "lib", 60)
    index = LibraryIndex(root)
    seen, phases, midway = [], [], []

    def progress(done, total, _eta):
        seen.append((done, total))
        if done >= 20 and not midway:  # the first batch is written: searchers see it
            midway.append(LibrarySearch(index).search("应当"))

    index.update(progress=progress, phase=phases.append, procs=2, commit_every=20)
    # the bar reaches the total only once everything is written, not when parsing ends
    assert seen[-1] == (60, 60)
    assert all(done < 60 for done, _ in seen[:-1])
    written = [done for done, _ in seen]
    assert written == sorted(written)
    assert any(p.startswith("Writing the index") for p in phases)
    first = midway[0]
    assert first.partial and 20 <= first.total_documents < 60
    assert (first.searched_documents, first.library_documents) == (first.total_documents, 60)


def test_each_batch_s_commit_says_that_the_index_is_being_written(tmp_path):
    """A big folder's earlier commits take seconds each while the count stands still: the
    reader is told the index is being written, not left with a frozen count."""
    from viewer.core.library import messages

    root = make_folder(tmp_path / "lib", 60)
    events = []
    LibraryIndex(root).update(
        progress=lambda done, _total, _eta: events.append(done),
        phase=events.append,
        procs=2,
        commit_every=20,
    )
    writing = [e for e in events if isinstance(e, str) and e.startswith("Writing the index")]
    assert writing == ["Writing the index of 20 documents"] * 3
    kinds = [getattr(e, "render", None) for e in events if e in writing]
    assert kinds == [messages.writing_batch, messages.writing_batch, messages.writing]
    # each batch's commit is announced after its last document is counted as parsed
    first = events.index(writing[0])
    assert max(e for e in events[:first] if isinstance(e, int)) < 20


def _update_in_child(root: str, index_dir: str, out) -> None:
    phases: list[str] = []
    try:
        report = LibraryIndex(root, Path(index_dir)).update(phase=phases.append, procs=2)
        out.put(("done", len(report.added), phases))
    except BaseException as exc:  # noqa: BLE001 - the test reports it
        out.put(("error", repr(exc), phases))


def test_two_processes_indexing_one_library_neither_crashes(tmp_path):
    root = make_folder(tmp_path / "lib", 80)
    index = LibraryIndex(root)
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    children = [
        context.Process(target=_update_in_child, args=(str(root), str(index.dir), out))
        for _ in range(2)
    ]
    for child in children:
        child.start()
    answers = [out.get(timeout=180) for _ in children]
    for child in children:
        child.join(30)
    assert [a[0] for a in answers] == ["done", "done"], answers
    assert sorted(a[1] for a in answers) == [0, 80]  # the second reused the first one's work
    waited = next(a[2] for a in answers if a[1] == 0)
    assert any("being indexed by another window" in p for p in waited)
    assert LibrarySearch(index).search("应当").total_documents == 80


def test_a_second_indexer_waits_for_the_first_and_can_be_cancelled(tmp_path):
    from viewer.core.library.lock import IndexLock

    root = make_folder(tmp_path / "lib", 4)
    index = LibraryIndex(root)
    holder = IndexLock(index.dir)
    assert holder.acquire()
    phases, cancel = [], threading.Event()
    result = {}
    worker = threading.Thread(
        target=lambda: result.setdefault("report", index.update(phase=phases.append, cancel=cancel))
    )
    worker.start()
    try:
        for _ in range(100):
            if phases and "another window" in phases[-1]:
                break
            threading.Event().wait(0.05)
        assert "being indexed by another window" in phases[-1]
    finally:
        holder.release()
    worker.join(30)
    assert len(result["report"].added) == 4


def test_unwritable_cache_folder_falls_back_to_a_temporary_index(tmp_path, monkeypatch):
    import tempfile

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a regular file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_VIEWER_DATA_DIR", str(blocker / "data"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    root = make_folder(tmp_path / "lib", 6)
    index = LibraryIndex(root)
    assert index.dir.is_relative_to(tmp_path / "tmp")
    assert "temporary folder" in index.notice
    index.update()
    assert LibrarySearch(index).search("纳税").total_documents == 2


def _damage_whoosh(index: LibraryIndex, suffix: str) -> None:
    target = max(index.whoosh_dir.glob(f"*{suffix}"), key=lambda p: p.stat().st_size)
    data = bytearray(target.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = bytes(len(data[middle : middle + 4096]))
    target.write_bytes(bytes(data))
    _later(target)


def _later(path: Path) -> None:
    """Damage happens after the commit, not in the same clock tick as it."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def _damage_texts(index: LibraryIndex, _suffix: str) -> None:
    data = bytearray(index.texts.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header and the first page's tree
    index.texts.path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "suffix"),
    [(_damage_whoosh, ".pst"), (_damage_whoosh, ".trm"), (_damage_texts, "")],
)
def test_a_damaged_library_index_is_detected_and_rebuilt(tmp_path, damage, suffix):
    root = make_folder(tmp_path / "lib", 40)
    index = LibraryIndex(root)
    index.update(procs=1)
    index.texts.close()
    damage(index, suffix)
    assert index.suspect()
    report = index.update(procs=1)
    assert "damaged" in report.rebuilt and len(report.added) == 40
    search = LibrarySearch(index)
    assert search.search("应当").total_documents == 40
    assert search.search("纳税").total_documents == 14
    with sqlite3.connect(index.texts.path) as db:
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)


def _damage_toc(index: LibraryIndex, _suffix: str) -> None:
    toc = next(index.whoosh_dir.glob("*.toc"))
    toc.write_bytes(b"\x00" * toc.stat().st_size)


@pytest.mark.parametrize(("damage", "found_meanwhile"), [(_damage_texts, 0), (_damage_toc, 14)])
def test_a_search_that_meets_damage_says_so_and_asks_for_a_rebuild(
    tmp_path, damage, found_meanwhile
):
    root = make_folder(tmp_path / "lib", 40)
    index = LibraryIndex(root)
    index.update(procs=1)
    search = LibrarySearch(index)
    assert search.search("纳税").total_documents == 14
    search.close()
    index.reload()
    damage(index, "")
    results = search.search("纳税")  # never an exception
    assert results.damaged and "rebuilt" in results.notice
    assert results.total_documents == found_meanwhile  # the texts, when they can be read
    assert index.suspect()
    assert index.update(procs=1).rebuilt
    search.open()
    results = search.search("纳税")
    assert results.total_documents == 14 and not results.damaged


def test_a_searcher_opened_between_a_commit_and_its_file_list_catches_up(tmp_path):
    from viewer.core.library.manifest_file import save_manifest

    root = make_folder(tmp_path / "lib", 6)
    index = LibraryIndex(root)
    index.update(procs=1)
    full = index.manifest()
    # the searcher opens after Whoosh's commit, before the file list of that commit is saved
    save_manifest(index.manifest_path, index.root, dict(sorted(full.items())[:3]))
    search = LibrarySearch(index)
    assert search.search("应当").searched_documents == 3
    save_manifest(index.manifest_path, index.root, full)
    results = search.search("应当", categories=["经济法"])
    assert results.searched_documents == 6 and results.total_documents == 3
