"""`--search` with `--screenshot` (a real process), and the Qt-free match bookkeeping."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.core.document.model import Pane
from viewer.ui.document.matches import index_in_pane, matches_in_order, pane_ranges, passage_starts

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[3]


def test_screenshot_waits_for_the_search(tmp_path):
    from PySide6.QtGui import QColor, QImage

    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))
    env.pop("BRIEFING_VIEWER_DATA_DIR", None)
    out = tmp_path / "search.png"
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "--data-dir", str(tmp_path / "data")]
        + [str(ROOT / "briefing.md"), "--search", "红包", "--screenshot", str(out)]
        + ["--size", "1000x700"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    marks = sum(
        1
        for x in range(0, 1000, 2)
        for y in range(0, 700, 2)
        if _near(QColor(image.pixel(x, y)), (255, 213, 74))  # the results list's mark colour
    )
    assert marks > 20  # the search ran and its results are on screen


def _near(colour, rgb, tolerance=12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], rgb, strict=True))


class _Passage:
    def __init__(self, pid, text):
        self.id, self.text = pid, text


def _Pane(pid, passages):  # noqa: N802 - reads like the fakes around it
    return Pane(id=pid, title=pid, passages=passages)


class _Doc:
    def __init__(self, panes):
        self.panes = panes


class _Hit:
    def __init__(self, pane_id, passage_id, order, spans):
        self.pane_id, self.passage_id, self.order, self.spans = pane_id, passage_id, order, spans


def test_matches_become_pane_ranges_in_document_order():
    doc = _Doc(
        [
            _Pane("a", [_Passage("a1", "红包红包"), _Passage("a2", "无"), _Passage("a3", "红包")]),
            _Pane("b", [_Passage("b1", "x红包")]),
        ]
    )
    starts = passage_starts(doc)
    assert starts == {"a1": 0, "a2": 5, "a3": 7, "b1": 0}
    hits = [  # best first, as the core returns them
        _Hit("b", "b1", 3, ((1, 3),)),
        _Hit("a", "a3", 2, ((0, 2),)),
        _Hit("a", "a1", 0, ((0, 2), (2, 4))),
        _Hit("a", "gone", 9, ((0, 1),)),  # not in this version of the document: skipped
    ]
    matches = matches_in_order(hits, starts)
    assert [(m.pane_id, m.start, m.end) for m in matches] == [
        ("a", 0, 2),
        ("a", 2, 4),
        ("a", 7, 9),
        ("b", 1, 3),
    ]
    assert pane_ranges(matches, "a") == [(0, 2), (2, 4), (7, 9)]
    assert index_in_pane(matches, 2) == 2
    assert index_in_pane(matches, 3) == 0
