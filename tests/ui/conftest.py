"""GUI test setup: offscreen Qt with a private runtime dir, set before any QApplication exists.

pytest-qt imports PySide6 early, but the platform plugin and XDG_RUNTIME_DIR are only read when
the QApplication is created (the `qapp` fixture), so setting them here is early enough.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="bv-runtime-")  # mkdtemp makes it 0700
atexit.register(shutil.rmtree, os.environ["XDG_RUNTIME_DIR"], True)  # no dir left per run

ROOT = Path(__file__).resolve().parents[2]
BRIEFING = ROOT / "briefing.md"

SAMPLE = (
    """---
title: 测试简报
source: 新华社
date: 2024-03-05
place: 北京
language: zh-CN
---

## 第一部分

### 背景

第一段：数字经济发展。

### 目标

"""
    + "\n\n".join(f"第{i}段：推进高质量发展，建设现代化产业体系。" for i in range(60))
    + """

### 结尾

最后一段在这里。

## 第二部分

第二部分的正文，包含关键词创新。

## 第三部分

第三部分的正文。
"""
)


@pytest.fixture(autouse=True, scope="session")
def gui_thread_collector(qapp):
    """As in the app: cycles holding widgets are collected on the GUI thread only."""
    from viewer.ui.common import gc_guard

    gc_guard.install()


@pytest.fixture(autouse=True)
def english_interface(qapp):
    """Each test starts (and leaves) with the English catalogues loaded, plurals included."""
    from viewer.ui.common import i18n

    if i18n.installed() != "en":
        i18n.install("en")
    yield
    if i18n.installed() != "en":
        i18n.install("en")


@pytest.fixture
def sample_md(tmp_path) -> Path:
    path = tmp_path / "sample.md"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot):
    from viewer.ui.window.main_window import MainWindow

    win = MainWindow(theme_mode="light")
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    from viewer.ui.common.workers import wait_for_all

    win._load_task and win._load_task.cancel()
    wait_for_all(30_000)


def open_and_wait(qtbot, win, path, timeout=10_000):
    with qtbot.waitSignal(win.document_loaded, timeout=timeout) as blocker:
        win.open_document(path)
    return blocker.args[0]


@pytest.fixture
def captured_dialogs(monkeypatch):
    """Every QMessageBox static call is recorded instead of shown: (kind, title, text), the
    text as the user would read it."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[tuple[str, str, str]] = []

    def recorder(kind, answer=QMessageBox.StandardButton.Ok):
        def record(_parent, title, text, *args, **kwargs):
            seen.append((kind, title, shown_text(text)))
            return answer

        return record

    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, recorder(kind))
    monkeypatch.setattr(
        QMessageBox, "question", recorder("question", QMessageBox.StandardButton.Cancel)
    )
    return seen


def shown_text(text: str) -> str:
    """What a tooltip or message box shows for `text`: rich text (which Qt guesses from a
    leading tag) as it renders, images left out; anything else as it is."""
    from PySide6.QtGui import QTextDocument

    if not text.lstrip().startswith("<"):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


@pytest.fixture(autouse=True)
def _application_font_restored():
    """A test that starts the app sets the application font (app.setFont): later tests that
    measure text with QFont() must see the font they started with."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    font = app.font() if app is not None else None
    yield
    app = QApplication.instance()
    if app is not None and font is not None and app.font() != font:
        app.setFont(font)
