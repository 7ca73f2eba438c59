"""What a reader rarely uses loads when it is used: the idle window (every feature installed)
has not loaded the bookmark importer with its JSON Schema validator, the bookmark dialog or the
comparison window. Each costs the idle window memory for as long as it runs (issue 9, target 4).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.gui
ON_USE = (
    "fastjsonschema",
    "viewer.core.bookmarks.import_file",
    "viewer.core.bookmarks.transfer",
    "viewer.ui.bookmarks.dialog",
    "viewer.ui.versions.compare_view",
)


def test_the_idle_window_loads_importer_dialog_and_comparison_only_on_use(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path))
    os.chmod(tmp_path, 0o700)
    shot = tmp_path / "shot.png"
    # A screenshot installs every feature before it is taken, then the app exits.
    command = [sys.executable, "-X", "importtime", "-m", "viewer", "--data-dir"]
    command += [str(tmp_path / "d"), "--screenshot", str(shot), "briefing.md"]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.is_file()
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    # the features really installed
    assert {"viewer.ui.bookmarks.controller", "viewer.ui.versions.controller"} <= imported
    loaded = sorted(m for m in imported if m.startswith(ON_USE))
    assert not loaded, f"loaded by the idle window: {loaded}"
