"""The window on small and large screens: it fits, and the reading column keeps 35-45
characters per line at 100% zoom while the side panels give way (issue 8, item 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QDockWidget, QTabBar

from tests.ui import conftest
from tests.ui.library.test_library_panels import make_library

pytestmark = pytest.mark.gui

# One long paragraph of Chinese only (no digits or Latin letters, which are narrower).
LONG = "依法治国是坚持和发展中国特色社会主义的本质要求和重要保障" * 12
DOC = f"# 测试\n\n## 第一章 总则\n\n{LONG}\n\n## 第二章 附则\n\n{LONG}\n"


@pytest.fixture
def long_md(tmp_path):
    path = tmp_path / "long.md"
    path.write_text(DOC, encoding="utf-8")
    return path


def on_screen(monkeypatch, width, height):
    """Pretend the screen's available area is width x height."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(0, 0, width, height))


@pytest.fixture
def new_window(qtbot):
    """Makes windows as the app does (features installed); waits for their workers at the end."""
    from viewer.ui.common.feature_docks import reserve_feature_docks
    from viewer.ui.common.workers import wait_for_all
    from viewer.ui.window.app import _install_features
    from viewer.ui.window.main_window import MainWindow

    def make():
        win = MainWindow(theme_mode="light")
        qtbot.addWidget(win)
        reserve_feature_docks(win)
        win.restore_layout()
        win.show()
        qtbot.waitExposed(win)
        _install_features(win)
        return win

    yield make
    wait_for_all(30_000)
    QApplication.processEvents()  # deliver what the workers finished while windows exist


def open_and_wait(qtbot, win, path):
    """Open and wait until the search index is built too (it starts after the first paint):
    a worker finishing after the test would call into a deleted window."""
    document = conftest.open_and_wait(qtbot, win, path)
    qtbot.waitUntil(lambda: win.search_panel.controller.ready, timeout=30_000)
    return document


def line_lengths(view) -> list[int]:
    """Characters on each full line of the long paragraph (its last line may be short)."""
    block = view.document().find(LONG[:12]).block()
    layout = block.layout()
    return [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]


def side_widths(win) -> list[int]:
    return [
        d.width()
        for d in win.findChildren(QDockWidget)
        if d.isVisible() and not d.isFloating() and d.widget() is not None
    ]


def elided_tabs(win) -> list[str]:
    """Texts of the dock tabs drawn narrower than they ask for (Qt then elides them: "D…")."""
    return [
        bar.tabText(i)
        for bar in win.findChildren(QTabBar)
        if bar.isVisible()
        for i in range(bar.count())
        if bar.tabRect(i).width() < bar.tabSizeHint(i).width()
    ]


def assert_reads_well(qtbot, win):
    view = win.current_view()
    qtbot.waitUntil(lambda: line_lengths(view) and min(line_lengths(view)) >= 35, timeout=3000)
    assert max(line_lengths(view)) <= 45
    assert max(side_widths(win)) < win.centralWidget().width()  # the text gets the most room


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_window_fits_the_screen_and_reads_well(qtbot, monkeypatch, new_window, long_md, size):
    on_screen(monkeypatch, *size)
    win = new_window()
    open_and_wait(qtbot, win, long_md)
    frame = win.frameGeometry()
    assert frame.width() <= size[0] and frame.height() <= size[1]
    assert frame.width() >= size[0] - 8 and frame.height() >= size[1] - 8  # all of a small screen
    assert win.statusBar().isVisible()
    assert_reads_well(qtbot, win)
    assert elided_tabs(win) == []


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_maximised_window_keeps_a_reading_measure(qtbot, monkeypatch, new_window, long_md, size):
    on_screen(monkeypatch, 1024, 700)
    win = new_window()
    open_and_wait(qtbot, win, long_md)
    win.resize(*size)  # maximised on a bigger screen: lines do not grow past 45 characters
    assert_reads_well(qtbot, win)


def test_side_panels_give_way_when_the_window_shrinks(qtbot, monkeypatch, new_window, long_md):
    on_screen(monkeypatch, 1600, 1000)
    win = new_window()
    open_and_wait(qtbot, win, long_md)
    win.resize(1024, 700)
    assert_reads_well(qtbot, win)


def test_wide_panels_saved_on_a_big_screen_give_way(qtbot, monkeypatch, new_window, long_md):
    on_screen(monkeypatch, 1920, 1200)
    first = new_window()
    first.resize(1900, 1150)
    docks = [first.findChild(QDockWidget, n) for n in ("topicsDock", "searchDock")]
    first.resizeDocks(docks, [520, 520], Qt.Orientation.Horizontal)
    first.close()
    on_screen(monkeypatch, 1024, 700)
    second = new_window()  # restores those panels
    second.resize(1024, 700)
    open_and_wait(qtbot, second, long_md)
    assert_reads_well(qtbot, second)


def test_library_at_1600_shows_its_list_and_whole_tab_titles(
    qtbot, monkeypatch, new_window, tmp_path
):
    from viewer.ui.library.docks import open_library

    on_screen(monkeypatch, 1600, 1000)
    win = new_window()
    win.resize(1600, 1000)
    folder = make_library(tmp_path / "lib")
    controller = open_library(win, folder)
    qtbot.waitUntil(lambda: controller.view.model.rowCount() == 5, timeout=10_000)
    try:
        assert elided_tabs(win) == []
        table = controller.view.table
        header = table.header()
        assert header.length() <= table.viewport().width()  # no column cut off at the side
        assert table.viewport().height() >= win.height() // 3  # not squeezed by other panels
        assert controller.view.isVisible()
    finally:
        controller.shutdown()


def test_a_narrow_library_panel_keeps_its_titles_readable(qtbot, window, tmp_path):
    from viewer.ui.library.docks import open_library
    from viewer.ui.library.model import CATEGORY, DATE, TITLE

    controller = open_library(window, make_library(tmp_path / "lib"))
    try:
        view, table = controller.view, controller.view.table
        qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=10_000)
        for width, hidden in ((500, []), (300, [CATEGORY]), (200, [CATEGORY, DATE])):
            view.resize(width, 400)
            assert [c for c in (TITLE, CATEGORY, DATE) if table.isColumnHidden(c)] == hidden
    finally:
        controller.shutdown()


def test_a_library_with_nothing_open_lends_the_centre_to_its_panels(
    qtbot, monkeypatch, new_window, tmp_path, long_md
):
    """At 1024×700 a library opened before any document: its list and results get the room
    (titles of laws are long); opening a document gives the text its measure back, the one
    kept beside a library (LIBRARY_CENTRE_CHARS, or down to LIBRARY_LEAST_CHARS so that the
    left column's tab titles are whole too), with the results' tab titles whole."""
    from viewer.ui.common.window_fit import (
        LIBRARY_CENTRE_CHARS,
        LIBRARY_LEAST_CHARS,
        reading_width,
    )
    from viewer.ui.library.docks import open_library

    on_screen(monkeypatch, 1024, 700)
    win = new_window()
    win.resize(1024, 700)
    controller = open_library(win, make_library(tmp_path / "lib"))
    qtbot.waitUntil(lambda: controller.view.model.rowCount() == 5, timeout=10_000)
    try:
        qtbot.waitUntil(lambda: controller.view.width() >= 300, timeout=5_000)
        assert win.centralWidget().width() < reading_width(LIBRARY_CENTRE_CHARS, win.zoom)
        topics = win.findChild(QDockWidget, "topicsDock")
        qtbot.waitUntil(lambda: controller.view.height() > 2 * topics.height(), timeout=5_000)
        empty_topics = topics.height()  # nothing to list yet: a sliver
        open_and_wait(qtbot, win, long_md)
        qtbot.waitUntil(
            lambda: win.centralWidget().width() >= reading_width(LIBRARY_LEAST_CHARS, win.zoom),
            timeout=5_000,
        )
        qtbot.waitUntil(lambda: topics.height() > empty_topics + 50, timeout=5_000)
        right = [t for t in elided_tabs(win) if t in ("Search", "Bookmarks", "Library search")]
        assert right == []  # the column's two tab groups: the wider one sets its width
        left = [t for t in elided_tabs(win) if t in ("Topics", "Outline", "Articles")]
        assert left == []  # not "Top… | Outl… | Artic…"
        assert controller.view.width() >= 190  # a narrower list cut every law to "中华人民…"
    finally:
        controller.shutdown()


def test_a_narrow_library_list_shows_laws_by_their_short_titles(qtbot, window, tmp_path):
    """At 1024×700 with a document open the list is a narrow column, and every national law
    read "中华人民…法": its name went, the country stayed. A title too long for its cell now
    drops 中华人民共和国 first; one that fits is shown whole."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyleOptionViewItem

    from viewer.ui.library.docks import open_library
    from viewer.ui.library.model import TITLE

    controller = open_library(window, make_library(tmp_path / "lib"))
    try:
        table = controller.view.table
        qtbot.waitUntil(lambda: controller.view.model.rowCount() == 5, timeout=10_000)
        model = table.model()
        rows = [model.index(r, TITLE) for r in range(model.rowCount())]
        law = next(i for i in rows if str(i.data()).startswith("中华人民共和国"))
        delegate = table.itemDelegateForColumn(TITLE)

        def shown(width: int) -> str:
            option = QStyleOptionViewItem()
            option.initFrom(table)
            option.rect = QRect(0, 0, width, 20)
            delegate.initStyleOption(option, law)
            return option.text

        assert shown(1000) == law.data()
        assert shown(120) == law.data().removeprefix("中华人民共和国")
    finally:
        controller.shutdown()


def test_the_chinese_interface_at_1024_shows_whole_tab_titles(
    qtbot, monkeypatch, new_window, long_md
):
    """In Chinese the right column's tabs read "文档… 搜索 书签" at 1024×700 (an 11-point
    desktop font): the text now gives up width, down to its least measure, before a tab title
    is cut."""
    from PySide6.QtWidgets import QApplication

    from viewer.ui.common import i18n

    font = QApplication.font()
    larger = QApplication.font()
    larger.setPointSizeF(font.pointSizeF() + 1)
    QApplication.setFont(larger)

    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install("zh")
    try:
        on_screen(monkeypatch, 1024, 700)
        win = new_window()
        open_and_wait(qtbot, win, long_md)
        assert_reads_well(qtbot, win)
        qtbot.waitUntil(lambda: elided_tabs(win) == [], timeout=3000)
    finally:
        QApplication.setFont(font)
        with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
            i18n.install("en")
