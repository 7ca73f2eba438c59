"""Library core on small folders made here: catalog, incremental index, bad files, search."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from viewer.core.document.law_version import date_from_name
from viewer.core.library.index import LibraryIndex
from viewer.core.library.search import LibrarySearch

LAW = """# 中华人民共和国{name}

2018年8月31日 第十三届全国人民代表大会常务委员会第五次会议通过

<!-- INFO END -->

## 第一章 总则

第一条 为了保障{name}各方主体的合法权益，制定本法。

第二条 {body}

## 第二章 附则

第三条 本法自公布之日起施行。
"""


def write(folder: Path, rel: str, name: str, body: str) -> Path:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(LAW.format(name=name, body=body), encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path) -> Path:
    root = tmp_path / "lib"
    write(root, "经济法/电子商务法(2018-08-31).md", "电子商务法", "电子商务经营者应当依法纳税。")
    write(root, "经济法/反垄断法.md", "反垄断法", "经营者集中达到申报标准的，应当事先申报。")
    write(
        root, "行政法/网络安全法(2016-11-07).md", "网络安全法", "网络运营者应当履行安全保护义务。"
    )
    write(root, "notes.txt", "随笔", "红包 与 保险 的故事。")
    return root


def indexed(folder: Path) -> tuple[LibraryIndex, LibrarySearch]:
    index = LibraryIndex(folder)
    index.update()
    return index, LibrarySearch(index)


def test_catalog_metadata(folder):
    index = LibraryIndex(folder)
    entries = {e.rel_path: e for e in index.entries()}
    ecommerce = entries["经济法/电子商务法(2018-08-31).md"]
    assert ecommerce.title == "中华人民共和国电子商务法"
    assert ecommerce.category == "经济法"
    assert ecommerce.date == "2018-08-31"
    assert entries["notes.txt"].category == ""
    index.update()
    indexed_entries = {e.rel_path: e for e in index.entries()}
    # no date in the name: the preamble's date is used once the file is parsed
    assert indexed_entries["经济法/反垄断法.md"].date == "2018-08-31"
    assert date_from_name("报告2019年3月5日.md") == "2019-03-05"
    assert date_from_name("v1.2.md") == ""


def test_incremental_add_change_delete_rename(folder):
    index, search = indexed(folder)
    assert search.search("纳税").total_documents == 1
    write(folder, "新法.md", "新法", "数据出境应当申报。")
    (folder / "经济法/电子商务法(2018-08-31).md").write_text(
        LAW.format(name="电子商务法", body="平台应当公示规则。"), encoding="utf-8"
    )
    (folder / "notes.txt").unlink()
    os.rename(folder / "行政法/网络安全法(2016-11-07).md", folder / "网络安全法.md")
    report = index.update()
    assert set(report.added) == {"新法.md", "网络安全法.md"}
    assert report.changed == ["经济法/电子商务法(2018-08-31).md"]
    assert set(report.removed) == {"notes.txt", "行政法/网络安全法(2016-11-07).md"}
    assert report.renamed == [("行政法/网络安全法(2016-11-07).md", "网络安全法.md")]
    assert search.search("纳税").total_documents == 0
    assert search.search("公示规则").total_documents == 1
    assert search.search("红包").total_documents == 0
    assert [d.rel_path for d in search.search("网络运营者").documents] == ["网络安全法.md"]
    assert search.search("数据出境").total_documents == 1
    again = index.update()
    assert not (again.added or again.changed or again.removed)


def test_touched_but_identical_file_is_not_reindexed(folder):
    index, _ = indexed(folder)
    path = folder / "notes.txt"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    report = index.update()
    assert not (report.added or report.changed or report.removed)


def test_unreadable_files_are_listed_and_do_not_stop_indexing(folder):
    (folder / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "broken.txt").write_bytes(b"\xff\xfe\xfa" + bytes(range(128, 256)) * 3)
    (folder / "empty.md").write_bytes(b"")
    index, search = indexed(folder)
    reasons = {e.rel_path: e.error for e in index.unreadable()}
    assert "binary" in reasons["binary.md"]
    assert "empty" in reasons["empty.md"]
    # undecodable bytes are either refused with a reason or decoded by a guess; never a crash
    assert "broken.txt" in reasons or search.search("纳税").total_documents == 1
    assert search.search("纳税").total_documents == 1


def test_unreadable_permissions(folder):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root from reading the file")
    locked = folder / "locked.md"
    locked.write_text("# 锁定\n\n秘密。", encoding="utf-8")
    locked.chmod(0)
    try:
        index, _ = indexed(folder)
        assert "permission" in {e.rel_path: e.error for e in index.unreadable()}["locked.md"]
    finally:
        locked.chmod(0o644)


def test_cancel_stops_and_leaves_a_usable_index(tmp_path):
    root = tmp_path / "many"
    for i in range(30):
        write(root, f"法{i:02d}.md", f"第{i}号法", f"条款{i}规定了特别事项。")
    index = LibraryIndex(root)
    cancel = threading.Event()
    seen = []

    def progress(done, total, eta):
        seen.append(done)
        if len(seen) == 5:  # a report per document handed to the writer
            cancel.set()

    report = index.update(progress=progress, cancel=cancel, procs=1)
    assert report.cancelled and len(report.added) == 5 and seen[-1] == 5
    search = LibrarySearch(index)
    assert search.search("特别事项").total_documents == 5
    rest = index.update(procs=1)
    assert len(rest.added) == 25 and not rest.cancelled
    search.open()
    assert search.search("特别事项").total_documents == 30


def test_grouped_results_hits_and_snippets(folder):
    _, search = indexed(folder)
    results = search.search("应当")
    assert results.total_documents == 3
    for doc in results.documents:
        assert doc.hits >= 1 and doc.passages
        for hit in doc.passages:
            assert "<mark>应当</mark>" in hit.snippet
    assert results.total == sum(d.hits for d in results.documents)
    assert search.search("经营者集中").documents[0].title == "中华人民共和国反垄断法"
    # negation works per passage, as in one document: 第三条 has 公布 and 施行 together, and
    # the network law's 第三条 matches 公布 -网络 though other passages hold 网络
    assert search.search("公布 -网络").total_documents == 4
    assert search.search("公布 -施行").total_documents == 0
    assert search.search("红 OR 纳").total_documents == 2  # single characters
    assert search.search('"经营者 集中"').total_documents == 0


def test_category_and_date_filters(folder):
    _, search = indexed(folder)
    assert search.categories() == ["", "经济法", "行政法"]
    by_category = search.search("应当", categories=["经济法"])
    assert {d.category for d in by_category.documents} == {"经济法"}
    dated = search.search("应当", date_from="2017-01-01", date_to="2018-12-31")
    assert {d.date for d in dated.documents} == {"2018-08-31"}
    assert search.search("应当", date_to="2016-12-31").total_documents == 1


def test_title_words_rank_first(folder):
    write(folder, "other.md", "其他法", "电子商务 电子商务 电子商务 出现很多次。")
    _, search = indexed(folder)
    top = search.search("电子商务").documents[0]
    assert top.title == "中华人民共和国电子商务法"


def _passage_keys(document):
    panes = [(pane.id, pane.title) for pane in document.panes]
    rows = [
        (p.id, p.pane_id, p.heading, p.kind, p.text, p.order, p.level, p.markdown)
        for p in document.passages()
    ]
    return document.title, panes, rows


def test_text_only_parse_equals_full_parse_on_real_laws(laws_dir):
    """Indexing parses with render_html=False; bookmarks and search offsets rely on the same
    passage ids and texts as the reader's full parse."""
    from viewer.core.document.markdown_model import parse_document
    from viewer.core.document.textio import read_document_text

    files = sorted(laws_dir.rglob("*.md"))[::25]
    assert len(files) > 100
    for path in files:
        text = read_document_text(path).text
        full, light = parse_document(text), parse_document(text, render_html=False)
        assert _passage_keys(light) == _passage_keys(full), path


@pytest.mark.parametrize(
    "markdown_text",
    [
        "# 标题\n\n第一条　为了*规范*行为。\n第二行  \n第三行\n\n- 列表\n- 项\n\n> 引用\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n    code\n\n1. 第一\n2. 第二\n\n标题二\n===\n\n"
        "a &amp; b <b>粗</b> [链接](http://x) `code` 中\\*文\n\n## 第二章 #总则#\n\n  缩进 行\n",
    ],
)
def test_text_only_parse_equals_full_parse_on_markup(markdown_text):
    from viewer.core.document.markdown_model import parse_document

    full = parse_document(markdown_text)
    light = parse_document(markdown_text, render_html=False)
    assert _passage_keys(light) == _passage_keys(full)
    assert all(p.html for p in full.passages())


def test_totals_paging_and_title_only_matches(folder):
    # a file whose title alone holds the word matches by its title (title_matches)
    write(folder, "经济法/专利法.md", "专利法", "发明创造应当具备新颖性。")
    for n in range(12):
        write(folder, f"杂项/文件{n}.md", f"杂项{n}", f"第{n}项 专利申请应当 提交 材料。")
    _, search = indexed(folder)
    first = search.search("国专利")  # in the title only (第一条 says 保障专利法)
    assert first.total_documents == 1 and first.total_exact
    assert first.documents[0].title_match and first.documents[0].hits == 0
    everything = search.search("应当", limit=10**6)
    assert everything.total_exact and everything.total_documents == len(everything.documents)
    pages = [search.search("应当", limit=5, offset=o).documents for o in range(0, 20, 5)]
    assert [d.rel_path for page in pages for d in page] == [
        d.rel_path for d in everything.documents
    ]
    # a query the index cannot decide (two words, per passage) is checked exactly
    both = search.search("专利申请 材料", limit=3)
    assert both.total_exact and both.total_documents == 12 == both.total_documents_max
    assert len(both.documents) == 3 and all(d.hits == 1 for d in both.documents)
    assert search.search('"提交 材料"').total_documents == 12
    assert search.search('"申请应当 提交"').total_documents == 12
    assert search.search("应当 提交 -材料").total_documents == 0


def test_page_hit_counts_and_best_passages_follow_the_exact_matcher(folder):
    # touching matches count once (merge_spans), as in the single-document search
    write(folder, "杂项/红包.md", "红包规定", "红包红包红包。\n\n红包 与 红包。\n\n没有。")
    _, search = indexed(folder)
    doc = next(d for d in search.search("红包").documents if d.rel_path == "杂项/红包.md")
    texts = [hit.text for hit in doc.passages]
    # 第一条 (保障红包规定…), 第二条 红包红包红包 (one merged match), 红包 与 红包 (two)
    assert doc.hits == 3 and texts[0] == "红包 与 红包。"
    assert doc.passages[0].snippet.count("<mark>") == 2


def test_update_process_indexes_in_a_child_and_searchers_see_it(folder):
    from viewer.core.library.update_process import UpdateProcess

    index = LibraryIndex(folder)
    search = LibrarySearch(index)
    assert search.search("依法纳税").total_documents == 0  # nothing indexed yet
    phases, progress = [], []
    report = UpdateProcess(index).run(
        progress=lambda done, total, _eta: progress.append((done, total)), phase=phases.append
    )
    assert report.pid not in (0, os.getpid())
    assert len(report.added) == 4 and not report.cancelled
    assert progress[-1] == (4, 4)
    assert any(p.startswith("Writing the index") for p in phases)
    assert search.search("依法纳税").total_documents == 1  # the parent reopened the index


def test_update_process_cancel_crosses_the_process_boundary(folder):
    from viewer.core.library.update_process import UpdateProcess

    index = LibraryIndex(folder)
    cancel = threading.Event()
    cancel.set()  # the child checks it after its first document
    report = UpdateProcess(index).run(cancel=cancel)
    assert report.cancelled and report.pid != os.getpid()
    assert len(report.added) == 1  # what was done is kept
    report = UpdateProcess(index).run()
    assert len(report.added) == 3 and not report.cancelled


def test_update_process_terminate_ends_the_child(folder):
    from viewer.core.base.errors import SearchIndexError
    from viewer.core.library.update_process import UpdateProcess

    child = UpdateProcess(LibraryIndex(folder))
    started, outcome = threading.Event(), []

    def run() -> None:
        try:
            child.run(phase=lambda _message: started.set())
        except SearchIndexError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    assert started.wait(60)
    child.terminate()
    thread.join(30)
    assert not thread.is_alive() and outcome
    with pytest.raises(ProcessLookupError):
        os.kill(child.pid, 0)


def test_dense_word_counts_and_spans_equal_the_exact_matcher():
    from viewer.core.library.passages import passage_matches, passage_spans
    from viewer.core.library.texts import DocText, encode_row
    from viewer.core.search.query_parser import parse_query
    from viewer.core.search.snippets import match_spans

    apart = ["证券 与 证券", "证券", "无", "证券交易，证券市场", "Uber 证券"]
    for texts in (apart * 5, apart * 5 + ["证券证券 证券"], ["无"] * 40 + ["证券"]):
        rows = [(f"p{i}", "pane", "", "paragraph", t) for i, t in enumerate(texts)]
        doc = DocText("x.md", *encode_row("标题", [["pane", "Pane"]], rows))
        for query in ("证券", "uber", '"证券"'):
            parsed = parse_query(query)
            truth = {i: len(match_spans(parsed, t.lower())) for i, t in enumerate(texts)}
            assert passage_matches(parsed, doc) == {i: n for i, n in truth.items() if n}
            for i in range(len(texts)):
                start, end = doc.span(i)
                folded = doc.folded[start:end]
                assert passage_spans(parsed, folded) == match_spans(parsed, folded)
