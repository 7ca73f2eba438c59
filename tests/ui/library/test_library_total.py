"""A first page whose total needed the texts shows "N+" at once; the exact count follows from
a worker, and a newer query cancels that work."""

from __future__ import annotations

import threading

import pytest

from tests.core.library.test_library import write
from tests.ui.library.test_library_panels import open_and_index
from tests.ui.library.test_library_search import search

pytestmark = pytest.mark.gui
MATCHING = 90  # files holding 国务院; 30 more hold 国务 and 务院 apart


@pytest.fixture
def library(qtbot, window, tmp_path):
    from viewer.ui.library.docks import install_library

    root = tmp_path / "lib"
    for n in range(MATCHING):
        write(root, f"甲/规定{n:03}.md", f"规定{n}", f"本规定由国务院第{n}次常务会议通过。")
    for n in range(30):
        write(root, f"乙/办法{n:03}.md", f"办法{n}", f"报国务委员审批，由财务院第{n}处执行。")
    controller = install_library(window)
    open_and_index(qtbot, window, controller, root)
    yield controller
    controller.shutdown()


@pytest.fixture
def gate(monkeypatch):
    """The exact count waits until the test sets this: on a fast machine it could finish before
    the test looked at the first page (then found exact already)."""
    from viewer.core.library.search import LibrarySearch

    gate, counted = threading.Event(), LibrarySearch.exact_total

    def gated_exact_total(self, *args, **kwargs):
        gate.wait(20)
        return counted(self, *args, **kwargs)

    monkeypatch.setattr(LibrarySearch, "exact_total", gated_exact_total)
    yield gate
    gate.set()


def test_at_least_n_then_the_exact_count(qtbot, library, gate):
    message = library.panel.message
    with qtbot.waitSignal(library.total_refined, timeout=20_000) as refined:
        first = search(qtbot, library, "国务院")
        assert not first.total_exact and first.total_documents < MATCHING
        assert f"{first.total_documents}+ documents" in message.text()  # shown at once
        gate.set()
    assert refined.args[0] is first and first.total_exact
    assert first.total_documents == MATCHING == first.total_documents_max
    assert message.text().startswith(f"{MATCHING} documents · 10 listed, scroll for more")
    more = library.panel.results.topLevelItem(library.panel.results.topLevelItemCount() - 1)
    assert "+" not in more.text(0)  # "Show more…" counts the exact total too
    assert library.load_more()
    with qtbot.waitSignal(library.more_results, timeout=20_000):
        pass
    assert first.total_exact and first.total_documents == MATCHING  # a page keeps it


def test_a_newer_query_cancels_the_count(qtbot, library, gate):
    search(qtbot, library, "国务院")
    task, cancel = library._refine_task, library._refine_cancel
    assert task is not None and not cancel.is_set()
    with qtbot.assertNotEmitted(library.total_refined):
        with qtbot.waitSignal(task.finished, timeout=20_000):  # its callback is dropped
            newer = search(qtbot, library, "国务")  # one index term: exact at once
            gate.set()
        assert cancel.is_set()
    assert newer.total_exact and newer.total_documents == MATCHING + 30
    assert library._refine_task is None
    assert library.panel.message.text().startswith(f"{MATCHING + 30} documents")
