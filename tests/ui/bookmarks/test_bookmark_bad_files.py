"""File › Import/Export Bookmarks with hostile files: the same one-line message as the console
twin, nothing imported, and a symlink/FIFO export target left as it is."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.conftest import BRIEFING, open_and_wait
from viewer.cli.bookmarks import run_bookmarks
from viewer.core.base.paths import app_paths
from viewer.core.bookmarks.anchoring import anchor_for_quote
from viewer.core.bookmarks.model import new_bookmark
from viewer.core.bookmarks.store import BookmarkStore
from viewer.core.bookmarks.transfer import to_json
from viewer.core.document.markdown_model import load_document
from viewer.ui.bookmarks.controller import install_bookmarks
from viewer.ui.bookmarks.transfer import markdown_filter

pytestmark = pytest.mark.gui


@pytest.fixture
def bookmarks(window):
    controller = install_bookmarks(window)
    yield controller
    if controller._task is not None:
        controller._task.cancel()


def test_gui_import_of_a_bad_file_says_what_the_cli_says(
    qtbot, window, bookmarks, captured_dialogs, tmp_path, monkeypatch, capsys
):
    bad = tmp_path / "bad.json"
    item = {"id": "6f1c2f1e-0000-4000-8000-000000000001", "quote": "互联网+", "anchor": "x"}
    payload = {"format": "briefing-viewer-bookmarks", "version": 1, "bookmarks": [item]}
    bad.write_text(json.dumps(payload), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    bookmarks.import_action.trigger()
    qtbot.waitUntil(lambda: len(captured_dialogs) > 0, timeout=10_000)
    assert run_bookmarks(["import", str(bad)]) == 2
    cli_line = capsys.readouterr().err.strip().removeprefix("briefing-viewer: error: ")
    assert [(kind, text) for kind, _title, text in captured_dialogs] == [("warning", cli_line)]
    assert "bookmarks[0].anchor" in cli_line
    assert bookmarks.library.store.all() == []


def test_gui_export_onto_a_symlink_or_fifo_warns_and_leaves_it(
    qtbot, window, bookmarks, captured_dialogs, tmp_path, monkeypatch
):
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        document = open_and_wait(qtbot, window, BRIEFING)
    bookmarks.library.add_quote(document, "互联网+")
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        bookmarks.refresh()
    victim = tmp_path / "victim.md"
    victim.write_text("原样", encoding="utf-8")
    link, fifo = tmp_path / "link.md", tmp_path / "fifo.md"
    link.symlink_to(victim)
    os.mkfifo(fifo)
    answers = iter([(str(link), markdown_filter()), (str(fifo), markdown_filter())])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: next(answers))
    bookmarks.export_action.trigger()
    bookmarks.export_action.trigger()
    assert [kind for kind, _t, _m in captured_dialogs] == ["warning", "warning"]
    assert all("not a regular file" in text for _k, _t, text in captured_dialogs)
    assert link.is_symlink() and victim.read_text(encoding="utf-8") == "原样"
    assert fifo.exists() and not fifo.is_file()


def test_a_damaged_database_shows_the_salvaged_bookmarks(qtbot, window, tmp_path):
    document = load_document(BRIEFING)
    anchor = anchor_for_quote(document, "互联网+")
    made = [new_bookmark(anchor, document, note=f"n{i:04d}" + "x" * 300) for i in range(200)]
    db = app_paths().bookmarks_db
    with BookmarkStore(db) as store:
        store.add_many(made)
    data = bytearray(db.read_bytes())
    start = data.index(b"n0100x") // 4096 * 4096
    data[start : start + 4096] = b"\xff" * 4096
    db.write_bytes(bytes(data))

    controller = install_bookmarks(window)
    with qtbot.waitSignal(controller.refreshed, timeout=10_000):
        open_and_wait(qtbot, window, BRIEFING)
    qtbot.waitUntil(lambda: getattr(controller, "notice_box", None) is not None)
    listed = len(controller.entries)
    assert 180 <= listed < 200
    assert f"{listed} bookmarks were recovered" in controller.notice_box.text()
    controller.notice_box.close()


def test_imported_bookmark_paths_are_not_opened_by_the_panel(
    qtbot, window, bookmarks, tmp_path, monkeypatch
):
    secret = tmp_path / "secret.md"
    secret.write_text(BRIEFING.read_text(encoding="utf-8") + "\n\n附加。\n", encoding="utf-8")
    document = load_document(BRIEFING)
    made = new_bookmark(anchor_for_quote(document, "互联网+"), document)
    payload = json.loads(to_json([made]))
    payload["bookmarks"][0]["document_path"] = str(secret)
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(crafted), ""))
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        bookmarks.import_action.trigger()
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        bookmarks.panel.all_documents.setChecked(True)
    (entry,) = bookmarks.panel.model.entries
    assert entry.document is None and entry.resolved.status == "orphan"  # secret.md unread
    bookmarks.activate(entry)
    assert "This bookmark was imported" in window.statusBar().currentMessage()
    assert window.current_document is None  # nothing was opened on the file's say-so
