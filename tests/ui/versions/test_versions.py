"""Versions in the window: the side-by-side comparison (summary, changes only, F7 / Shift+F7),
File › Compare With…, and the "newer version" bar on a superseded version from a library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.core.versions.test_compare import NEW_TEXT, OLD
from tests.ui.conftest import open_and_wait
from viewer.ui.versions.compare_view import CompareView
from viewer.ui.versions.controller import install_versions

pytestmark = pytest.mark.gui


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "laws"
    root.mkdir()
    (root / "示例法(2015-03-15).md").write_text(OLD, encoding="utf-8")
    (root / "示例法(2023-03-13).md").write_text(NEW_TEXT, encoding="utf-8")
    return root


@pytest.fixture
def opened_library(qtbot, window, library):
    """The window with `library` open and indexed (the index runs in a child process)."""
    from viewer.ui.library.docks import install_library, open_library

    controller = install_library(window)
    with qtbot.waitSignal(controller.indexing_finished, timeout=60_000):
        open_library(window, library)
    yield library
    controller.shutdown()


def _compare(qtbot, old, new) -> CompareView:
    view = CompareView(old, new)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.ready, timeout=10_000):
        view.show()
    return view


def test_side_by_side_summary_highlights_and_changes_only(qtbot, library):
    view = _compare(qtbot, library / "示例法(2015-03-15).md", library / "示例法(2023-03-13).md")
    assert view.summary.text() == "4 renumbered, 1 changed, 1 moved, 1 added, 1 removed"
    html = view.browser.toHtml()
    text = view.browser.toPlainText()
    assert "第一条 → 第二条 · # renumbered" in text and "第三条 · − removed" in text
    assert "示例经营者应当在每年三月三十一日前" in text and "每年四月三十一日前" in text
    assert "background-color:#b6e3b6" in html.replace(" ", "")  # the changed character
    assert len(view.shown_rows()) == 8
    view.changes_only.setChecked(True)
    shown = [p.status for _, p in view.shown_rows()]  # renumbered articles kept their text
    assert shown == ["added", "removed", "changed", "moved"]
    assert view.windowTitle().endswith("示例法 (2015-03-15) → 示例法 (2023-03-13)")


def test_f7_and_shift_f7_walk_the_changes(qtbot, tmp_path):
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    body = [f"第{n}条 第{n}条的文字，内容互不相同，编号{n * 7}。" for n in "一二三四五"]
    old.write_text("# 法\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    body[1] = body[1].replace("内容", "规定")
    body[3] = body[3].replace("内容", "规定")
    new.write_text("# 法\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
    view = _compare(qtbot, old, new)
    assert view.summary.text() == "3 unchanged, 2 changed"
    view.changes_only.setChecked(True)
    assert [p.old.address for _, p in view.shown_rows()] == ["第二条", "第四条"]
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert view.current_pair().old.address == "第二条"
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert view.current_pair().old.address == "第四条"
    qtbot.keyClick(view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_pair().old.address == "第二条"


def test_newer_version_bar_opens_and_compares(qtbot, window, opened_library):
    library = opened_library
    controller = install_versions(window)
    with qtbot.waitSignal(controller.families_ready, timeout=10_000):
        open_and_wait(qtbot, window, library / "示例法(2015-03-15).md")
    assert controller.bar.isVisible()
    assert controller.bar.label.text() == "A newer version (2023-03-13) is in the library —"
    with qtbot.waitSignal(controller.compare_opened) as opened:
        controller.bar.compare_button.click()
    view = opened.args[0]
    qtbot.waitUntil(lambda: view.comparison is not None, timeout=10_000)
    assert view.old_path.name == "示例法(2015-03-15).md"
    view.close()
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        controller.bar.open_button.click()
    assert window.current_document.path.name == "示例法(2023-03-13).md"
    qtbot.waitUntil(lambda: not controller.bar.isVisible(), timeout=5_000)


def test_compare_with_menu_item_offers_the_other_versions(
    qtbot, window, opened_library, monkeypatch
):
    controller, offered = _newer_version_open(qtbot, window, opened_library, monkeypatch, True)
    with qtbot.waitSignal(controller.compare_opened) as opened:
        window.findChild(type(controller.compare_action), "compare_with").trigger()
    assert offered == ["2015-03-15 · superseded · 示例法(2015-03-15).md", "Other file…"]
    view = opened.args[0]
    qtbot.waitUntil(lambda: view.comparison is not None, timeout=10_000)
    assert (view.old_path.name, view.new_path.name) == (
        "示例法(2015-03-15).md",
        "示例法(2023-03-13).md",
    )
    assert not controller.bar.isVisible()  # the current version gets no bar


def _rows(view, parent=None) -> list[tuple[str, str]]:
    """(title cell, date cell) of the shown rows under `parent` (top level by default)."""
    from PySide6.QtCore import QModelIndex

    parent = parent if parent is not None else QModelIndex()
    proxy = view.model
    return [
        (proxy.index(r, 0, parent).data(), proxy.index(r, 2, parent).data())
        for r in range(proxy.rowCount(parent))
    ]


def _top(view, prefix: str):
    proxy = view.model
    rows = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    return next(i for i in rows if i.data().startswith(prefix))


@pytest.fixture
def grouped_library(qtbot, window, library):
    """`library` plus a one-version law and an unreadable file, open with its families known."""
    from viewer.ui.library.docks import install_library, open_library

    (library / "其他法.md").write_text("# 其他法\n\n第一条 其他。\n", encoding="utf-8")
    (library / "损坏.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    versions = install_versions(window)
    controller = install_library(window)
    with (
        qtbot.waitSignal(controller.indexing_finished, timeout=60_000),
        qtbot.waitSignal(versions.families_ready, timeout=60_000),
    ):
        open_library(window, library)
    yield controller.view
    controller.shutdown()


def test_library_list_shows_one_row_per_work_with_its_versions_beneath(
    qtbot, window, grouped_library
):
    view = grouped_library
    assert sorted(_rows(view)) == [
        ("⚠ 损坏.md", ""),  # the unreadable file keeps its row and its reason
        ("其他法", ""),  # one version: a single row
        ("示例法 (2)", "2023-03-13"),  # the current version's date
    ]
    assert "损坏.md" in view.problems_list.item(0).text()
    work = _top(view, "示例法")
    assert _rows(view, work) == [
        ("current", "2023-03-13"),
        ("superseded", "2015-03-15"),
    ]
    tip = work.data(Qt.ItemDataRole.ToolTipRole)  # each version with its file
    assert "2015-03-15 · superseded · 示例法(2015-03-15).md" in tip
    assert work.data(Qt.ItemDataRole.AccessibleTextRole) == "示例法, 2 versions"
    assert view.model.rowCount(_top(view, "其他法")) == 0
    assert view.count_label.text() == "4 documents"
    assert not view.table.isExpanded(work)  # collapsed until asked
    view.table.expand(work)
    assert view.table.isExpanded(work)


def test_filter_shows_a_work_when_a_version_matches_and_sorting_keeps_versions(
    qtbot, window, grouped_library
):
    view = grouped_library
    view.filter_box.setText("示例")
    assert _rows(view) == [("示例法 (2)", "2023-03-13")]
    assert len(_rows(view, _top(view, "示例法"))) == 2  # the work keeps all its versions
    assert view.count_label.text() == "2 of 4 documents"
    view.filter_box.setText("其他")
    assert _rows(view) == [("其他法", "")]
    view.filter_box.clear()
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # date, newest first
    assert _rows(view)[0] == ("示例法 (2)", "2023-03-13")
    assert [t for t, _ in _rows(view, _top(view, "示例法"))][0] == "current"
    for column in (0, 1, 2):  # versions stay newest first whatever the order of the works
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            view.table.sortByColumn(column, order)
            assert [t for t, _ in _rows(view, _top(view, "示例法"))] == ["current", "superseded"]
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    from viewer.ui.library.model import entry_title

    shown = [entry_title(e) for e in view.visible_entries()]
    assert shown == sorted(shown) and len(shown) == 3


def test_one_click_on_a_work_opens_its_newest_version_and_on_a_version_that_one(
    qtbot, window, grouped_library
):
    view = grouped_library
    table, work = view.table, _top(view, "示例法")
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(work).center()
        )
    assert window.current_document.path.name == "示例法(2023-03-13).md"
    qtbot.waitUntil(lambda: table.isExpanded(work), timeout=5_000)  # its family opens
    old = view.model.index(1, 0, work)
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        qtbot.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(old).center()
        )
    assert window.current_document.path.name == "示例法(2015-03-15).md"
    assert window.versions.bar.isVisible()  # the "newer version" bar of a superseded one
    window.library.entries_changed.emit()  # the list is filled again (as when indexing ends)
    work = _top(view, "示例法")
    assert table.isExpanded(work)  # the open document's family stays open, its row current
    assert table.currentIndex() == view.model.index(1, 0, work)


def test_filtering_and_sorting_keep_the_chosen_version_and_its_open_work(
    qtbot, window, grouped_library
):
    """The list filters and sorts itself: the row chosen and the works opened follow their
    rows to their new places, and a row the filter hides is no longer current."""
    view = grouped_library
    table, work = view.table, _top(view, "示例法")
    table.expand(work)
    table.setCurrentIndex(view.model.index(1, 0, work))  # the superseded version
    for change in (
        lambda: view.filter_box.setText("示例"),
        lambda: view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder),
        lambda: view.filter_box.clear(),
        lambda: view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder),
    ):
        change()
        work = _top(view, "示例法")
        assert table.isExpanded(work)
        assert table.currentIndex() == view.model.index(1, 0, work)
        assert table.currentIndex().data() == "superseded"
    view.filter_box.setText("其他")
    assert not table.currentIndex().isValid()
    assert _rows(view) == [("其他法", "")]


def test_sorting_by_folder_or_date_orders_titles_within_each(qtbot):
    from viewer.core.library.scan import LibraryEntry
    from viewer.ui.library.model import LibraryTreeModel

    entries = [
        LibraryEntry(f"{n}.md", 1, 1, title=t, category=c, date=d)
        for n, (t, c, d) in enumerate(
            [
                ("丙法", "乙", "2020-01-01"),
                ("甲法", "甲", "2019-01-01"),
                ("乙法", "乙", "2020-01-01"),
                ("Alpha", "甲", "2018-01-01"),
                ("beta", "甲", "2018-01-01"),
            ]
        )
    ]
    model = LibraryTreeModel()
    model.set_entries(entries)

    def titles():
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    model.sort(1, Qt.SortOrder.AscendingOrder)  # folder (code point order: 乙 < 甲), title
    assert titles() == ["丙法", "乙法", "Alpha", "beta", "甲法"]
    model.sort(1, Qt.SortOrder.DescendingOrder)  # the whole order reversed
    assert titles() == ["甲法", "beta", "Alpha", "乙法", "丙法"]
    model.sort(2, Qt.SortOrder.DescendingOrder)  # newest first
    assert titles() == ["乙法", "丙法", "甲法", "beta", "Alpha"]
    model.sort(0, Qt.SortOrder.AscendingOrder)  # case does not split Latin titles
    assert titles()[:2] == ["Alpha", "beta"]
    assert [model.index(r, 2).data() for r in range(2)] == ["2018-01-01", "2018-01-01"]


def test_keyboard_expands_a_work_and_opens_a_version(qtbot, window, grouped_library):
    view = grouped_library
    table, work = view.table, _top(view, "示例法")
    table.setFocus()
    table.setCurrentIndex(work)
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.isExpanded(work)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().data() == "superseded"
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.current_document.path.name == "示例法(2015-03-15).md"
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Left)
    assert not table.isExpanded(work)


def test_lifa_family_in_a_copied_library(qtbot, window, tmp_path, laws_dir):
    import shutil

    from viewer.ui.library.docks import install_library, open_library

    root = tmp_path / "laws"
    (root / "宪法相关法").mkdir(parents=True)
    for name in ("立法法(2015-03-15).md", "立法法(2023-03-13).md", "监察法(2018-03-20).md"):
        source = laws_dir / "宪法相关法" / name
        if source.exists():
            shutil.copy(source, root / "宪法相关法" / name)
    versions = install_versions(window)
    controller = install_library(window)
    try:
        with (
            qtbot.waitSignal(controller.indexing_finished, timeout=60_000),
            qtbot.waitSignal(versions.families_ready, timeout=60_000),
        ):
            open_library(window, root)
        view = controller.view
        work = _top(view, "中华人民共和国立法法")
        assert (work.data(), view.model.index(work.row(), 2).data()) == (
            "中华人民共和国立法法 (2)",
            "2023-03-13",
        )
        assert view.model.index(work.row(), 1).data() == "宪法相关法"
        assert _rows(view, work) == [
            ("current", "2023-03-13"),
            ("superseded", "2015-03-15"),
        ]
    finally:
        controller.shutdown()


def test_library_search_current_versions_only_by_default(qtbot, window, library):
    from viewer.ui.library.docks import install_library, open_library

    controller = install_versions(window)
    library_controller = install_library(window)
    panel = library_controller.panel
    try:
        with (
            qtbot.waitSignal(library_controller.indexing_finished, timeout=60_000),
            qtbot.waitSignal(controller.families_ready, timeout=60_000),
        ):
            open_library(window, library)
        assert panel.current_only.isVisible() and panel.current_only.isChecked()
        assert panel.superseded == frozenset({"示例法(2015-03-15).md"})
        with qtbot.waitSignal(library_controller.search_finished, timeout=10_000) as done:
            panel.box.setText("违反本法规定")
        assert [d.rel_path for d in done.args[0].documents] == ["示例法(2023-03-13).md"]
        with qtbot.waitSignal(library_controller.search_finished, timeout=10_000) as done:
            panel.current_only.setChecked(False)
        assert len(done.args[0].documents) == 2
        lines = [panel.results.topLevelItem(k).text(0) for k in range(2)]
        assert sum("superseded version" in line for line in lines) == 1
    finally:
        library_controller.shutdown()


def test_a_reopened_library_leaves_out_the_versions_known_last_time_at_once(
    qtbot, window, opened_library
):
    # the families are read again from every file's head (about 1 s for the laws): until
    # then a relaunched library's first search must not list superseded versions
    with qtbot.waitSignal(install_versions(window).families_ready, timeout=60_000):
        pass
    library_controller, panel = window.library, window.library.panel
    panel.superseded = frozenset()  # as in a new process
    library_controller.open_folder(opened_library)
    assert panel.superseded == frozenset({"示例法(2015-03-15).md"})
    assert panel.filters()["exclude"] == panel.superseded


def test_carry_bookmarks_from_the_bar(qtbot, window, opened_library):
    from viewer.core.bookmarks.library import BookmarkLibrary
    from viewer.core.document.markdown_model import load_document

    library = opened_library
    old = load_document(library / "示例法(2015-03-15).md")
    with BookmarkLibrary() as bookmarks:
        bookmarks.add_quote(old, "本法适用于在中华人民共和国境内")
        bookmarks.add_quote(old, "全国的示例监督管理工作")
    controller = install_versions(window)
    with qtbot.waitSignal(controller.families_ready, timeout=10_000):
        open_and_wait(qtbot, window, library / "示例法(2015-03-15).md")
    with qtbot.waitSignal(controller.carried, timeout=10_000) as done:
        controller.bar.carry_button.click()
    assert done.args[0] == (
        "Carried 2 bookmarks from 2015-03-15 to 2023-03-13: 1 exact, 1 not found (第三条)"
    )
    new = load_document(library / "示例法(2023-03-13).md")
    with BookmarkLibrary() as bookmarks:
        assert [r.bookmark.quote for r in bookmarks.for_document(new)] == [
            "本法适用于在中华人民共和国境内"
        ]


def test_works_merged_into_a_flat_list_equal_a_list_built_grouped(qtbot):
    """Families usually arrive after the flat list is shown: the rows of works are replaced in
    place, and the result is the same list as one built with the families known."""
    from viewer.core.library.scan import LibraryEntry
    from viewer.core.versions.families import VersionEntry, Work
    from viewer.ui.library.model import LibraryTreeModel

    def entry(path, title, date, error=""):
        return LibraryEntry(path, 1, 1, title=title, category="法", date=date, error=error)

    entries = [
        entry("a1.md", "甲法", "2015-01-01"),
        entry("b.md", "乙法", "2016-01-01"),
        entry("a2.md", "甲法", "2023-01-01"),
        entry("c1.md", "丙法", "2010-01-01"),
        entry("bad.md", "", "", error="unreadable"),
        entry("c2.md", "丙法", "2012-01-01"),
        entry("c3.md", "丙法", "2020-01-01"),
    ]
    works = [
        Work(
            "甲法",
            [
                VersionEntry("a1.md", "2015-01-01", "superseded"),
                VersionEntry("a2.md", "2023-01-01"),
            ],
        ),
        Work("乙法", [VersionEntry("b.md", "2016-01-01")]),
        Work(
            "丙法",
            [
                VersionEntry("c1.md", "2010-01-01", "superseded"),
                VersionEntry("c2.md", "2012-01-01", "repealed"),
                VersionEntry("c3.md", "2020-01-01"),
            ],
        ),
    ]

    def rows(model):
        tops = [model.index(r, 0) for r in range(model.rowCount())]
        return [
            (top.data(), [model.index(k, 0, top).data() for k in range(model.rowCount(top))])
            for top in tops
        ]

    merged, built = LibraryTreeModel(), LibraryTreeModel()
    merged.set_entries(entries)
    merged.set_works(works)
    built.set_works(works)
    built.set_entries(entries)
    assert (
        rows(merged)
        == rows(built)
        == [
            ("甲法 (2)", ["current", "superseded"]),
            ("乙法", []),
            ("丙法 (3)", ["current", "repealed", "superseded"]),
            ("⚠ bad.md", []),
        ]
    )
    assert merged.document_count() == 7
    assert merged.index_of("c2.md").data() == "repealed"


def test_the_library_model_passes_qts_model_checks_while_filtered_and_sorted(qtmodeltester):
    """Qt's own model tester (QAbstractItemModelTester): indexes, parents, row counts and
    layout changes stay consistent through filtering and sorting a list with works."""
    from viewer.core.library.scan import LibraryEntry
    from viewer.core.versions.families import VersionEntry, Work
    from viewer.ui.library.model import LibraryTreeModel

    entries = [
        LibraryEntry(f"{k}.md", 1, 1, title=f"{name}法", category=folder, date=f"20{k:02d}-01-01")
        for k, (name, folder) in enumerate([("甲", "乙"), ("乙", "甲"), ("甲", "乙"), ("丙", "甲")])
    ]
    works = [
        Work(
            "甲法",
            [VersionEntry("0.md", "2000-01-01", "superseded"), VersionEntry("2.md", "2002-01-01")],
        )
    ]
    model = LibraryTreeModel()
    model.set_entries(entries)
    model.set_works(works)
    qtmodeltester.check(model, force_py=True)
    for change in (
        lambda: model.sort(1, Qt.SortOrder.DescendingOrder),
        lambda: model.set_filter_text("甲"),
        lambda: model.sort(2, Qt.SortOrder.AscendingOrder),
        lambda: model.set_filter_text(""),
        lambda: model.set_entries(entries[:3]),
    ):
        change()  # the tester, still connected, checks each signal and the model after it
    assert model.rowCount() == 2  # the work (2 versions) and 乙法


def _newer_version_open(qtbot, window, library, monkeypatch, choose: bool):
    """示例法 2023 open with its families known; the version dialog records what it offers
    and picks the first (`choose`) or is cancelled."""
    from PySide6.QtWidgets import QInputDialog

    controller = install_versions(window)
    with qtbot.waitSignal(controller.families_ready, timeout=10_000):
        open_and_wait(qtbot, window, library / "示例法(2023-03-13).md")
    offered = []

    def pick(_parent, _title, _label, items, *_args):
        offered.extend(items)
        return (items[0], True) if choose else ("", False)

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    return controller, offered


def test_ctrl_f7_offers_the_other_versions(qtbot, window, opened_library, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _controller, offered = _newer_version_open(qtbot, window, opened_library, monkeypatch, False)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_F7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(offered), timeout=5_000)
    assert offered[0].endswith("示例法(2015-03-15).md")
