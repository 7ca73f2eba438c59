"""How a library index is written (issue 9, target 5): both writer processes work, the last
commit does not rewrite the batches before it, small updates' segments are merged, and the
app's codec ranks as Whoosh's own does. Every folder is made here."""

from __future__ import annotations

from pathlib import Path

from viewer.core.library import batch as library_batch
from viewer.core.library.index import LibraryIndex
from viewer.core.library.search import LibrarySearch

LAW = "# 第{i}号条例\n\n## 第一章 总则\n\n{body}\n\n第九十条 本条例自公布之日起施行。\n"
ARTICLES = ("经营者应当依法纳税。", "机关应当公开政府信息。", "国务院有关部门负责监督管理。")


def make_folder(root: Path, count: int, articles: int = 3, start: int = 0) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        lines = [f"第{n + 1}条 {ARTICLES[(i + n) % 3]}{i}号" for n in range(articles)]
        text = LAW.format(i=i, body="\n\n".join(lines))
        (root / f"条例{i:04d}.md").write_text(text, encoding="utf-8")
    return root


def segments(index: LibraryIndex) -> dict[str, int]:
    """segment id -> documents, of the index as committed now."""
    ix = index.open_whoosh()
    if ix is None:
        return {}
    with ix.reader() as reader:
        found = [leaf.segment() for leaf, _offset in reader.leaf_readers()]
        return {s.segment_id(): s.doc_count_all() for s in found if s is not None}


def test_a_batch_smaller_than_whoosh_s_job_is_written_by_both_processes(tmp_path):
    # Whoosh hands its writer processes 100 documents at a time: a batch of 48 went to one
    root = make_folder(tmp_path / "lib", 48, articles=120)  # one batch
    index = LibraryIndex(root)
    report = index.update(procs=2)
    assert len(report.added) == 48
    counts = sorted(segments(index).values())
    assert len(counts) == 2 and sum(counts) == 48, counts


def test_the_last_commit_keeps_the_segments_of_the_batches_before_it(tmp_path):
    # Whoosh's own policy merged most batch segments again at the end, in one process
    root = make_folder(tmp_path / "lib", 560)  # 12 batches: Whoosh merged from 10 segments on
    index = LibraryIndex(root)
    written: dict[str, int] = {}
    seen = [index.generation]

    def progress(_done, _total, _eta):
        if index.generation != seen[-1]:  # a batch was committed
            seen.append(index.generation)
            written.update(segments(index))

    index.update(procs=2, commit_every=50, progress=progress)
    batches = {s for s, n in written.items() if n >= library_batch.SMALL_SEGMENT}
    assert len(seen) > 4 and batches, (seen, written)
    assert batches <= set(segments(index))


def test_small_updates_do_not_pile_up_segments(tmp_path):
    root = make_folder(tmp_path / "lib", 10)
    index = LibraryIndex(root)
    index.update()
    counts = []
    for n in range(5):
        make_folder(root, 1, start=100 + n)
        index.update()
        counts.append(len(segments(index)))
    assert max(counts) <= 2, counts
    results = LibrarySearch(index).search("纳税")
    assert results.total_documents == 15


def ranked(root: Path, index_dir: Path) -> list[tuple[str, str, int, float]]:
    index = LibraryIndex(root, index_dir=index_dir)
    index.update(procs=2)
    search = LibrarySearch(index)
    out = []
    for query in ("纳税", "应当", "国务院 监督", "信息", "条例"):
        found = search.search(query, limit=200).documents  # ties: in the order written
        out += sorted((query, d.rel_path, d.hits, round(d.score, 6)) for d in found)
    return out


def test_the_app_s_codec_ranks_as_whoosh_s_own(tmp_path, monkeypatch):
    from whoosh.codec import default_codec

    root = make_folder(tmp_path / "lib", 40, articles=5)
    ours = ranked(root, tmp_path / "ours")
    monkeypatch.setattr(library_batch, "_codec", default_codec)
    whoosh = ranked(root, tmp_path / "whoosh")
    assert len(ours) > 40 and ours == whoosh


def test_an_index_written_before_the_codec_changed_is_updated_and_searched(tmp_path, monkeypatch):
    from whoosh.codec import default_codec

    root = make_folder(tmp_path / "lib", 30)
    ours = library_batch._codec
    monkeypatch.setattr(library_batch, "_codec", default_codec)  # last round's writer
    LibraryIndex(root).update(procs=2)
    monkeypatch.setattr(library_batch, "_codec", ours)
    make_folder(root, 3, start=500)
    index = LibraryIndex(root)
    report = index.update(procs=2)
    assert len(report.added) == 3 and not report.rebuilt
    found = {d.rel_path for d in LibrarySearch(index).search("纳税", limit=100).documents}
    assert len(found) == 33 and "条例0501.md" in found


def test_a_document_the_writer_lost_is_indexed_by_the_next_update(tmp_path, monkeypatch):
    # Whoosh's multi-process commit goes on without the documents of a writer process that
    # died; such a file used to be in the file list, taken as indexed, and never searched
    root = make_folder(tmp_path / "lib", 6)
    new_writer = library_batch.IndexBatch._new_writer

    def losing_writer(self):
        writer = new_writer(self)
        add = writer.add_document

        def add_document(**fields):
            if "0003" not in fields["path"]:  # this one dies with its writer process
                add(**fields)

        writer.add_document = add_document
        return writer

    with monkeypatch.context() as patched:
        patched.setattr(library_batch.IndexBatch, "_new_writer", losing_writer)
        index = LibraryIndex(root)
        report = index.update()
    assert report.lost == ["条例0003.md"] and "条例0003.md" not in report.added
    assert "条例0003.md" not in index.manifest()
    again = LibraryIndex(root).update()
    assert again.added == ["条例0003.md"] and not again.lost
    results = LibrarySearch(LibraryIndex(root)).search("3号")
    assert "条例0003.md" in [d.rel_path for d in results.documents]
