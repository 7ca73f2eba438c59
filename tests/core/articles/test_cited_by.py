"""Cited-by: who cites a document or one of its articles; the graph updates incrementally."""

import json
import os

import pytest

from viewer.cli.main import main
from viewer.core.articles.cited_by import CitationGraph, graph_path

LAW = "# 中华人民共和国电子签名法\n\n2019年4月23日 第二次修正\n\n## 第一章\n\n第十五条 妥善保管。\n"


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "lib"
    _write(root / "法" / "电子签名法(2019-04-23).md", LAW)
    _write(
        root / "规章" / "甲办法.md",
        "# 甲办法\n\n第一条 根据《中华人民共和国电子签名法》，制定本办法。\n\n"
        "第二条 违反《电子签名法》第十五条的，依法处理。\n",
    )
    _write(root / "规章" / "乙办法.md", "# 乙办法\n\n第一条 依照《电子签名法》第二十条处理。\n")
    _write(root / "规章" / "丙办法.md", "# 丙办法\n\n第一条 与电子签名无关。\n")
    return root


def test_cited_by_groups_citing_passages_by_document(library):
    graph = CitationGraph.open(library)
    assert graph.update() == 4
    documents = graph.cited_by(library / "法" / "电子签名法(2019-04-23).md")
    assert [(d["path"], d["count"]) for d in documents] == [
        ("规章/甲办法.md", 2),
        ("规章/乙办法.md", 1),
    ]
    first = documents[0]
    assert first["title"] == "甲办法"
    assert [p["address"] for p in first["passages"]] == ["第一条", "第二条"]
    assert first["passages"][1]["sentence"] == "第二条 违反《电子签名法》第十五条的，依法处理。"


def test_cited_by_one_article(library):
    graph = CitationGraph.open(library)
    graph.update()
    documents = graph.cited_by(library / "法" / "电子签名法(2019-04-23).md", at="第15条")
    assert [d["path"] for d in documents] == ["规章/甲办法.md"]


def test_update_rereads_only_what_changed(library):
    graph = CitationGraph.open(library)
    graph.update()
    assert graph.update() == 0
    changed = library / "规章" / "丙办法.md"
    changed.write_text("# 丙办法\n\n第一条 依照《电子签名法》处理。\n", encoding="utf-8")
    os.utime(changed, ns=(1, 1))
    (library / "规章" / "乙办法.md").unlink()
    assert graph.update() == 1
    law = library / "法" / "电子签名法(2019-04-23).md"
    assert sorted(d["path"] for d in graph.cited_by(law)) == ["规章/丙办法.md", "规章/甲办法.md"]
    assert graph_path(library).exists()


def test_cited_by_cli(library, capsys):
    law = str(library / "法" / "电子签名法(2019-04-23).md")
    assert main(["cited-by", "--library", str(library), "--document", law, "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)["documents"]
    assert {"path", "title", "date", "count", "passages"} <= set(documents[0])
    assert str(library) not in json.dumps(documents, ensure_ascii=False)


def test_cited_by_cli_rejects_a_file_outside_the_library(library, tmp_path, capsys):
    outside = tmp_path / "别处.md"
    outside.write_text("# 别处\n", encoding="utf-8")
    assert main(["cited-by", "--library", str(library), "--document", str(outside)]) == 2
    assert "not a document of this library" in capsys.readouterr().err


def test_a_cancelled_update_leaves_the_graph_as_it_was(library):
    from viewer.core.articles.cited_by import GraphUpdateCancelled

    graph = CitationGraph.open(library)
    with pytest.raises(GraphUpdateCancelled):
        graph.update(cancel=lambda: True)
    assert graph.db.execute("SELECT COUNT(*) FROM files").fetchone()[0] == 0
    assert graph.update() == 4


def test_a_big_update_runs_in_worker_processes(tmp_path):
    from viewer.core.articles.cited_by import POOL_THRESHOLD

    root = tmp_path / "many"
    _write(root / "法.md", LAW)
    for n in range(POOL_THRESHOLD + 2):
        _write(
            root / f"规章{n}.md", f"# 规章{n}\n\n第一条 根据《电子签名法》第十五条，制定本规定。\n"
        )
    graph = CitationGraph.open(root)
    assert graph.update(procs=2) == POOL_THRESHOLD + 3
    assert len(graph.cited_by(root / "法.md", at="第十五条")) == POOL_THRESHOLD + 2


def test_cited_by_cli_in_chinese_uses_full_width_marks(library, capsys):
    law = str(library / "法" / "电子签名法(2019-04-23).md")
    assert main(["cited-by", "--lang", "zh", "--library", str(library), "--document", law]) == 0
    lines = capsys.readouterr().out.splitlines()
    passages = [line.strip() for line in lines if line.startswith("    ")]
    assert passages and all(line.startswith("第") and "：" in line for line in passages), lines
    assert not [line for line in lines if ": " in line or " (" in line], lines


def _writer_holding_the_graph(library):
    """Another process's update in the middle of its transaction (the library's child)."""
    import sqlite3

    other = sqlite3.connect(graph_path(library), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("DELETE FROM files WHERE rel_path = 'none'")
    return other


def test_an_update_waits_for_another_writer_then_answers(library):
    """The Cited by panel said "Articles: database is locked" while the library's update wrote
    the graph (trial, round 6): it now waits for it, then reads the graph it left."""
    import threading

    CitationGraph.open(library).update()
    (library / "规章" / "丁办法.md").write_text(
        "# 丁办法\n\n第一条 依照《电子签名法》。\n", "utf-8"
    )
    other = _writer_holding_the_graph(library)
    found: dict = {}

    def panel():
        graph = CitationGraph.open(library)
        found["read"] = graph.update()
        found["citing"] = [
            d["path"] for d in graph.cited_by(library / "法" / "电子签名法(2019-04-23).md")
        ]

    reader = threading.Thread(target=panel)
    reader.start()
    reader.join(5.5)  # past SQLite's usual 5 s busy timeout (the error the panel showed)
    assert reader.is_alive() and "read" not in found  # waiting for the other writer
    other.execute("COMMIT")
    reader.join(30)
    assert found["read"] == 1 and "规章/丁办法.md" in found["citing"]


def test_waiting_for_another_writer_can_be_cancelled(library):
    from viewer.core.articles.cited_by import GraphUpdateCancelled

    CitationGraph.open(library).update()
    (library / "规章" / "丁办法.md").write_text(
        "# 丁办法\n\n第一条 依照《电子签名法》。\n", "utf-8"
    )
    other = _writer_holding_the_graph(library)
    try:
        with pytest.raises(GraphUpdateCancelled):
            CitationGraph.open(library).update(cancel=lambda: True)
    finally:
        other.execute("ROLLBACK")


def test_a_citation_counts_for_the_version_in_force_on_the_citing_date(tmp_path):
    """反垄断法 2007 and 2022: a 2024 interpretation citing 第二十条 cites the 2022 text (its
    exemption article), not 2007's 第二十条 (merger control); asked by title, both count."""
    root = tmp_path / "lib"
    law = "# 中华人民共和国示例法\n\n第二十条 条文。\n"
    _write(root / "法" / "示例法(2007-08-30).md", law)
    _write(root / "法" / "示例法(2022-06-24).md", law)
    cite = "第一条 依照《示例法》第二十条处理。\n"
    _write(root / "规章" / "甲规定(2013-11-22).md", f"# 甲规定\n\n{cite}")
    _write(root / "规章" / "乙解释(2024-06-24).md", f"# 乙解释\n\n{cite}")
    _write(root / "规章" / "丙案例.md", f"# 丙案例\n\n{cite}")  # undated: the newest version
    # an amending decision is dated the day of the new version: it cites the old text
    _write(root / "规章" / "修改决定(2022-06-24).md", f"# 关于修改《示例法》的决定\n\n{cite}")
    graph = CitationGraph.open(root)
    graph.update()

    def citing(document, at=None):
        return sorted(d["path"] for d in graph.cited_by(document, at))

    old, new = root / "法" / "示例法(2007-08-30).md", root / "法" / "示例法(2022-06-24).md"
    assert citing(old, "第二十条") == ["规章/修改决定(2022-06-24).md", "规章/甲规定(2013-11-22).md"]
    assert citing(new, "第二十条") == ["规章/丙案例.md", "规章/乙解释(2024-06-24).md"]
    assert len(citing("示例法")) == 4  # a title names the law in every version


def test_a_file_named_in_gbk_is_cited_and_cites(tmp_path):
    """A name that is not UTF-8 (中国 in GBK, copied from an old Windows share) is kept exactly:
    the graph's update no longer stops on it, and it is found as cited and as citing."""
    root = tmp_path / "lib"
    root.mkdir()
    gbk = os.fsdecode(b"\xd6\xd0\xb9\xfa.md")  # surrogate escapes, as os.listdir gives it
    try:
        (root / gbk).write_text("# 甲法\n\n第一条 条文。\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes UTF-8 names only")
    _write(root / "乙规定.md", "# 乙规定\n\n第一条 依照《甲法》第一条。\n")
    (root / os.fsdecode(b"\xd2\xd2.md")).write_text(
        "# 丙规定\n\n第一条 依照《甲法》第一条。\n", encoding="utf-8"
    )
    graph = CitationGraph.open(root)
    assert graph.update() == 3
    citing = [d["path"] for d in graph.cited_by(root / gbk)]
    assert sorted(citing) == sorted(["乙规定.md", os.fsdecode(b"\xd2\xd2.md")])
    assert graph.update() == 0  # found again by its exact name: nothing re-read
