"""The library GUI on a small folder: listing, filtering, indexing, cancel, problems, changes."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.gui

LAW = """# 中华人民共和国电子商务法

## 第一章 总则

第一条 为了保障电子商务各方主体的合法权益，制定本法。

## 第二章 电子商务经营者

第二条 电子商务经营者应当使用可靠的电子签名。

第三条 当事人约定使用电子签名的，不得仅因为其采用电子签名而否定其法律效力。
"""


def make_library(root):
    (root / "经济法").mkdir(parents=True)
    (root / "民法").mkdir()
    (root / "经济法" / "电子商务法(2018-08-31).md").write_text(LAW, encoding="utf-8")
    (root / "民法" / "合同法.md").write_text(
        "---\ntitle: 中华人民共和国合同法\ndate: 1999-03-15\n---\n\n## 第一章 一般规定\n\n"
        "第一条 为了保护合同当事人的合法权益，制定本法。\n",
        encoding="utf-8",
    )
    property_law = (
        "# 中华人民共和国物权法\n\n## 第一章 基本原则\n\n第一条 为了明确物的归属，制定本法。\n"
    )
    (root / "民法" / "物权法.md").write_bytes(property_law.encode("gb18030"))
    (root / "总览.md").write_text("# 法律总览\n\n## 说明\n\n本文件夹收录法律。\n", encoding="utf-8")
    (root / "经济法" / "损坏.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return root


@pytest.fixture
def folder(tmp_path):
    return make_library(tmp_path / "lib")


def open_and_index(qtbot, window, library, folder, timeout=30_000):
    from viewer.ui.library.docks import open_library

    with qtbot.waitSignal(library.indexing_finished, timeout=timeout) as blocker:
        open_library(window, folder)
    return blocker.args[0]


def titles(view):
    return sorted(entry.title for entry in view.visible_entries())


def test_open_folder_lists_titles_folders_and_dates(qtbot, window, library, folder):
    report = open_and_index(qtbot, window, library, folder)
    assert len(report.added) == 4 and len(report.failed) == 1
    view = library.view
    assert "中华人民共和国物权法" in titles(view)  # GB18030 decoded
    rows = {e.title: (e.category, e.date) for e in view.visible_entries()}
    assert rows["中华人民共和国电子商务法"] == ("经济法", "2018-08-31")
    assert rows["中华人民共和国合同法"] == ("民法", "1999-03-15")
    assert rows["法律总览"][0] == ""
    assert view.count_label.text() == "5 documents"
    assert window.findChild(type(window.pane_list.parent()), "libraryDock") is not None


def test_filter_is_folded_and_sorting_works(qtbot, window, library, folder):
    open_and_index(qtbot, window, library, folder)
    view = library.view
    view.filter_box.setText("電子")  # traditional spelling of 电子
    assert titles(view) == ["中华人民共和国电子商务法"]
    assert view.count_label.text() == "1 of 5 documents"
    view.filter_box.setText("民法")  # folder names match too
    assert titles(view) == ["中华人民共和国合同法", "中华人民共和国物权法"]
    view.filter_box.clear()
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # date, newest first
    first = view.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert first.date == "2018-08-31"


def test_progress_reports_arrive_and_end_at_the_total(qtbot, window, library, folder):
    seen = []
    library.progress.connect(lambda done, total, _eta: seen.append((done, total)))
    open_and_index(qtbot, window, library, folder)
    assert seen and seen[-1] == (5, 5)
    assert not library.view.progress_bar.isVisible()
    assert "4 added" in library.view.progress_label.text()


def test_indexing_runs_in_another_process_and_shows_its_phases(qtbot, window, library, folder):
    phases = []
    library.phase_changed.connect(phases.append)
    report = open_and_index(qtbot, window, library, folder)
    assert report.pid not in (0, os.getpid())
    assert any(p.startswith("Writing the index of 5 documents") for p in phases)
    library.set_query("电子签名")
    with qtbot.waitSignal(library.search_finished, timeout=30_000) as blocker:
        library.search_now()
    assert blocker.args[0].total_documents == 1  # the GUI process sees the child's index


def test_shutdown_ends_the_indexing_process(qtbot, window, library, folder):
    from viewer.ui.library.docks import open_library

    children = []
    library.phase_changed.connect(lambda _m: children.append(library._child))
    with qtbot.waitSignal(library.phase_changed, timeout=30_000):
        open_library(window, folder)
    library.shutdown()
    assert children[0] is not None and children[0].pid
    with pytest.raises(ProcessLookupError):
        os.kill(children[0].pid, 0)
    assert not library.indexing


def test_cancel_pauses_until_resumed(qtbot, window, library, folder):
    library.indexing_started.connect(library.cancel_indexing)  # before the worker starts
    report = open_and_index(qtbot, window, library, folder)
    library.indexing_started.disconnect(library.cancel_indexing)
    assert report.cancelled and len(report.added) + len(report.failed) == 1
    assert report.pid != os.getpid()  # the cancel crossed into the indexing process
    view = library.view
    assert library.paused and view.cancel_button.text() == "Resume indexing"
    library.check_changes()  # the poll leaves a paused library alone
    assert not library.indexing
    with qtbot.waitSignal(library.indexing_finished, timeout=30_000) as blocker:
        view.cancel_button.click()
    assert not blocker.args[0].cancelled
    assert len(blocker.args[0].added) + len(blocker.args[0].failed) == 4


def test_unreadable_file_is_listed_with_its_reason(qtbot, window, library, folder):
    open_and_index(qtbot, window, library, folder)
    view = library.view
    assert view.problems_button.isVisibleTo(view)
    assert view.problems_button.text() == "Problems (1)"
    view.problems_button.click()
    assert view.problems_list.isVisibleTo(view)
    line = view.problems_list.item(0).text()
    assert line.startswith("经济法/损坏.md: ") and "binary" in line.lower()
    assert "损坏.md" in view.problems_button.toolTip()


def test_enter_opens_the_document_in_its_panes(qtbot, window, library, folder):
    open_and_index(qtbot, window, library, folder)
    view = library.view
    view.filter_box.setText("合同")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    with qtbot.waitSignal(window.document_loaded, timeout=10_000) as blocker:
        QTest.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args[0].title == "中华人民共和国合同法"
    assert window.pane_list.count() >= 1


def test_a_costly_change_check_makes_the_poll_wait_longer(qtbot, window, library, folder):
    """An idle window's poll stats every file: on a large library it must not keep a core busy,
    so a check that costs 30 ms of CPU waits about 100 times that before the next."""
    open_and_index(qtbot, window, library, folder)
    library.poll_timer.stop()
    library.poll_floor_ms = 50
    real = library.index.changes

    def costly():
        started = time.thread_time()
        while time.thread_time() - started < 0.03:
            pass
        return real()

    def check() -> None:  # the unreadable file is retried by each check: an update follows
        qtbot.waitUntil(lambda: not library.indexing, timeout=20_000)
        library.check_changes()
        qtbot.waitUntil(lambda: library._check_task is None, timeout=10_000)

    library.index.changes = costly
    check()
    assert 2_900 <= library.poll_timer.interval() <= 10_000
    library.index.changes = real
    check()
    assert library.poll_timer.interval() < 2_900  # a cheap check: the poll comes back sooner


def test_a_file_changed_on_disk_is_picked_up(qtbot, window, library, folder):
    open_and_index(qtbot, window, library, folder)
    library.poll_floor_ms = 50
    library.poll_timer.setInterval(50)
    target = folder / "民法" / "合同法.md"
    text = target.read_text(encoding="utf-8").replace("合同法", "民法典合同编")
    target.write_text(text, encoding="utf-8")
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 10**9))
    with qtbot.waitSignal(
        library.indexing_finished, timeout=20_000, check_params_cb=lambda r: bool(r and r.changed)
    ) as blocker:
        (folder / "新法.md").write_text("# 新的法律\n\n## 一\n\n新条文。\n", encoding="utf-8")
    report = blocker.args[0]
    assert "民法/合同法.md" in report.changed or "民法/合同法.md" in library.last_report.changed
    qtbot.waitUntil(lambda: "新的法律" in titles(library.view), timeout=20_000)
    assert "中华人民共和国民法典合同编" in titles(library.view)
