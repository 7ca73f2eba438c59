"""Quit ends the app promptly even while a document is still being parsed.

The real entry point runs in a child process whose parse of the document takes minutes of
pure-Python work (the parser is slowed in the child: the pathological inputs that once took
that long now parse in milliseconds, and then the loading indicator may never show); a timer
closes the window once the loading indicator shows, as Ctrl+Q would.
"""

from __future__ import annotations

import os
import selectors
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.gui

APP = r"""
import sys
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from viewer.cli.main import main
from viewer.core.document import markdown_model

parse = markdown_model.load_document

def slow_parse(path, *args, **kwargs):
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:  # Python work holding the GIL, as a long parse does
        sum(range(10_000))
    return parse(path, *args, **kwargs)

markdown_model.load_document = slow_parse
app = QApplication(sys.argv[:1])

def quit_when_loading():
    for widget in app.topLevelWidgets():
        busy = getattr(widget, "busy", None)
        if busy is not None and busy.isVisible():
            print("quitting", flush=True)
            widget.close()  # the last window: the app quits, as with Ctrl+Q
            timer.stop()

timer = QTimer()
timer.timeout.connect(quit_when_loading)
timer.start(50)
sys.exit(main([sys.argv[1], "--data-dir", sys.argv[2]]))
"""


def test_quit_during_a_long_parse_ends_the_process(tmp_path):
    slow = tmp_path / "slow.md"
    slow.write_text("# 慢\n\n一段。\n", encoding="utf-8")
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))
    app = subprocess.Popen(
        [sys.executable, "-c", APP, str(slow), str(tmp_path / "data")],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert _line_within(app, 120) == "quitting", "the loading indicator never showed"
        asked = time.monotonic()
        code = app.wait(timeout=30)
        took = time.monotonic() - asked
    finally:
        app.kill()
        app.wait()
    assert code == 0
    assert took < 10, f"the process lingered {took:.0f} s after Quit"


def _line_within(app: subprocess.Popen, seconds: float) -> str:
    """The child's first line, or "" after `seconds` (a failure, not a test run that hangs)."""
    with selectors.DefaultSelector() as selector:
        selector.register(app.stdout, selectors.EVENT_READ)
        if not selector.select(timeout=seconds):
            return ""
    return app.stdout.readline().strip()
