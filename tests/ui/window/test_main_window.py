"""Main window: panes, keyboard shortcuts, outline jumps, zoom, metadata, theme, drag and drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QPalette
from PySide6.QtTest import QTest

from tests.ui.conftest import BRIEFING, open_and_wait

pytestmark = pytest.mark.gui


def key(win, sequence_key, modifier=Qt.KeyboardModifier.ControlModifier):
    win.activateWindow()
    QTest.keyClick(win, sequence_key, modifier)


def test_first_pane_is_shown_with_metadata(qtbot, window, sample_md):
    doc = open_and_wait(qtbot, window, sample_md)
    assert window.current_document is doc
    assert window.current_pane_id == doc.panes[0].id
    assert window.pane_list.count() == 3
    assert window.metadata.values["Title"] == "测试简报"
    assert window.metadata.values["Source"] == "新华社"
    assert window.metadata.values["Place"] == "北京"
    assert window.metadata.values["Language"] == "zh-CN"
    assert "第一段" in window.current_view().toPlainText()
    assert "测试简报" in window.windowTitle()


def test_panes_switch_by_list_and_keyboard(qtbot, window, sample_md):
    doc = open_and_wait(qtbot, window, sample_md)
    changes = []
    window.pane_changed.connect(changes.append)
    window.pane_list.setCurrentRow(1)
    assert window.current_pane_id == doc.panes[1].id
    assert "创新" in window.current_view().toPlainText()
    key(window, Qt.Key.Key_3)
    assert window.current_pane_id == doc.panes[2].id
    key(window, Qt.Key.Key_PageUp)
    assert window.current_pane_id == doc.panes[1].id
    key(window, Qt.Key.Key_PageDown)
    key(window, Qt.Key.Key_PageDown)  # wraps around to the first topic
    assert window.current_pane_id == doc.panes[0].id
    key(window, Qt.Key.Key_9)  # there is no ninth topic: nothing happens
    assert window.current_pane_id == doc.panes[0].id
    assert changes == [doc.panes[i].id for i in (1, 2, 1, 2, 0)]
    assert window.pane_list.currentRow() == 0


def test_outline_click_scrolls_the_heading_into_view(qtbot, window, sample_md):
    doc = open_and_wait(qtbot, window, sample_md)
    view = window.current_view()
    assert view.verticalScrollBar().value() == 0
    last = doc.panes[0].headings[-1]  # "结尾", below sixty paragraphs
    item = window.outline.item_for(last.passage_id)
    assert item.text(0) == "结尾"
    rect = window.outline.visualItemRect(item)
    qtbot.mouseClick(window.outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)
    # the heading's text is inside the visible part of the viewport
    cursor = view.document().find("结尾")
    top = view.cursorRect(cursor).top()
    assert 0 <= top < view.viewport().height()


def test_zoom_in_out_and_reset(qtbot, window, sample_md):
    open_and_wait(qtbot, window, sample_md)
    view = window.current_view()
    base = view.font().pointSize()
    key(window, Qt.Key.Key_Equal)
    key(window, Qt.Key.Key_Equal)
    assert window.zoom == 2
    assert view.font().pointSize() == base + 2
    key(window, Qt.Key.Key_Minus)
    assert view.font().pointSize() == base + 1
    key(window, Qt.Key.Key_0)
    assert window.zoom == 0
    assert view.font().pointSize() == base
    # a pane opened later gets the current zoom too
    window.set_zoom(3)
    window.show_pane(window.current_document.panes[2].id)
    assert window.current_view().font().pointSize() == base + 3


def test_cjk_font_families_are_explicit(qtbot, window, sample_md):
    open_and_wait(qtbot, window, sample_md)
    families = window.current_view().font().families()
    assert families[0] == "Noto Sans CJK SC"
    assert "WenQuanYi Micro Hei" in families


def test_theme_switch_changes_palette_and_keeps_pane(qtbot, window, sample_md):
    doc = open_and_wait(qtbot, window, sample_md)
    window.show_pane(doc.panes[1].id)
    window.theme_actions["dark"].trigger()
    assert window.resolved_theme == "dark"
    assert window.settings.theme == "dark"
    # the application palette reaches widgets through a queued palette-change event
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 100)
    assert "创新" in window.current_view().toPlainText()
    window.set_theme("light")
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() > 200)


def test_reveal_highlights_and_scrolls(qtbot, window, sample_md):
    doc = open_and_wait(qtbot, window, sample_md)
    pane = doc.panes[0]
    start = pane.text.index("最后一段")
    window.reveal(pane.id, pane.passages[-1].id, [(start, start + 4)], current=0)
    view = window.current_view()
    ((a, b),) = view.highlight_ranges()
    assert view.document().toPlainText()[a:b] == "最后一段"
    qtbot.waitUntil(lambda: view.verticalScrollBar().value() > 0)


def test_drop_a_file_opens_it(qtbot, window, sample_md):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_md))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        window.dropEvent(event)
    assert window.current_document.title == "测试简报"


def test_recent_files_menu_lists_opened_documents(qtbot, window, sample_md):
    open_and_wait(qtbot, window, sample_md)
    open_and_wait(qtbot, window, BRIEFING)
    from viewer.ui.window.menus import rebuild_recent_menu

    rebuild_recent_menu(window)
    texts = [a.text() for a in window.recent_menu.actions()]
    assert texts[:2] == [f"&1 {BRIEFING.resolve()}", f"&2 {sample_md.resolve()}"]
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        window.recent_menu.actions()[1].trigger()
    assert (
        window.current_document.path == sample_md.resolve()
        or window.current_document.title == "测试简报"
    )


def test_add_dock_and_menu_extension_points(qtbot, window):
    from PySide6.QtWidgets import QDockWidget, QLabel

    dock = QDockWidget("Search", window)
    dock.setObjectName("searchDock")
    dock.setWidget(QLabel("search"))
    window.add_dock(dock)
    assert dock.toggleViewAction() in window.panels_menu.actions()
    tools = window.menu("&Bookmarks")
    assert window.menu("Bookmarks") is tools
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[-2:] == ["Bookmarks", "Help"]
    unnamed = QDockWidget("x", window)
    with pytest.raises(ValueError):
        window.add_dock(unnamed)
