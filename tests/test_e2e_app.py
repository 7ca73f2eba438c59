"""End to end: the installed console entry point, run as a real process with its own data dir."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[1]


def _command() -> list[str]:
    script = shutil.which("briefing-viewer-cli", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "viewer"]


def _run(tmp_path, *args, timeout=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(_runtime(tmp_path)))
    env.pop("BRIEFING_VIEWER_DATA_DIR", None)  # --data-dir alone decides
    return subprocess.run(
        [*_command(), "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=tmp_path,
    )


def _runtime(tmp_path) -> Path:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return runtime


def test_screenshot_of_the_briefing(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "out.png"
    result = _run(
        tmp_path, str(ROOT / "briefing.md"), "--screenshot", str(out), "--size", "1000x700"
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    # non-trivial: many distinct colours (text, anti-aliasing), not a blank window
    colours = {image.pixel(x, y) for x in range(0, 1000, 7) for y in range(0, 700, 7)}
    assert len(colours) > 20
    assert not result.stdout.strip()


def test_bad_file_exits_2_with_one_line(tmp_path):
    binary = tmp_path / "data.md"
    binary.write_bytes(bytes(range(256)) * 64)
    result = _run(tmp_path, str(binary), timeout=60)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "binary" in lines[0]
