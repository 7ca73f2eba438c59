"""The user guide describes the app as it is, in each language: every menu path it names
(**File › Open…**, **视图 › 外观**) is a real menu entry, and it names every panel by the title
the panel really has (the guide once said tabs above the text showed the topics; issue 15, D19)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QDockWidget

from viewer.ui.common import dock_titles, i18n
from viewer.ui.help.guide_window import guide_markdown
from viewer.ui.help.shortcut_list import shown_text

pytestmark = pytest.mark.gui
MENU_PATH = re.compile(r"\*\*([^*]+ › [^*]+)\*\*")
BOLD = re.compile(r"\*\*([^*]+)\*\*")


def menu_paths(window) -> set[str]:
    """'File › Open…' for every entry of every menu, as shown (accelerators dropped)."""
    paths = set()

    def walk(menu, prefix):
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.isSeparator():
                continue
            path = f"{prefix} › {shown_text(action.text())}"
            paths.add(path)
            if action.menu() is not None:
                walk(action.menu(), path)

    for action in window.menuBar().actions():
        walk(action.menu(), shown_text(action.text()))
    return paths


@pytest.mark.parametrize("code", ["en", "zh"])
def test_the_guide_names_real_menus_and_panels(qtbot, window, code):
    from viewer.ui.window.app import _install_features

    _install_features(window)
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000, raising=False):
        i18n.install(code)
    guide = guide_markdown(code)
    named = set(MENU_PATH.findall(guide))
    assert len(named) > 8, named  # the guide does name menus
    assert named <= menu_paths(window), named - menu_paths(window)
    bold = set(BOLD.findall(guide))
    titles = {
        dock.windowTitle()
        for dock in window.findChildren(QDockWidget)
        if dock_titles.source_title(dock)
    }
    titles |= {i18n.translate("Panels", t) for t in ("Library", "Library search")}
    assert titles <= bold, titles - bold  # each panel by its own name
