"""A settings file with wrong types must not stop the app: it starts and says what was reset."""

from __future__ import annotations

import json

import pytest

from tests.ui.conftest import open_and_wait
from viewer.core.base.paths import app_paths

pytestmark = pytest.mark.gui


def test_window_starts_with_bad_settings_and_names_the_reset_ones(qtbot, sample_md):
    from viewer.ui.window.main_window import MainWindow

    path = app_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"recent_files": 5, "zoom": "abc", "theme": "dark"}), "utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.theme_mode == "dark" and window.zoom == 0
    open_and_wait(qtbot, window, sample_md)
    shown = window.info_bar.label.text()
    assert window.info_bar.isVisible() and "recent_files" in shown and "zoom" in shown
    assert "theme" not in shown
    window.close()  # saving repairs the file: the next start has nothing to say
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.settings.reset == [] and not again.info_bar.isVisibleTo(again)
