"""The reading view draws its headings bold from the regular CJK face: the window showing the
briefing maps one Noto Sans CJK file, not the bold one beside it (about 6 MB of idle memory,
issue 9 target 4), and the headings still read as bold.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.gui

# Shows the briefing, takes a screenshot (every heading on the first screen painted), and
# prints the CJK font files still mapped as the app quits.
SHOW_AND_LIST_FONTS = r"""
import sys
import viewer.ui.window.theme as theme

made = theme.new_application

def new_application(argv):
    app = made(argv)
    def mapped():
        files = {line.split()[-1] for line in open("/proc/self/maps") if "CJK" in line}
        print("MAPPED", *sorted(files), flush=True)
    app.aboutToQuit.connect(mapped)
    return app

theme.new_application = new_application
from viewer.cli.main import main
sys.exit(main())
"""


def _noto_styles() -> set[str]:
    from PySide6.QtGui import QFontDatabase

    return set(QFontDatabase.styles("Noto Sans CJK SC"))


def test_the_briefing_on_screen_maps_the_regular_cjk_face_only(qapp, tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc/self/maps")
    if not {"Regular", "Bold"} <= _noto_styles():
        pytest.skip("Noto Sans CJK SC Regular and Bold are not both installed (fonts-noto-cjk)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path))
    os.chmod(tmp_path, 0o700)
    command = [sys.executable, "-c", SHOW_AND_LIST_FONTS, "--data-dir", str(tmp_path / "d")]
    command += ["--screenshot", str(tmp_path / "shot.png"), "briefing.md"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    mapped = next(line for line in result.stdout.splitlines() if line.startswith("MAPPED"))
    files = [Path(name).name for name in mapped.split()[1:]]
    assert any("Regular" in name for name in files), f"the regular face drew nothing: {files}"
    assert not [name for name in files if "Bold" in name], f"a bold face was loaded: {files}"


def test_reading_bold_is_bold_drawn_from_the_regular_face(qapp):
    from PySide6.QtGui import QFontInfo

    from viewer.ui.common.fonts import reading_font

    if "Regular" not in _noto_styles():
        pytest.skip("Noto Sans CJK SC is not installed (fonts-noto-cjk)")
    heading = reading_font()
    heading.setBold(True)
    shown = QFontInfo(heading)
    assert shown.bold() and shown.weight() >= 700
    assert shown.styleName() == "Regular"
