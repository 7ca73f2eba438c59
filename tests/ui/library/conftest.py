"""The library feature installed on the test window, shut down after the test."""

from __future__ import annotations

import pytest


@pytest.fixture
def library(qtbot, window):
    from viewer.ui.library.docks import install_library

    controller = install_library(window)
    yield controller
    controller.shutdown()
