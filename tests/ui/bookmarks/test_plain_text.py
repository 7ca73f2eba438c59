"""Strings from documents, file names and imports are shown as plain text everywhere.

Qt renders tooltips, message boxes and labels as rich text when a string looks like HTML, and
rich text loads `<img src=...>` from disk. Each test puts such an image, pointing at a named
pipe (tests/fifo_probe.py), where a user would see it, makes Qt show it the way a hover or a
dialog does, and checks that nothing opened the pipe.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, QPoint, QTimer
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QToolTip

from tests.fifo_probe import FifoProbe
from tests.ui.conftest import open_and_wait
from tests.ui.conftest import shown_text as shown
from tests.ui.library.test_library_panels import make_library, open_and_index

pytestmark = pytest.mark.gui
TIMEOUT = 20_000


@pytest.fixture
def probe(tmp_path, monkeypatch):
    """A pipe at tmp/probe; the working folder is tmp, so a relative `src='probe'` (the only
    kind a single file name can hold) reaches it too."""
    monkeypatch.chdir(tmp_path)
    with FifoProbe(tmp_path / "probe") as fifo:
        yield fifo
        QToolTip.hideText()  # a shown tip would re-read the image on its next paint
        QApplication.processEvents()


def image(probe) -> str:
    return f"<img src='{probe.path}'>"


@pytest.fixture
def dialogs_closed(qtbot):
    """Real QMessageBoxes, closed as soon as they are up (they are laid out before that)."""
    shown = []

    def close_modal() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            shown.append(widget)
            widget.close()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(20)
    yield shown
    timer.stop()


def hover(widget, pos: QPoint | None = None) -> None:
    """What Qt does when the mouse rests on `widget`: a ToolTip help event at `pos`."""
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    pos = pos if pos is not None else target.rect().center()
    QApplication.sendEvent(target, QHelpEvent(QEvent.Type.ToolTip, pos, target.mapToGlobal(pos)))
    QApplication.processEvents()


def hover_item(view, index) -> None:
    view.scrollTo(index)
    hover(view, view.visualRect(index).center())


@pytest.fixture
def hostile_doc(tmp_path, probe):
    path = tmp_path / "hostile.md"
    img = image(probe)
    path.write_text(
        f"# 测试文件\n\n## `{img}` 标题\n\n"
        f'正文提到[链接](https://example.com "{img}")和数据出境。\n\n'
        f"另一段引用 `{img}` 也提到数据出境。\n",
        encoding="utf-8",
    )
    return path


# --- document strings ---------------------------------------------------------------------------
def test_outline_tooltip(qtbot, window, hostile_doc, probe):
    open_and_wait(qtbot, window, hostile_doc)
    item = window.outline.topLevelItem(0)
    assert image(probe) in item.text(0)
    hover_item(window.outline, window.outline.indexFromItem(item))
    assert not probe.was_read
    assert image(probe) in shown(QToolTip.text())  # shown, as text


def test_link_title_tooltip(qtbot, window, hostile_doc, probe):
    open_and_wait(qtbot, window, hostile_doc)
    view = window.current_view()
    start = view.toPlainText().index("链接")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)
    assert image(probe) in cursor.charFormat().toolTip()
    hover(view, view.cursorRect(cursor).center())
    assert not probe.was_read
    assert image(probe) in shown(QToolTip.text())


def test_search_result_tooltip(qtbot, window, hostile_doc, probe):
    from tests.ui.search.test_search_panel import run_query
    from viewer.ui.search.panel import install_search

    search = install_search(window)
    open_and_wait(qtbot, window, hostile_doc)
    qtbot.waitUntil(lambda: search.ready, timeout=TIMEOUT)
    run_query(qtbot, search, "标题")
    results = search.panel.results
    hover_item(results, results.model().index(0, 0))
    assert not probe.was_read
    assert image(probe) in shown(QToolTip.text())


def test_bookmark_quote_tooltip(qtbot, window, hostile_doc, probe):
    from viewer.ui.bookmarks.controller import install_bookmarks

    bookmarks = install_bookmarks(window)
    with qtbot.waitSignal(bookmarks.refreshed, timeout=TIMEOUT):
        document = open_and_wait(qtbot, window, hostile_doc)
    quote = f"另一段引用 {image(probe)}"
    bookmarks.library.add_quote(document, quote)
    with qtbot.waitSignal(bookmarks.refreshed, timeout=TIMEOUT):
        bookmarks.refresh()
    view = bookmarks.panel.list_view
    hover_item(view, view.model().index(0, 0))
    assert not probe.was_read
    assert image(probe) in shown(QToolTip.text())


def test_bookmark_dialog_quote(qtbot, window, probe):
    from viewer.ui.bookmarks.dialog import BookmarkDialog

    dialog = BookmarkDialog(window, quote=f"引文 {image(probe)}")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hover(dialog.quote_label)
    assert not probe.was_read
    assert image(probe) in shown(QToolTip.text())


def test_crash_dialog_summary(qtbot, probe, dialogs_closed):
    from viewer.ui.common.dialogs.crash import show_crash_dialog

    show_crash_dialog(f"DocumentError: {image(probe)}", "details", None)
    assert dialogs_closed and not probe.was_read


# --- file names ---------------------------------------------------------------------------------
def test_cannot_open_dialog_for_a_file_name(qtbot, window, tmp_path, probe, dialogs_closed):
    bad = tmp_path / "<img src='probe'>.md"
    bad.write_bytes(b"\x00\x01binary")
    with qtbot.waitSignal(window.load_failed, timeout=TIMEOUT) as blocker:
        window.open_document(bad)
    qtbot.waitUntil(lambda: bool(dialogs_closed), timeout=TIMEOUT)
    assert "<img src='probe'>" in blocker.args[0]
    assert not probe.was_read


def test_import_error_dialog_for_a_file_name(
    qtbot, window, tmp_path, probe, monkeypatch, dialogs_closed
):
    from viewer.ui.bookmarks.controller import install_bookmarks

    bookmarks = install_bookmarks(window)
    bad = tmp_path / "<img src='probe'>.json"
    bad.write_text(json.dumps({"version": "abc"}), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    bookmarks.import_action.trigger()  # the file is read and checked on a worker
    qtbot.waitUntil(lambda: bool(dialogs_closed), timeout=10_000)
    assert not probe.was_read


@pytest.fixture
def library(qtbot, window):
    from viewer.ui.library.docks import install_library

    controller = install_library(window)
    yield controller
    controller.shutdown()


@pytest.fixture
def hostile_library(tmp_path, probe):
    folder = make_library(tmp_path / "lib")
    law = (folder / "经济法" / "电子商务法(2018-08-31).md").read_text(encoding="utf-8")
    (folder / "经济法" / "<img src='probe'>.md").write_text(law, encoding="utf-8")
    (folder / "<img src='probe'>坏.md").write_bytes(b"\x00\x01binary")
    return folder


def test_library_list_tooltip(qtbot, window, library, hostile_library, probe):
    open_and_index(qtbot, window, library, hostile_library)
    view = library.view
    rows = [view.model.index(r, 0) for r in range(view.model.rowCount())]
    (row,) = [i for i in rows if "经济法/<img" in shown(i.data(3))]
    hover_item(view.table, row)
    assert not probe.was_read
    assert "<img src='probe'>" in shown(QToolTip.text())


def test_library_problems_tooltip(qtbot, window, library, hostile_library, probe):
    open_and_index(qtbot, window, library, hostile_library)
    button = library.view.problems_button
    hover(button)
    assert not probe.was_read
    assert "<img src='probe'>坏.md" in shown(QToolTip.text())


def test_library_result_tooltip(qtbot, window, library, hostile_library, probe):
    open_and_index(qtbot, window, library, hostile_library)
    with qtbot.waitSignal(library.search_finished, timeout=TIMEOUT):
        library.set_query("电子签名")
        library.search_now()
    tree = library.panel.results
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    (item,) = [i for i in items if "<img" in shown(i.toolTip(0))]
    hover_item(tree, tree.indexFromItem(item))
    assert not probe.was_read
    assert "<img src='probe'>" in shown(QToolTip.text())


def test_library_folder_label(qtbot, window, library, tmp_path, probe):
    folder = make_library(tmp_path / "<img src='probe'>")
    open_and_index(qtbot, window, library, folder)
    label = library.view.folder_label
    label.grab()  # lays the label out and paints it, as the window does
    hover(label)
    assert "<img src='probe'>" in label.text()
    assert not probe.was_read
