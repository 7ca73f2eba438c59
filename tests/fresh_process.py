"""A Python script run in a fresh interpreter from the project folder: what a start loads
(which modules, which shared libraries) is only visible in a process of its own."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def run_script(script: str, *args: str) -> str:
    """The script's standard output; a failing script fails the test with its error."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout
