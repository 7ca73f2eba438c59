"""Opening a law from the library: where it lands, what is visible, what a restart brings back
(issue 8, item 9)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDockWidget

pytestmark = pytest.mark.gui

# Shaped like the laws corpus: a title, the adoption dates, then the chapters.
LAW = """# 中华人民共和国国防法

1997年3月14日 第八届全国人民代表大会第五次会议通过

2020年12月26日 第十三届全国人民代表大会常务委员会第二十四次会议修订

<!-- INFO END -->

## 第一章 总则

第一条 为了建设和巩固国防，保障改革开放和社会主义现代化建设的顺利进行，制定本法。

第二条 国家为防备和抵抗侵略，制止武装颠覆和分裂，保卫国家主权所进行的军事活动，适用本法。

## 第二章 国家机构的国防职权

第十二条 全国人民代表大会依照宪法规定，决定战争和和平的问题。
"""


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "laws"
    (root / "宪法相关法").mkdir(parents=True)
    (root / "宪法相关法" / "国防法(2020-12-26).md").write_text(LAW, encoding="utf-8")
    (root / "宪法相关法" / "其他法.md").write_text("# 其他法\n\n## 第一章\n\n第一条 内容。\n")
    return root


def make_window(qtbot):
    from viewer.ui.window.main_window import MainWindow

    win = MainWindow(theme_mode="light")
    qtbot.addWidget(win)
    win.restore_layout()
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_folder(qtbot, win, folder):
    from viewer.ui.library.docks import open_library

    controller = open_library(win, folder)
    qtbot.waitUntil(lambda: controller.view.model.rowCount() == 2, timeout=10_000)
    return controller


def shows(widget) -> bool:
    """On screen and not covered by another tab."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def test_a_law_opens_on_its_first_chapter_with_the_chapters_in_view(qtbot, folder):
    win = make_window(qtbot)
    controller = open_folder(qtbot, win, folder)
    try:
        entry = next(e for e in controller.entries if e.title == "中华人民共和国国防法")
        with qtbot.waitSignal(win.document_loaded, timeout=10_000):
            controller.open_entry(entry)
        document = win.current_document
        assert [p.title for p in document.panes][:2] == ["概览", "第一章 总则"]
        assert win.current_pane_id == document.panes[1].id  # not the two lines of dates
        assert "第一条" in win.current_view().toPlainText()
        assert win.pane_list.count() == 3 and shows(win.pane_list)  # the chapters
        assert shows(controller.view.table)  # and the library list beside them
    finally:
        controller.shutdown()


def test_a_short_briefing_overview_is_still_where_it_opens(qtbot, tmp_path):
    from tests.ui.conftest import open_and_wait

    path = tmp_path / "brief.md"
    intro = "本简报介绍深圳与腾讯的合作。" * 40  # a real overview, not just dates
    path.write_text(f"# 简报\n\n{intro}\n\n## 第一部分\n\n正文。\n", encoding="utf-8")
    win = make_window(qtbot)
    document = open_and_wait(qtbot, win, path)
    assert win.current_pane_id == document.panes[0].id


def test_the_open_law_comes_back_after_a_restart(qtbot, folder):
    first = make_window(qtbot)
    controller = open_folder(qtbot, first, folder)
    entry = next(e for e in controller.entries if e.title == "中华人民共和国国防法")
    with qtbot.waitSignal(first.document_loaded, timeout=10_000):
        controller.open_entry(entry)
    controller.shutdown()
    first.close()

    second = make_window(qtbot)
    from viewer.ui.library.docks import open_library

    with qtbot.waitSignal(second.document_loaded, timeout=10_000):
        restored = open_library(second, folder)
    try:
        assert second.current_document.title == "中华人民共和国国防法"
        assert second.stack.currentWidget() is not second.placeholder
        assert second.findChild(QDockWidget, "libraryDock").isVisible()
    finally:
        restored.shutdown()


def test_a_library_without_an_open_document_says_what_to_do(qtbot, folder):
    win = make_window(qtbot)
    controller = open_folder(qtbot, win, folder)
    try:
        assert "Library" in win.placeholder.text()
        assert "File › Open" not in win.placeholder.text()
    finally:
        controller.shutdown()


def test_one_click_on_a_library_row_opens_the_document(qtbot, folder):
    from PySide6.QtCore import Qt

    win = make_window(qtbot)
    controller = open_folder(qtbot, win, folder)
    try:
        table = controller.view.table
        rect = table.visualRect(controller.view.model.index(0, 0))
        with qtbot.waitSignal(win.document_loaded, timeout=10_000):
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert win.current_document.title == controller.view.visible_entries()[0].title
    finally:
        controller.shutdown()


def test_a_code_s_books_are_named_in_its_order_and_open_at_their_text(qtbot, tmp_path):
    """Trial D4: 民法典's books looked alike, sorted by path and opened on their dates."""
    root = tmp_path / "laws" / "民法典"
    root.mkdir(parents=True)
    for name, article in (("人格权编", "第九百八十九条"), ("总则", "第一条")):
        text = f"# 中华人民共和国民法典\n\n# {name}\n\n2020年5月28日 通过\n\n<!-- INFO END -->\n\n"
        (root / f"{name}.md").write_text(f"{text}## 第一章 一般规定\n\n{article} 规定。\n")
    win = make_window(qtbot)
    controller = open_folder(qtbot, win, root.parent)
    try:
        titles = [e.title for e in controller.view.visible_entries()]
        assert titles == ["中华人民共和国民法典 · 总则", "中华人民共和国民法典 · 人格权编"]
        entry = controller.view.visible_entries()[1]
        with qtbot.waitSignal(win.document_loaded, timeout=10_000):
            controller.open_entry(entry)
        document = win.current_document
        assert win.current_pane_id == document.panes[1].id  # 第一章, not the 概览 of dates
        assert "第九百八十九条" in win.current_view().toPlainText()
    finally:
        controller.shutdown()
