"""`--screenshot PNG FOLDER`: a folder is a valid input; the shot shows the listed library."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.ui.library.test_library_panels import make_library

pytestmark = pytest.mark.gui


def run_viewer(tmp_path, *args, timeout=50):
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))
    env.pop("BRIEFING_VIEWER_DATA_DIR", None)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    return result, time.monotonic() - started


def test_screenshot_of_a_folder_finishes_and_shows_the_library(tmp_path):
    from PySide6.QtGui import QImage

    folder = make_library(tmp_path / "lib")
    out = tmp_path / "library.png"
    result, seconds = run_viewer(
        tmp_path, str(folder), "--screenshot", str(out), "--size", "1024x700"
    )
    assert result.returncode == 0, result.stderr
    assert seconds < 15  # it used to wait for a document until the 60 s time-out (~1.1 s now)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
