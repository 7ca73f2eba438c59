"""Pathological Markdown in the window: it opens with a notice, shows its text, is found, and
long front matter values do not freeze the panels (issue 8, items 3 and 20)."""

from __future__ import annotations

import pytest

from tests.pathological import SHAPES, WORD
from tests.ui.conftest import open_and_wait

pytestmark = pytest.mark.gui


def search_in_window(qtbot, window, query: str):
    from viewer.ui.search.panel import install_search

    controller = install_search(window)
    with qtbot.waitSignal(controller.search_finished, timeout=30_000) as blocker:
        controller.start_with(query)
    return blocker.args[0]


@pytest.mark.parametrize("shape", ["nested-dashes", "square-brackets", "one-line-20mb"])
def test_pathological_document_opens_with_a_notice_and_is_found(qtbot, window, tmp_path, shape):
    path = tmp_path / f"{shape}.md"
    path.write_text(SHAPES[shape](), encoding="utf-8")
    document = open_and_wait(qtbot, window, path, timeout=60_000)
    assert window.info_bar.isVisible()
    assert "shown as plain text" in window.info_bar.label.text()
    assert WORD in window.current_view().toPlainText()
    results = search_in_window(qtbot, window, WORD)
    assert results.total >= 2
    assert {hit.pane_id for hit in results.hits} <= {pane.id for pane in document.panes}


def test_megabyte_front_matter_value_is_shortened_in_the_panels(qtbot, window, tmp_path):
    path = tmp_path / "front.md"
    path.write_text(SHAPES["front-matter-1mb"](), encoding="utf-8")
    document = open_and_wait(qtbot, window, path, timeout=60_000)
    assert len(document.metadata["source"]) == 1_000_000  # kept whole in the model
    shown = window.metadata.view.toPlainText()
    assert "xxx" in shown and "1,000,000 characters" in shown and len(shown) < 2_000
    assert search_in_window(qtbot, window, WORD).total == 2


def test_megabyte_title_is_shortened(qtbot, window, tmp_path):
    path = tmp_path / "title.md"
    path.write_text(SHAPES["front-matter-title-1mb"](), encoding="utf-8")
    document = open_and_wait(qtbot, window, path, timeout=60_000)
    assert len(document.title) == 200 and document.title.endswith("…")
    assert len(window.windowTitle()) < 300


TABLE_MAP = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from viewer.core.document.markdown_model import parse_document
from viewer.ui.document.topic_pane import TopicPane

app = QApplication([])
rows = "\\n".join(f"| 第{i}条 | 某某罪{i} |" for i in range(1500))
pane = parse_document(f"# 表\\n\\n| 条文 | 罪名 |\\n|---|---|\\n{rows}\\n").panes[0]
view = TopicPane()
view.show_pane(pane)
word = "某某罪1499"
start = pane.text.index(word)
a, b = view.text_map().pane_to_doc(start, start + len(word))
cursor = view.textCursor()
cursor.setPosition(a)
cursor.setPosition(b, cursor.MoveMode.KeepAnchor)
print(cursor.selectedText())
"""


def test_a_long_table_maps_search_matches_without_freezing(tmp_path):
    """Highlighting a match (or bookmarking) aligns each passage with what Qt shows, on the GUI
    thread; a 1,500-row table took many minutes to align, so this runs in a child with a
    time limit instead of hanging the suite."""
    import subprocess
    import sys

    from tests.conftest import ROOT

    done = subprocess.run(
        [sys.executable, "-c", TABLE_MAP], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr[-1000:]
    assert done.stdout.strip() == "某某罪1499"
