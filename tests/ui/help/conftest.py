"""The main window with every feature installed, as the app composes it after the first paint."""

from __future__ import annotations

import pytest


@pytest.fixture
def full_window(window):
    from viewer.ui.window.app import _install_features

    _install_features(window)
    yield window
    task = getattr(window.bookmarks, "_task", None) if hasattr(window, "bookmarks") else None
    if task is not None:
        task.cancel()
