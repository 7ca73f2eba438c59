"""Keyboard and screen-reader access to the main window: every control has a name, Tab walks
the panels in reading order and comes back, F6 jumps between panels, Shift+F10 opens the
focused view's context menu, Alt reaches the menu bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from tests.ui.window.full_window import (
    capture_popup,
    document_window,
    library_window,
    make_laws,
)
from tests.ui.window.interface_texts import path_of

pytestmark = pytest.mark.gui
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focusable(window) -> list[QWidget]:
    """Every visible control Tab can reach, each dock brought to the front in turn."""
    found = {}
    for dock in [None, *window.findChildren(QDockWidget)]:
        if dock is not None:
            dock.raise_()
        for widget in window.findChildren(QWidget):
            if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found[id(widget)] = widget
    return list(found.values())


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces for `widget` (Qt derives it from texts and buddies)."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def unnamed(window) -> list[str]:
    return sorted(path_of(w, window) for w in focusable(window) if not accessible_name(w))


def test_every_focusable_control_has_an_accessible_name(qtbot, window, tmp_path):
    document_window(qtbot, window)
    missing = unnamed(window)
    assert not missing, "controls without an accessible name:\n  " + "\n  ".join(missing)


def test_every_focusable_control_has_an_accessible_name_in_library_mode(qtbot, window, tmp_path):
    library_window(qtbot, window, make_laws(tmp_path / "laws"), document_window(qtbot, window))
    missing = unnamed(window)
    assert not missing, "controls without an accessible name:\n  " + "\n  ".join(missing)


def test_every_control_of_every_menu_dialog_has_an_accessible_name(
    qtbot, window, tmp_path, monkeypatch
):
    from tests.ui.window.dialog_catcher import DialogCatcher, dialogs_from_menus

    library_window(qtbot, window, make_laws(tmp_path / "laws"), document_window(qtbot, window))
    skip = {id(a) for a in window.recent_menu.actions()}
    missing, opened = [], 0
    for where, tops in dialogs_from_menus(window, DialogCatcher(monkeypatch), skip):
        for top in tops:
            opened += 1
            for widget in [top, *top.findChildren(QWidget)]:
                takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                if widget.isVisible() and takes_tab and not accessible_name(widget):
                    missing.append(f"{where} {type(top).__name__}/{path_of(widget, top)}")
    assert opened >= 3, "the menus opened too few dialogs to judge"
    assert not missing, "dialog controls without an accessible name:\n  " + "\n  ".join(missing)


def main_panels(window, shown) -> dict[str, QWidget]:
    """The main panels on screen (not behind another tab), in the reading order expected."""
    panels = {
        "topics": window.pane_list,
        "outline": window.findChild(QDockWidget, "outlineDock"),
        "articles": window.findChild(QDockWidget, "articlesDock"),
        "reading view": window.current_view(),
        "search": shown.controllers["search"].panel,
        "bookmarks": shown.controllers["bookmarks"].panel,
    }
    return {k: w for k, w in panels.items() if not w.visibleRegion().isEmpty()}


def panel_name(panels: dict[str, QWidget], widget: QWidget | None) -> str | None:
    for name, panel in panels.items():
        if widget is panel or (widget is not None and panel.isAncestorOf(widget)):
            return name
    return None


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def tab_round(start: QWidget, key=Qt.Key.Key_Tab, modifier=Qt.KeyboardModifier.NoModifier):
    """The widgets focused by pressing `key` from `start` until focus is back (at most 80)."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    seen = [start]
    for _ in range(80):
        focused = press(key, modifier)
        if focused is start:
            return seen
        seen.append(focused)
    raise AssertionError(f"focus never came back to {start!r}: a trap, ended at {seen[-5:]}")


def test_tab_visits_every_main_panel_in_reading_order_and_comes_back(qtbot, window):
    shown = document_window(qtbot, window)
    panels = main_panels(window, shown)
    forward = tab_round(window.pane_list)
    visited = [panel_name(panels, w) for w in forward]
    first_visits = [name for i, name in enumerate(visited) if name and name not in visited[:i]]
    # left column top to bottom, the reading view, then the right column
    assert first_visits == list(panels)
    assert {"topics", "reading view", "search"} <= set(panels)
    backward = tab_round(window.pane_list, Qt.Key.Key_Tab, SHIFT)
    assert backward == [forward[0], *reversed(forward[1:])]  # Shift+Tab: the same way back


def test_tab_from_the_search_box_reaches_the_reading_view_and_returns(qtbot, window):
    shown = document_window(qtbot, window)
    box = shown.controllers["search"].panel.box
    panels = main_panels(window, shown)
    assert set(panels) <= {panel_name(panels, w) for w in tab_round(box)}


def test_tab_reaches_the_library_and_comes_back(qtbot, window, tmp_path):
    shown = library_window(
        qtbot, window, make_laws(tmp_path / "laws"), document_window(qtbot, window)
    )
    library = shown.controllers["library"]
    visited = tab_round(window.pane_list)
    assert any(library.view.isAncestorOf(w) for w in visited), "Tab reached the library list"
    assert window.current_view() in visited


def test_f6_steps_through_panels_bringing_tabbed_ones_forward(qtbot, window):
    shown = document_window(qtbot, window)
    bookmarks_dock = window.findChild(QDockWidget, "bookmarksDock")
    assert bookmarks_dock.widget().visibleRegion().isEmpty()  # behind the search tab
    window.pane_list.setFocus()
    reached = []
    for _ in range(12):
        focused = press(Qt.Key.Key_F6)
        reached.append(focused)
        if focused is window.pane_list:
            break
    assert focused is window.pane_list, "F6 came back to the topics"
    bookmarks = shown.controllers["bookmarks"].panel
    assert any(bookmarks.isAncestorOf(w) for w in reached), "F6 reached the bookmarks panel"
    assert any(w is window.current_view() for w in reached)
    before = QApplication.focusWidget()
    press(Qt.Key.Key_F6, SHIFT)
    assert press(Qt.Key.Key_F6) is before  # Shift+F6 goes back the same way


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
@pytest.mark.parametrize(
    ("key", "modifier"),
    [(Qt.Key.Key_F10, SHIFT), (Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier)],
)
def test_keyboard_opens_the_reading_views_context_menu(qtbot, window, key, modifier):
    document_window(qtbot, window)
    view = window.current_view()
    view.setFocus()
    texts = capture_popup(qtbot, window, key, modifier)
    assert any("Bookmark" in text for text in texts)  # the passage's own actions are there


def test_alt_opens_the_menu_bar(qtbot, window):
    document_window(qtbot, window)
    window.pane_list.setFocus()
    focused = QApplication.focusWidget()
    QTest.keyPress(focused, Qt.Key.Key_Alt)
    QTest.keyRelease(focused, Qt.Key.Key_Alt)
    bar = window.menuBar()
    qtbot.waitUntil(lambda: bar.activeAction() is not None, timeout=2000)
    QTest.keyClick(bar, Qt.Key.Key_Escape)
