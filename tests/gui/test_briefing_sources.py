"""The Document panel shows the briefing's original publication, never a repository path."""

from __future__ import annotations

import pytest

from tests.conftest import BRIEFING
from tests.core.test_no_dev_paths import leaks
from tests.gui.conftest import open_and_wait

pytestmark = pytest.mark.gui


def test_document_panel_names_the_publication_not_a_file(qtbot, window):
    document = open_and_wait(qtbot, window, BRIEFING)
    shown = dict(window.metadata.values)
    assert shown.pop("File") == str(document.path)  # the reader's own file, as opened
    assert "小政" in shown["Source"]
    for label, value in shown.items():
        assert not leaks(value), (label, value)
    panel_text = window.metadata.view.toPlainText().replace(str(document.path), "")
    assert not leaks(panel_text)
