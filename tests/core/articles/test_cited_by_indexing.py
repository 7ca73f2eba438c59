"""The citation graph is brought up to date by the library update, in its child process."""

import os
import threading

import pytest

from viewer.core.articles.cited_by import (
    CitationGraph,
    citation_follow_up,
    graph_path,
)
from viewer.core.library.index import LibraryIndex
from viewer.core.library.search import LibrarySearch
from viewer.core.library.update_process import UpdateProcess

LAW = "# 中华人民共和国电子签名法\n\n2019年4月23日 第二次修正\n\n第十五条 妥善保管。\n"


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "lib"
    _write(root / "法" / "电子签名法(2019-04-23).md", LAW)
    citing = "# 甲办法\n\n第一条 违反《电子签名法》第十五条的，依法处理。\n"
    _write(root / "规章" / "甲办法.md", citing)
    _write(root / "规章" / "乙办法.md", "# 乙办法\n\n第一条 与电子签名无关。\n")
    return root


def _updater(index):
    """An update whose follow-up is the citation graph, as the library window runs it."""
    return UpdateProcess(index, follow_up=citation_follow_up(index.root))


def _citing(root):
    graph = CitationGraph.open(root)
    try:
        rebuilt = graph.update()  # 0: the library update left nothing to read
        found = [d["path"] for d in graph.cited_by(root / "法" / "电子签名法(2019-04-23).md")]
    finally:
        graph.close()
    return rebuilt, found


def test_library_update_builds_the_citation_graph(library):
    phases = []
    report = _updater(LibraryIndex(library)).run(phase=phases.append)
    assert len(report.added) == 3 and not report.cancelled
    assert "Updating citations" in phases  # no "…" of its own: the panel adds one
    assert graph_path(library).exists()
    assert _citing(library) == (0, ["规章/甲办法.md"])


def test_the_graph_follows_changes_incrementally(library):
    index = LibraryIndex(library)
    _updater(index).run()
    changed = library / "规章" / "乙办法.md"
    changed.write_text("# 乙办法\n\n第一条 依照《电子签名法》处理。\n", encoding="utf-8")
    os.utime(changed, ns=(1, 1))
    report = _updater(index).run()
    assert report.changed == ["规章/乙办法.md"]
    rebuilt, found = _citing(library)
    assert rebuilt == 0 and sorted(found) == ["规章/乙办法.md", "规章/甲办法.md"]


def test_a_failing_graph_does_not_fail_the_index(library):
    graph_path(library).mkdir(parents=True)  # SQLite cannot open a folder
    index = LibraryIndex(library)
    report = _updater(index).run()
    assert len(report.added) == 3 and not report.cancelled
    assert LibrarySearch(index).search("妥善保管").total_documents == 1


def test_a_cancelled_update_leaves_the_graph_alone(library):
    cancel = threading.Event()
    cancel.set()
    report = _updater(LibraryIndex(library)).run(cancel=cancel)
    assert report.cancelled
    assert not graph_path(library).exists()


SLOW_CITATIONS_S = 1.5


def _slow_citations(root, cancel, procs, graph_file):
    """The citations' step of a big library: slower than the index of three files."""
    import time

    from viewer.core.articles.cited_by import update_citations

    time.sleep(SLOW_CITATIONS_S)
    update_citations(root, cancel, procs, graph_file)


def test_the_reported_time_includes_the_citations_step(library):
    """ "Indexed: 3 added (N s)" counts the whole wait, the citations' step included."""
    index = LibraryIndex(library)
    phase, _function, extra = citation_follow_up(index.root)
    report = UpdateProcess(index, follow_up=(phase, _slow_citations, extra)).run()
    assert report.seconds >= SLOW_CITATIONS_S
    assert _citing(library) == (0, ["规章/甲办法.md"])
