"""Every menu of the main window gives each entry its own accelerator, in both languages:
File › Export(&E) and Export Bookmarks(&E) made Alt+F, E never reach the second (issue 15, D9)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

from tests.ui.conftest import BRIEFING, open_and_wait
from viewer.ui.common import i18n
from viewer.ui.window.panel_accelerators import accelerated

pytestmark = pytest.mark.gui


def accelerator(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def walk(menu: QMenu, path: str):
    """(menu path, [(entry text, accelerator, enabled)]) for `menu` and each submenu under it."""
    menu.aboutToShow.emit()  # some menus are filled or lettered as they open (Go, Panels)
    entries = [
        (a.text(), accelerator(a.text()), a.isEnabled())
        for a in menu.actions()
        if not a.isSeparator() and a.isVisible()
    ]
    yield path, entries
    for action in menu.actions():
        if action.menu() is not None and action.isVisible():
            yield from walk(action.menu(), f"{path} › {action.text()}")


def problems(window) -> list[str]:
    found = []
    bar = [(a.text(), accelerator(a.text()), True) for a in window.menuBar().actions()]
    menus = [("menu bar", bar)]
    for action in window.menuBar().actions():
        menus.extend(walk(action.menu(), action.text()))
    for path, entries in menus:
        keys = [key for _text, key, _enabled in entries if key]
        for text, key, enabled in entries:
            if key is None and enabled:  # a disabled placeholder ("No recent files") needs none
                found.append(f"{path}: {text!r} has no accelerator")
            elif keys.count(key) > 1:
                found.append(f"{path}: {text!r} shares &{key}")
    return found


@pytest.mark.parametrize("code", ["en", "zh"])
def test_no_menu_repeats_an_accelerator(qtbot, window, code):
    from viewer.ui.window.app import _install_features

    _install_features(window)
    open_and_wait(qtbot, window, BRIEFING)  # the Go menu lists its topics
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000, raising=False):
        i18n.install(code)
    assert problems(window) == [], "\n".join(problems(window))


def test_panel_letters_stay_unique_with_the_library_panels():
    titles = ["Topics", "Outline", "Info", "Search", "Bookmarks", "Articles", "Cited by"]
    titles += ["Library", "Library search"]
    taken: set[str] = set()
    shown = [accelerated(t, t, taken) for t in titles]
    assert len(taken) == len(titles)
    assert shown[0] == "&Topics" and shown[-1].replace("&", "") == "Library search"
    assert accelerated("专题", "Topics", set()) == "专题(&T)"


def test_panel_letters_stay_the_same_each_time_the_menu_opens(window):
    from viewer.ui.window.app import _install_features

    _install_features(window)
    menu = window.panels_menu
    menu.aboutToShow.emit()
    first = [a.text() for a in menu.actions()]
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == first
