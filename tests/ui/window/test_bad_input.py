"""Bad files end in a clear message (dialog or info bar), never a traceback or a hang."""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtCore import QTimer

from tests.ui.conftest import open_and_wait

pytestmark = pytest.mark.gui


def open_and_expect_failure(qtbot, win, path) -> str:
    with qtbot.waitSignal(win.load_failed, timeout=10_000) as blocker:
        win.open_document(path)
    return blocker.args[0]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("missing.md", None, "not found"),
        ("empty.md", b"", "empty"),
        ("blank.md", b"  \n\n ", "empty"),
        ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
    ],
)
def test_bad_file_shows_a_dialog(
    qtbot, window, captured_dialogs, tmp_path, name, content, expected
):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    message = open_and_expect_failure(qtbot, window, path)
    assert expected in message.lower()
    assert captured_dialogs == [("warning", "Cannot open document", message)]
    assert "Traceback" not in message
    assert not window.busy.isVisible()


def test_folder_opens_as_a_library(qtbot, window, captured_dialogs, tmp_path):
    (tmp_path / "a.md").write_text("# 甲\n\n正文。\n", encoding="utf-8")
    window.open_document(tmp_path)
    library = window.library
    try:
        qtbot.waitUntil(lambda: len(library.entries) == 1, timeout=10_000)
        assert captured_dialogs == []
    finally:
        library.shutdown()


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16"])
def test_chinese_encodings_open(qtbot, window, tmp_path, encoding):
    path = tmp_path / f"{encoding}.md"
    path.write_bytes("# 标题\n\n## 第一节\n\n国务院关于数字经济的意见。\n".encode(encoding))
    doc = open_and_wait(qtbot, window, path)
    assert doc.encoding.startswith(encoding.split("-")[0].replace("gb", "gb"))
    assert "国务院关于数字经济的意见" in window.current_view().toPlainText()
    assert window.metadata.values["Encoding"] == doc.encoding


def test_malformed_front_matter_warns_without_a_dialog(qtbot, window, captured_dialogs, tmp_path):
    path = tmp_path / "fm.md"
    path.write_text("---\ntitle: 好\nthis line has no colon\n---\n\n## 一\n\n正文。\n", "utf-8")
    doc = open_and_wait(qtbot, window, path)
    assert doc.warnings
    assert captured_dialogs == []
    assert window.info_bar.isVisible()
    assert "not understood" in window.info_bar.label.text()


def test_a_failed_open_keeps_the_current_document(
    qtbot, window, captured_dialogs, sample_md, tmp_path
):
    doc = open_and_wait(qtbot, window, sample_md)
    open_and_expect_failure(qtbot, window, tmp_path / "nope.md")
    assert window.current_document is doc
    assert window.current_view() is not None


def _big_markdown(path, megabytes: float) -> None:
    para = "国务院关于推进数字经济高质量发展的指导意见，强调创新驱动与开放合作。" * 4
    sections, size, n = [], 0, 0
    while size < megabytes * 1e6:
        chunk = f"## 第{n}部分\n\n" + "\n\n".join([para] * 40) + "\n\n"
        sections.append(chunk)
        size += len(chunk.encode("utf-8"))
        n += 1
    path.write_text("".join(sections), encoding="utf-8")


def _open_big_and_measure(qtbot, window, path) -> float:
    """Open `path`; returns the longest gap between 20 ms timer ticks while it loads."""
    ticks = [time.perf_counter()]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    started = time.perf_counter()
    with qtbot.waitSignal(window.document_loaded, timeout=120_000):
        window.open_document(path)
        assert time.perf_counter() - started < 0.5  # open_document returns at once
        assert window.busy.isVisible()
    timer.stop()
    return max(b - a for a, b in zip(ticks, ticks[1:], strict=False))


def test_large_file_loads_off_the_gui_thread(qtbot, window, tmp_path):
    path = tmp_path / "big.md"
    _big_markdown(path, 2)
    gap = _open_big_and_measure(qtbot, window, path)
    assert gap < 1.0
    assert not window.busy.isVisible()
    assert window.pane_list.count() > 10


@pytest.mark.slow
def test_twenty_megabyte_file_keeps_the_window_responsive(qtbot, window, tmp_path):
    path = tmp_path / "huge.md"
    _big_markdown(path, 20)
    gap = _open_big_and_measure(qtbot, window, path)
    assert gap < 1.0


def test_named_pipe_shows_a_dialog_instead_of_hanging(qtbot, window, captured_dialogs, tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)  # nobody writes to it: a blocking read would hold the worker forever
    message = open_and_expect_failure(qtbot, window, fifo)
    assert "not a regular file" in message
    assert captured_dialogs == [("warning", "Cannot open document", message)]


def test_largest_laws_open_in_the_window(qtbot, window, captured_dialogs, laws_dir):
    """Item 21: the laws over 256 KiB open through the window's loader too (the start-up check
    that refused them is tested in tests/core/test_textio.py)."""
    biggest = sorted(laws_dir.rglob("*.md"), key=lambda p: p.stat().st_size)[-3:]
    for path in biggest:
        document = open_and_wait(qtbot, window, path, timeout=60_000)
        assert document.path == path and document.char_count > 80_000
    assert captured_dialogs == []
