"""The library panels with hostile folder entries: what is skipped is listed, never opened."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication

from tests.fifo_probe import FifoProbe
from tests.ui.library.test_library_panels import make_library, open_and_index

pytestmark = pytest.mark.gui


def entry_named(view, rel_path):
    return next(e for e in view.controller.entries if e.rel_path == rel_path)


def test_links_out_and_pipes_are_listed_as_skipped_and_never_opened(
    qtbot,
    window,
    library,
    tmp_path,
):
    folder = make_library(tmp_path / "lib")
    secret = tmp_path / "secret.txt"
    secret.write_text("口令：不应出现在文库里\n", encoding="utf-8")
    (folder / "passwd.md").symlink_to(secret)
    with FifoProbe(folder / "x.md") as probe:
        report = open_and_index(qtbot, window, library, folder)
        view = library.view
        view.problems_button.click()
        lines = [view.problems_list.item(i).text() for i in range(view.problems_list.count())]
        assert any(line.startswith("passwd.md: ") and "outside" in line for line in lines)
        assert any(line.startswith("x.md: ") and "named pipe" in line for line in lines)
        assert {e.rel_path for e in report.skipped} == {"passwd.md", "x.md"}
        loads = []
        window.document_loaded.connect(loads.append)
        library.open_entry(entry_named(view, "x.md"))
        library.open_entry(entry_named(view, "passwd.md"))
        assert "outside" in window.statusBar().currentMessage()
        QApplication.processEvents()  # a load would have started by now
        assert window._load_task is None and not loads
    assert not probe.was_read


def test_undecodable_names_show_replacement_characters(qtbot, window, library, tmp_path):
    folder = make_library(tmp_path / "lib")
    with open(os.fsencode(folder) + b"/\xb7\xa8\xc2\xc9.md", "wb") as handle:  # GBK 法律
        handle.write("没有标题的文件，正文提到数据出境。\n".encode())
    open_and_index(qtbot, window, library, folder)
    view = library.view
    titles = [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    assert "\ufffd\ufffd\ufffd\ufffd" in titles
    tips = [view.model.index(row, 0).data(3) for row in range(view.model.rowCount())]
    assert any("\ufffd\ufffd\ufffd\ufffd.md" in tip for tip in tips)
