"""Nothing slow stands before the first paint: the search core, Whoosh and OpenCC load after it.

Runs the real entry point until the document's first paint (the startup benchmark's exit hook)
and reads Python's own import log to see what was loaded by then.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.gui
# The error dialogs (QMessageBox) load when there is an error to show, not at every start.
LATE_MODULES = (
    "whoosh",
    "opencc",
    "viewer.core.search.engine",
    "viewer.core.bookmarks.library",
    "viewer.ui.common.dialogs.errors",
    "_hashlib",  # OpenSSL (3.5 MB): fingerprints use CPython's own SHA (core/base/digests.py)
)


def modules_before_first_paint(tmp_path, *extra_env: tuple[str, str]) -> set[str]:
    """The modules a start of the app (briefing.md, data in tmp_path/d) loaded by its first
    paint, from Python's own import log."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BRIEFING_VIEWER_EXIT_AFTER_FIRST_PAINT="1",
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    env.update(extra_env)
    os.chmod(tmp_path, 0o700)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "viewer", "--data-dir", str(tmp_path / "d")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "first-paint" in result.stdout
    imported = {
        line.rsplit("|", 1)[-1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert "viewer.ui.window.main_window" in imported  # the log really lists our modules
    return imported


def test_first_paint_happens_before_search_and_bookmark_cores_load(tmp_path):
    imported = modules_before_first_paint(tmp_path)
    early = sorted(m for m in imported if m.startswith(LATE_MODULES))
    assert not early, f"loaded before the first paint: {early}"


def test_a_warm_start_in_english_reads_no_catalogue_and_builds_no_validator(tmp_path):
    """English catalogues hold plural forms only: the command line's texts need none, so a
    start with the document cached parses no XML at all (python-markdown is not run either);
    the settings the app wrote pass a quick check without fastjsonschema."""
    english = [("LC_ALL", "C.UTF-8"), ("LANGUAGE", "")]
    modules_before_first_paint(tmp_path, *english)  # fills the parsed-document cache
    assert (tmp_path / "d" / "config" / "settings.json").is_file()
    imported = modules_before_first_paint(tmp_path, *english)
    early = sorted(m for m in imported if "xml" in m or m.startswith("fastjsonschema"))
    assert not early, f"loaded before the first paint: {early}"


def test_a_first_launch_shows_the_bundled_briefing_without_parsing_it(tmp_path):
    """An empty data dir: the briefing comes from its install-time render (setup.py)."""
    from viewer.core.document.prerendered import resource_file

    if not resource_file().is_file():
        pytest.skip("the install step has not rendered it (pip install -e . does)")
    imported = modules_before_first_paint(tmp_path)
    early = sorted(m for m in imported if m.split(".")[0] == "markdown")
    assert not early, f"loaded before the first paint: {early}"


NEVER_SEEN = r"""
import atexit, sys
atexit.register(lambda: print("markdown in this process:", "markdown" in sys.modules))
from viewer.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_never_seen_document_is_parsed_beside_the_start_not_before_it(tmp_path):
    """A document not in the cache is parsed by a helper process while Qt loads (see
    viewer/core/document/helper_parse.py): the app itself never loads python-markdown."""
    document = tmp_path / "never-seen.md"
    document.write_bytes((ROOT / "briefing.md").read_bytes())
    os.chmod(tmp_path, 0o700)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        BRIEFING_VIEWER_EXIT_AFTER_FIRST_PAINT="1",
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-c", NEVER_SEEN, "--data-dir", str(tmp_path / "d"), str(document)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "first-paint" in result.stdout
    assert "markdown in this process: False" in result.stdout
    assert list((tmp_path / "d" / "cache" / "documents").glob("*.json"))  # the next start is warm
