"""Cancel takes effect at once (issue 9 trial: it took 9-14 s on the laws while a batch was
written), keeps what was committed, and a resumed index counts over the whole folder."""

from __future__ import annotations

import threading
from pathlib import Path

from viewer.core.library import index as index_module
from viewer.core.library.index import LibraryIndex
from viewer.core.library.search import LibrarySearch

LAW = "# 第{i}号法\n\n## 第一章 总则\n\n第一条 条款{i}规定了特别事项。\n"


def _folder(root: Path, count: int) -> Path:
    root.mkdir(parents=True)
    for i in range(count):
        (root / f"法{i:02d}.md").write_text(LAW.format(i=i), encoding="utf-8")
    return root


def _cancel_after(count: int):
    cancel, seen = threading.Event(), []

    def progress(done, total, _eta):
        seen.append((done, total))
        if len(seen) == count:
            cancel.set()

    return cancel, seen, progress


def test_a_cancelled_big_batch_is_dropped_and_redone_by_resume(tmp_path, monkeypatch):
    monkeypatch.setattr(index_module, "CANCEL_COMMIT_MAX", 2)
    index = LibraryIndex(_folder(tmp_path / "lib", 30), index_dir=tmp_path / "ix")
    cancel, _seen, progress = _cancel_after(15)  # 10 committed, 5 parsed and not
    report = index.update(progress=progress, cancel=cancel, procs=1, commit_every=10)
    assert report.cancelled and len(report.added) == 10
    assert len(index.manifest()) == 10
    assert LibrarySearch(index).search("特别事项").total_documents == 10
    _cancel, seen, progress = _cancel_after(-1)
    rest = index.update(progress=progress, procs=1)
    assert len(rest.added) == 20 and not rest.cancelled
    # the count runs over the folder: 10 of 30 were there before Resume
    assert seen[0][1] == 30 and seen[0][0] >= 10 and seen[-1] == (30, 30)
    assert LibrarySearch(index).search("特别事项").total_documents == 30


def test_a_small_batch_is_still_committed_on_cancel(tmp_path):
    index = LibraryIndex(_folder(tmp_path / "lib", 30), index_dir=tmp_path / "ix")
    cancel, _seen, progress = _cancel_after(5)
    report = index.update(progress=progress, cancel=cancel, procs=1)
    assert report.cancelled and len(report.added) == 5 == len(index.manifest())


def test_whooshs_writer_processes_are_where_cancel_ends_them(tmp_path):
    """Pins what batch.end_writer_processes reads of whoosh-reloaded 2.7.5: the multi-process
    writer's sub-writer processes in `tasks`. Fails when an upgrade moves them."""
    from whoosh import fields, index

    from viewer.core.library.batch import end_writer_processes

    ix = index.create_in(tmp_path, fields.Schema(body=fields.TEXT))
    writer = ix.writer(procs=2, multisegment=True, batchsize=1)
    for i in range(6):
        writer.add_document(body=f"word{i}")
    tasks = list(writer.tasks)
    assert tasks and all(task.is_alive() for task in tasks)
    end_writer_processes(writer)
    writer.cancel()
    assert not any(task.is_alive() for task in tasks)


def test_a_child_busy_past_the_grace_is_ended_and_the_index_still_works(tmp_path, monkeypatch):
    from viewer.core.library import update_process
    from viewer.core.library.update_process import UpdateProcess

    monkeypatch.setattr(update_process, "CANCEL_GRACE_S", 0.0)
    index = LibraryIndex(_folder(tmp_path / "lib", 4), index_dir=tmp_path / "ix")
    cancel = threading.Event()
    cancel.set()
    child = UpdateProcess(index)
    report = child.run(cancel=cancel)
    assert report.cancelled
    assert child._process.exitcode is not None  # ended, not left running
    report = UpdateProcess(index).run()
    assert not report.cancelled
    assert LibrarySearch(index).search("特别事项").total_documents == 4
