"""File › Print… and File › Export in the window, the export scope dialog, the bookmarks panel's
Excerpt memo… and the library results export; each waits on the exporter's signals."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest
from docx import Document as read_docx
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.ui.conftest import BRIEFING, open_and_wait
from viewer.ui.export.controller import exporter
from viewer.ui.export.dialogs import MemoDialog, ScopeDialog

pytestmark = pytest.mark.gui


def _accept_scope(monkeypatch, choose=None):
    """ScopeDialog.exec answers OK at once, after `choose(dialog)` picked something."""

    def exec_(dialog):
        if choose:
            choose(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ScopeDialog, "exec", exec_)


def _save_as(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_ctrl_p_opens_a_paged_preview_of_the_current_pane(qtbot, window, monkeypatch):
    document = open_and_wait(qtbot, window, BRIEFING)
    action = window.findChild(QAction, "print")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    _accept_scope(monkeypatch)
    controller = exporter(window)
    with qtbot.waitSignal(controller.preview_shown, timeout=10_000) as shown:
        action.trigger()
    preview = shown.args[0]
    widget = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() >= 1, timeout=10_000)
    assert window.current_pane_id == document.panes[0].id
    whole_pages = widget.pageCount()
    preview.close()
    with qtbot.waitSignal(controller.preview_shown, timeout=10_000) as shown:
        controller.print_document([])  # the whole document: more pages than one pane
    widget = shown.args[0].findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() > whole_pages, timeout=10_000)
    shown.args[0].close()


def test_scope_dialog_current_selected_and_whole(qtbot, window):
    document = open_and_wait(qtbot, window, BRIEFING)
    dialog = ScopeDialog(document, document.panes[1].id, "Print", window)
    qtbot.addWidget(dialog)
    assert dialog.pane_ids() == [document.panes[1].id]
    dialog.selected.setChecked(True)
    dialog.panes.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.ok.isEnabled()  # nothing selected: nothing to print
    for row in (3, 0):
        dialog.panes.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.ok.isEnabled()
    assert dialog.pane_ids() == [document.panes[0].id, document.panes[3].id]
    dialog.whole.setChecked(True)
    assert dialog.pane_ids() == []


def test_scope_dialog_shows_every_pane_title_whole(qtbot, window, tmp_path):
    """A pane title was cut behind a horizontal scroll bar: the list widens to its longest
    title, and one longer than a 1024-pixel screen allows wraps instead."""
    path = tmp_path / "协议.md"
    long = "深圳市人民政府与腾讯计算机系统有限公司签署“互联网+”战略合作框架协议"
    path.write_text(f"# 甲\n\n正文。\n\n# {long}\n\n正文。\n\n# {long * 3}\n\n正文。\n")
    document = open_and_wait(qtbot, window, path)
    dialog = ScopeDialog(document, window.current_pane_id, "Print", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    panes = dialog.panes
    assert not panes.horizontalScrollBar().isVisible()
    assert panes.viewport().width() >= panes.fontMetrics().horizontalAdvance(long)
    assert dialog.width() <= 640  # the longest wraps rather than widening past the screen


def test_export_word_from_the_menu(qtbot, window, monkeypatch, tmp_path):
    document = open_and_wait(qtbot, window, BRIEFING)

    def two_panes(dialog):
        dialog.selected.setChecked(True)
        dialog.panes.item(2).setCheckState(Qt.CheckState.Checked)

    _accept_scope(monkeypatch, two_panes)
    out = tmp_path / "two.docx"
    _save_as(monkeypatch, out)
    with qtbot.waitSignal(exporter(window).finished, timeout=15_000) as done:
        window.findChild(QAction, "export_docx").trigger()
    assert done.args == [str(out)]
    word = read_docx(io.BytesIO(out.read_bytes()))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings == [document.panes[0].title, document.panes[2].title]


def test_export_pdf_and_a_failed_export(qtbot, window, tmp_path):
    open_and_wait(qtbot, window, BRIEFING)
    window.quiet_errors = True
    controller = exporter(window)
    out = tmp_path / "all.pdf"
    with qtbot.waitSignal(controller.finished, timeout=20_000):
        controller.export_document("pdf", [], out)
    assert out.read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(controller.failed, timeout=15_000) as failed:
        controller.export_document("md", [], out / "inside-a-file.md")  # its folder is a file
    assert failed.args[0].startswith("Could not export.") and "\n" not in failed.args[0]
    assert "inside-a-file.md cannot be written" in failed.args[0] and ".tmp" not in failed.args[0]
    with qtbot.waitSignal(controller.failed, timeout=5_000) as failed:
        controller.export_document("md", ["没有这个"], tmp_path / "x.md")
    assert "There is no pane" in failed.args[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.pdf"]


def test_excerpt_memo_from_the_bookmarks_panel(qtbot, window, monkeypatch, tmp_path):
    from viewer.ui.bookmarks.controller import install_bookmarks
    from viewer.ui.window.app import wire_memo

    bookmarks = install_bookmarks(window)
    wire_memo(window, bookmarks)  # as the window wires its features
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        document = open_and_wait(qtbot, window, BRIEFING)
    quotes = ["微信红包的模式也可以复制在保险业", "深圳将支持互联网金融企业开展业务创新"]
    for n, quote in enumerate(quotes):
        bookmarks.library.add_quote(document, quote, note=f"要点{n}", tags=[f"主题{n}"])
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        bookmarks.refresh()
    assert bookmarks.panel.memo_button.isEnabled()

    def exec_(dialog):
        dialog.group_by.setCurrentIndex(dialog.group_by.findData("tag"))
        dialog.format.setCurrentIndex(dialog.format.findData("md"))
        dialog.notes.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemoDialog, "exec", exec_)
    out = tmp_path / "memo.md"
    _save_as(monkeypatch, out)
    with qtbot.waitSignal(exporter(window).finished, timeout=15_000):
        qtbot.mouseClick(bookmarks.panel.memo_button, Qt.MouseButton.LeftButton)
    text = out.read_text(encoding="utf-8")
    assert "## 主题0" in text and "## 主题1" in text
    assert all(text.count(q) == 1 for q in quotes)
    assert "要点" not in text  # notes left out
    assert f"《{document.title}》" in text


def test_file_export_bookmarks_memo_quotes_the_listed_bookmarks(
    qtbot, window, monkeypatch, tmp_path
):
    from viewer.ui.bookmarks.controller import install_bookmarks
    from viewer.ui.window.app import wire_memo

    bookmarks = install_bookmarks(window)
    wire_memo(window, bookmarks)
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        document = open_and_wait(qtbot, window, BRIEFING)
    action = window.findChild(QAction, "export_bookmarks_memo")
    assert action.text() == "&Bookmarks as Excerpt Memo…"
    window.quiet_errors = True
    with qtbot.waitSignal(exporter(window).failed, timeout=5_000) as failed:
        action.trigger()  # nothing bookmarked yet: said, not an empty memo
    assert "Ctrl+D" in failed.args[0]
    quote = "深圳将支持互联网金融企业开展业务创新"
    bookmarks.library.add_quote(document, quote, note="要点")
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        bookmarks.refresh()

    def exec_(dialog):  # an English window, a memo for a Chinese reader
        assert dialog.language.currentData() == "" and dialog.language.currentText() == (
            "As the interface"
        )
        dialog.language.setCurrentIndex(dialog.language.findData("zh"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemoDialog, "exec", exec_)
    out = tmp_path / "memo.docx"
    suggested = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda _parent, _title, name, *_a, **_k: (suggested.append(name), (str(out), ""))[1],
    )
    with qtbot.waitSignal(exporter(window).finished, timeout=15_000):
        action.trigger()
    word = read_docx(io.BytesIO(out.read_bytes()))
    text = "\n".join(p.text for p in word.paragraphs)
    assert quote in text and "要点" in text
    assert text.startswith("摘编") and "Excerpt" not in text  # the labels the reader chose
    footer = "".join(p.text for p in word.sections[0].footer.paragraphs)
    assert "页" in footer and "Page" not in footer  # its page numbers' words too
    assert suggested and suggested[0].endswith("摘编.docx")
    assert window.findChild(QAction, "export_bookmarks_memo").text().startswith("&Bookmarks")


def test_library_results_export_lists_every_document(qtbot, window, tmp_path):
    from tests.core.export.test_search_results import _library
    from tests.core.library.test_library import indexed

    _index, search = indexed(_library(tmp_path, 45))
    window.library = SimpleNamespace(
        searcher=search, last_results=search.search("申报", limit=20), panel=None
    )
    out = tmp_path / "hits.csv"
    with qtbot.waitSignal(exporter(window).finished, timeout=15_000):
        exporter(window).export_search_results("csv", out)
    lines = out.read_text(encoding="utf-8-sig").strip().splitlines()
    assert len(lines) == 1 + 45  # header and every document, not only the 20 shown


def test_excerpt_memo_of_library_hits(qtbot, window, tmp_path, monkeypatch):
    from tests.core.export.test_search_results import _library
    from tests.core.library.test_library import indexed

    _index, search = indexed(_library(tmp_path, 25))
    window.library = SimpleNamespace(
        searcher=search, last_results=search.search("申报", limit=10), panel=None
    )

    def exec_(dialog):
        assert dialog.group_by.parent() is None or not dialog.group_by.isVisible()
        dialog.format.setCurrentIndex(dialog.format.findData("html"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemoDialog, "exec", exec_)
    out = tmp_path / "hits.html"
    _save_as(monkeypatch, out)
    with qtbot.waitSignal(exporter(window).finished, timeout=15_000):
        window.findChild(QAction, "export_results_memo").trigger()
    text = out.read_text(encoding="utf-8")
    assert (
        text.count('<blockquote><span lang="zh-CN">第一条 经营者集中应当申报。</span></blockquote>')
        == 25
    )
    assert "25 excerpts from 25 documents" in text


def test_excerpt_memo_of_selected_passages(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtGui import QTextCursor

    document = open_and_wait(qtbot, window, BRIEFING)
    window.quiet_errors = True
    controller = exporter(window)
    with qtbot.waitSignal(controller.failed, timeout=5_000) as failed:
        controller.selection_memo()  # nothing selected yet
    assert "Select the passages" in failed.args[0]
    pane = next(p for p in document.panes if len(p.passages) > 3)
    paragraphs = [p for p in pane.passages if p.kind == "paragraph"][:2]
    starts = dict(zip((p.id for p in pane.passages), pane.passage_starts(), strict=True))
    start = starts[paragraphs[0].id] + 2
    end = starts[paragraphs[1].id] + 6
    window.show_pane(pane.id)
    view = window.current_view()
    a, b = view.text_map().pane_to_doc(start, end)
    cursor = QTextCursor(view.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    out = tmp_path / "selection.md"
    with qtbot.waitSignal(controller.finished, timeout=15_000):
        controller.selection_memo(MemoDialog(2).options(), "md", out)
    text = out.read_text(encoding="utf-8")
    assert "2 excerpts from 1 document" in text
    assert paragraphs[0].text[2:30] in text and paragraphs[1].text[:6] in text


def test_file_menu_holds_print_and_every_export(window):
    names = {a.objectName() for a in window.findChildren(QAction)}
    wanted = {"print", "export_pdf", "export_docx", "export_html", "export_md"}
    wanted |= {"export_results_csv", "export_results_md", "export_results_memo"}
    assert wanted | {"export_selection_memo"} <= names


def test_a_codes_book_names_the_window_and_the_export(qtbot, window, monkeypatch, tmp_path):
    """民法典's eight books all offered 中华人民共和国民法典.pdf, and the window title named no book
    (trial, round 6)."""
    from tests.core.library.test_library_books import BOOK

    book = tmp_path / "物权编.md"
    book.write_text(BOOK.format(book="物权编", article="第二百零五条"), encoding="utf-8")
    open_and_wait(qtbot, window, book)
    assert window.windowTitle().startswith("中华人民共和国民法典 · 物权编 — ")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append(a) or ("", ""))
    _accept_scope(monkeypatch)
    exporter(window).export_document("pdf")
    assert asked and "物权编" in asked[0][2]  # the suggested path


def test_printing_to_a_pdf_file_says_where_it_went(qtbot, window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    document = open_and_wait(qtbot, window, BRIEFING)
    controller = exporter(window)
    with qtbot.waitSignal(controller.preview_shown, timeout=10_000) as shown:
        controller.print_document([document.panes[0].id])
    preview = shown.args[0]
    printer = preview.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "简报.pdf"))
    preview.accept()  # what its Print button ends with
    assert window.statusBar().currentMessage() == "Saved 简报.pdf"
