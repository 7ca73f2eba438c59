"""File › Import/Export Bookmarks with hostile files: the same one-line message as the console
twin, nothing imported, and a symlink/FIFO export target left as it is."""

from __future__ import annotations

import json
import os

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.gui.conftest import BRIEFING, open_and_wait
from viewer.cli_bookmarks import run_bookmarks
from viewer.ui.bookmark_controller import install_bookmarks
from viewer.ui.bookmark_transfer import MARKDOWN_FILTER

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
    answers = iter([(str(link), MARKDOWN_FILTER), (str(fifo), MARKDOWN_FILTER)])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: next(answers))
    bookmarks.export_action.trigger()
    bookmarks.export_action.trigger()
    assert [kind for kind, _t, _m in captured_dialogs] == ["warning", "warning"]
    assert all("not a regular file" in text for _k, _t, text in captured_dialogs)
    assert link.is_symlink() and victim.read_text(encoding="utf-8") == "原样"
    assert fifo.exists() and not fifo.is_file()
