"""What the panels show names the briefing's publication and the reader's folders, never a
repository or dev-machine path (issue 8, item 6)."""

from __future__ import annotations

import pytest

from tests.conftest import BRIEFING
from tests.core.document.test_no_dev_paths import leaks
from tests.ui.conftest import open_and_wait
from viewer.core.base.paths import shown_path

pytestmark = pytest.mark.gui


def test_document_panel_names_the_publication_not_a_file(qtbot, window):
    document = open_and_wait(qtbot, window, BRIEFING)
    shown = dict(window.metadata.values)
    assert shown.pop("File") == shown_path(document.path)  # the reader's own file
    assert "小政" in shown["Source"]
    for label, value in shown.items():
        assert not leaks(value), (label, value)
    panel_text = window.metadata.view.toPlainText().replace(shown_path(document.path), "")
    assert not leaks(panel_text)


def test_library_folder_is_shown_from_home(qtbot, window, tmp_path, monkeypatch):
    from tests.ui.library.test_library_panels import make_library, open_and_index
    from viewer.ui.library.docks import install_library

    monkeypatch.setenv("HOME", str(tmp_path))
    controller = install_library(window)
    folder = make_library(tmp_path / "法规库")
    open_and_index(qtbot, window, controller, folder)
    assert controller.view.folder_label.text() == "~/法规库"
    assert str(folder.resolve()) in controller.view.folder_label.toolTip()
    controller.shutdown()


def test_document_panel_shows_a_file_under_home_from_home(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    path = tmp_path / "简报" / "briefing.md"
    path.parent.mkdir()
    path.write_text(BRIEFING.read_text(encoding="utf-8"), encoding="utf-8")
    open_and_wait(qtbot, window, path)
    assert window.metadata.values["File"] == "~/简报/briefing.md"
