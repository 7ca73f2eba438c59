"""Bookmarks in the window: add from a selection, list, reveal, delete/undo, filter, cite,
export/import, status summary after an edit, and the storage error messages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu

from tests.ui.conftest import BRIEFING, open_and_wait
from viewer.core.base.paths import app_paths
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.bookmarks.store import BookmarkStore
from viewer.ui.bookmarks.controller import install_bookmarks
from viewer.ui.bookmarks.transfer import JSON_FILTER, markdown_filter

pytestmark = pytest.mark.gui

QUOTE = "微信红包的模式也可以复制在保险业"
OTHER = "深圳将支持互联网金融企业开展业务创新"
TITLE_PART = "马化腾为深圳党政领导干部讲"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def bookmarks(window):
    controller = install_bookmarks(window)
    yield controller
    if controller._task is not None:
        controller._task.cancel()


def open_resolved(qtbot, window, controller, path=BRIEFING):
    with qtbot.waitSignal(controller.refreshed, timeout=10_000):
        document = open_and_wait(qtbot, window, path)
    return document


def pane_with(document, quote):
    return next(p for p in document.panes if quote in p.text)


def select_in_view(window, document, quote):
    """Show the pane holding `quote` and select it with a QTextCursor; returns the view."""
    pane = pane_with(document, quote)
    window.show_pane(pane.id)
    view = window.current_view()
    start = pane.text.index(quote)
    a, b = view.text_map().pane_to_doc(start, start + len(quote))
    cursor = QTextCursor(view.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert cursor.selectedText() == quote
    return view


def covered_texts(view):
    return [s.cursor.selectedText().replace("\u2029", "\n") for s in view.extraSelections()]


def add_quote(qtbot, controller, document, quote, **fields):
    bookmark = controller.library.add_quote(document, quote, **fields)
    with qtbot.waitSignal(controller.refreshed, timeout=10_000):
        controller.refresh()
    return bookmark


def rows(panel):
    return [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]


def test_select_ctrl_d_note_panel_activate_highlights(qtbot, window, bookmarks):
    document = open_resolved(qtbot, window, bookmarks)
    view = select_in_view(window, document, QUOTE)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_D, CTRL)
    dialog = bookmarks.dialog
    assert dialog is not None and dialog.isVisible()
    assert QUOTE in dialog.quote_label.text()
    dialog.note_edit.setText("保险+社交")
    dialog.tags_edit.setText("金融，保险 金融")
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        dialog.accept()

    [text] = rows(bookmarks.panel)
    assert QUOTE in text and "保险+社交" in text and "#金融 #保险" in text
    assert "互联网+金融" in text and "in place" in text
    assert QUOTE in covered_texts(view)  # the soft mark in the pane

    window.show_pane(document.panes[0].id)
    panel = bookmarks.panel
    panel.list_view.setFocus()
    panel.list_view.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.keyClick(panel.list_view, Qt.Key.Key_Return)
    assert window.current_pane_id == pane_with(document, QUOTE).id
    shown = window.current_view()
    assert shown.highlight_ranges(), "the activated bookmark is highlighted"
    assert covered_texts(shown).count(QUOTE) == 2  # mark layer + highlight on top


def test_right_click_passage_and_enter_accepts(qtbot, window, bookmarks):
    document = open_resolved(qtbot, window, bookmarks)
    passage = next(p for p in document.passages() if QUOTE in p.text)
    window.show_pane(passage.pane_id)
    menu = QMenu(window)
    window.current_view().context_menu_about_to_show.emit(menu, passage.id)
    [action] = [a for a in menu.actions() if a.text() == "Bookmark Passage…"]
    action.trigger()
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        qtbot.keyClick(bookmarks.dialog.note_edit, Qt.Key.Key_Return)
    [entry] = bookmarks.entries
    assert entry.resolved.bookmark.quote == passage.text


def test_delete_and_undo(qtbot, window, bookmarks):
    document = open_resolved(qtbot, window, bookmarks)
    add_quote(qtbot, bookmarks, document, QUOTE, note="one")
    panel = bookmarks.panel
    panel.list_view.setFocus()
    panel.list_view.setCurrentIndex(panel.proxy.index(0, 0))
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Delete)
    assert rows(panel) == []
    assert panel.undo_bar.isVisible() and "Deleted" in panel.undo_label.text()
    assert "Undo" in window.statusBar().currentMessage()
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Z, CTRL)
    assert len(rows(panel)) == 1 and not panel.undo_bar.isVisible()

    panel.list_view.setCurrentIndex(panel.proxy.index(0, 0))
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        panel.delete_button.click()
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        panel.undo_button.click()
    assert len(rows(panel)) == 1


def test_filter_by_text_note_tag_and_pane(qtbot, window, bookmarks):
    document = open_resolved(qtbot, window, bookmarks)
    add_quote(qtbot, bookmarks, document, QUOTE, note="保险+社交", tags=["金融"])
    add_quote(qtbot, bookmarks, document, "马化腾", note="人物", tags=["人物"])
    panel = bookmarks.panel
    assert len(rows(panel)) == 2
    for query, expected in (("#金融", QUOTE), ("社交", QUOTE), ("人物", "马化腾"), ("红包", QUOTE)):
        panel.filter_edit.setText(query)
        [text] = rows(panel)
        assert expected in text, query
    panel.filter_edit.setText("互联网+金融 红包")  # pane title and quote together
    assert len(rows(panel)) == 1
    panel.filter_edit.setText("没有这个")
    assert rows(panel) == []
    panel.filter_edit.clear()
    panel.sort_box.setCurrentIndex(1)  # newest first
    assert "马化腾" in rows(panel)[0]


def test_citation_of_selection_and_of_bookmark(qtbot, window, bookmarks):
    document = open_resolved(qtbot, window, bookmarks)
    view = select_in_view(window, document, QUOTE)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    assert f"“{QUOTE}”" in text and TITLE_PART in text and "互联网+金融" in text

    add_quote(qtbot, bookmarks, document, OTHER)
    panel = bookmarks.panel
    panel.list_view.setFocus()
    panel.list_view.setCurrentIndex(panel.proxy.index(0, 0))
    qtbot.keyClick(panel.list_view, Qt.Key.Key_C, CTRL | Qt.KeyboardModifier.ShiftModifier)
    text = QGuiApplication.clipboard().text()
    assert OTHER in text and TITLE_PART in text and QUOTE not in text


def test_export_markdown_json_and_import_twice(qtbot, window, bookmarks, tmp_path, monkeypatch):
    document = open_resolved(qtbot, window, bookmarks)
    kept = add_quote(qtbot, bookmarks, document, QUOTE, note="保险+社交", tags=["金融"])
    md, js = tmp_path / "memo.md", tmp_path / "backup"
    answers = iter([(str(md), markdown_filter()), (str(js), JSON_FILTER)])
    offered = []

    def ask(_parent, _title, start, *_args, **_kwargs):
        offered.append(Path(start))
        return next(answers)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    bookmarks.export_action.trigger()
    # the bundled briefing lives in the program's folder: the reader's files go home
    assert offered[0].parent == Path.home() and offered[0].suffix == ".md"
    bookmarks.export_action.trigger()
    memo = md.read_text(encoding="utf-8")
    assert "## 互联网+金融" in memo and QUOTE in memo and "#金融" in memo
    exported = js.with_suffix(".json")
    payload = json.loads(exported.read_text(encoding="utf-8"))
    assert [b["id"] for b in payload["bookmarks"]] == [kept.id]

    bookmarks.library.store.purge(kept.id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(exported), ""))
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        bookmarks.import_action.trigger()
    assert "1 added, 0 already present" in window.statusBar().currentMessage()
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        bookmarks.import_action.trigger()
    assert "0 added, 1 already present" in window.statusBar().currentMessage()
    assert len(rows(bookmarks.panel)) == 1


def test_summary_after_the_document_was_edited(qtbot, window, bookmarks, tmp_path):
    copy = tmp_path / "briefing-copy.md"
    shutil.copyfile(BRIEFING, copy)
    document = open_resolved(qtbot, window, bookmarks, copy)
    add_quote(qtbot, bookmarks, document, QUOTE)
    add_quote(qtbot, bookmarks, document, OTHER)
    text = copy.read_text(encoding="utf-8")
    inserted = "新插入的一段文字，用来让后面的书签移动位置。\n\n"
    text = text.replace("其实,微信红包", inserted + "其实,微信红包")
    text = text.replace(OTHER, "深圳将全面支持互联网金融企业开展创新")  # now only similar
    copy.write_text(text, encoding="utf-8")
    open_resolved(qtbot, window, bookmarks, copy)
    message = window.statusBar().currentMessage()
    assert message.startswith("2 bookmarks:") and "1 moved" in message
    assert "1 needs attention" in message
    assert message in bookmarks.panel.summary.text()
    attention = [t for t in rows(bookmarks.panel) if "needs attention" in t]
    assert len(attention) == 1
    orphan = bookmarks.entries[-1]
    bookmarks.panel.select(orphan.id)
    assert not bookmarks.panel.reattach_button.isHidden()

    document = window.current_document
    select_in_view(window, document, "深圳将全面支持互联网金融企业开展创新")
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        bookmarks.panel.reattach_button.click()
    assert [e.resolved.status for e in bookmarks.entries] == ["moved", "exact"]
    assert "needs attention" not in bookmarks.panel.summary.text()

    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        bookmarks.panel.all_documents.setChecked(True)
    assert all("《" in text for text in rows(bookmarks.panel))


def test_read_only_store_says_why_on_first_add(qtbot, window, captured_dialogs, tmp_path):
    db = tmp_path / "ro.sqlite3"
    BookmarkStore(db).close()
    controller = install_bookmarks(window, BookmarkLibrary(BookmarkStore(db, read_only=True)))
    document = open_resolved(qtbot, window, controller)
    select_in_view(window, document, QUOTE)
    controller.add_bookmark()
    controller.add_bookmark()
    assert [kind for kind, _t, _m in captured_dialogs] == ["warning"]
    assert captured_dialogs[0][2].startswith("Bookmarks can't be saved: ")
    assert window.statusBar().currentMessage().startswith("Bookmarks can't be saved")
    assert controller.dialog is None


def test_damaged_database_notice_is_shown_once_without_blocking(qtbot, window):
    db = app_paths().bookmarks_db
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes(b"this is not a database" * 100)
    controller = install_bookmarks(window)
    qtbot.waitUntil(lambda: getattr(controller, "notice_box", None) is not None)
    box = controller.notice_box
    assert box.isVisible() and not box.isModal() and "moved aside" in box.text()
    box.close()


def test_ctrl_b_brings_a_panel_behind_another_tab_to_the_front(qtbot):
    from viewer.ui.common.feature_docks import reserve_feature_docks
    from viewer.ui.window.app import _install_features
    from viewer.ui.window.main_window import MainWindow

    window = MainWindow(theme_mode="light")  # laid out as the app does it
    qtbot.addWidget(window)
    reserve_feature_docks(window)
    window.show()
    qtbot.waitExposed(window)
    _install_features(window)
    dock = window.findChild(QDockWidget, "bookmarksDock")
    search_dock = window.findChild(QDockWidget, "searchDock")
    assert dock in window.tabifiedDockWidgets(search_dock)
    search_dock.raise_()  # bookmarks is now behind the Search tab
    qtbot.waitUntil(lambda: dock.visibleRegion().isEmpty())  # parked off-screen by Qt
    with qtbot.waitActive(window):
        window.activateWindow()  # window shortcuts need the active window
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: dock.isVisible() and not dock.visibleRegion().isEmpty())
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)  # in front: Ctrl+B hides it
    qtbot.waitUntil(lambda: dock.isHidden())
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: dock.isVisible())


def test_view_panels_entry_brings_a_covered_panel_forward(qtbot):
    """The sibling of Ctrl+B: View › Panels › Bookmarks while it is behind the Search tab."""
    from viewer.ui.common.feature_docks import reserve_feature_docks
    from viewer.ui.window.app import _install_features
    from viewer.ui.window.main_window import MainWindow

    window = MainWindow(theme_mode="light")
    qtbot.addWidget(window)
    reserve_feature_docks(window)
    window.show()
    qtbot.waitExposed(window)
    _install_features(window)
    dock = window.findChild(QDockWidget, "bookmarksDock")
    window.findChild(QDockWidget, "searchDock").raise_()
    qtbot.waitUntil(lambda: dock.visibleRegion().isEmpty())
    entry = next(a for a in window.panels_menu.actions() if a.text() == "Bookmarks")
    entry.trigger()
    qtbot.waitUntil(lambda: not dock.isHidden() and not dock.visibleRegion().isEmpty())
    assert entry.isChecked()
    entry.trigger()  # in front: the entry hides it
    qtbot.waitUntil(dock.isHidden)
    assert not entry.isChecked()
