"""Pathological Markdown in the window: it opens with a notice, shows its text, is found, and
long front matter values do not freeze the panels (issue 8, items 3 and 20)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import open_and_wait
from tests.pathological import SHAPES, WORD

pytestmark = pytest.mark.gui


def search_in_window(qtbot, window, query: str):
    from viewer.ui.search_panel import install_search

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
