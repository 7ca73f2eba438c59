"""The app's modules imported after PySide6 leave no copy of their source in memory (PySide's
`__feature__` check used to keep ~5 MB of it in linecache), and the check answers the same."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.gui

CHILD = textwrap.dedent(
    """
    import linecache, sys
    sys.path.insert(0, sys.argv[1])
    import PySide6.QtWidgets
    from viewer.ui.common.source_cache import spare_line_cache

    replaced = spare_line_cache() if sys.argv[2] == "spare" else False
    import uses_qt, plain_module
    import viewer.ui.window.main_window

    feature = sys.modules["shibokensupport.feature"].pyside_feature_dict
    cached = [n for n in linecache.cache if "ui/window" in n or n.startswith(sys.argv[1])]
    print(replaced, feature["uses_qt"], feature["plain_module"], len(cached))
    """
)


def _run(tmp_path, mode: str) -> list[str]:
    (tmp_path / "uses_qt.py").write_text("from PySide6 import QtCore\n", encoding="utf-8")
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), mode],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout.split()


def test_imported_modules_leave_no_source_in_the_line_cache(tmp_path):
    assert _run(tmp_path, "spare") == ["True", "0", "-1", "0"]


def test_without_it_pyside_caches_the_sources_and_answers_the_same(tmp_path):
    replaced, uses_qt, plain, cached = _run(tmp_path, "keep")
    assert (replaced, uses_qt, plain) == ("False", "0", "-1")
    assert int(cached) >= 3  # the two modules and the window's: what spare_line_cache saves
