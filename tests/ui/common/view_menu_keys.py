"""Opening a list's or tree's context menu from the keyboard, as a reader does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_by_keyboard(qtbot, window, view, key=Qt.Key.Key_F10, modifier=SHIFT):
    """Focus `view`, press Shift+F10 (or `key`) in the window; the menu shown, still open."""
    dock = view.parentWidget()
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    if dock is not None:  # a panel behind another's tab comes to the front, as F6 does
        dock.show()
        dock.raise_()
        qtbot.waitUntil(lambda: not view.visibleRegion().isEmpty(), timeout=2000)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    hook = view.view_menu
    hook.menu = None
    QTest.keyClick(window.windowHandle(), key, modifier)
    qtbot.waitUntil(lambda: hook.menu is not None and hook.menu.isVisible(), timeout=3000)
    return hook.menu


def texts(menu) -> list[str]:
    """The entries' texts, without separators (submenus by their title)."""
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def action(menu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def shortcut_of(menu, text: str) -> str:
    return action(menu, text).shortcut().toString()


def opened_at_current_item(view, menu) -> bool:
    """The menu opened at the current item's middle, not wherever the mouse pointer is
    (sideways it may be pushed back onto the screen)."""
    centre = view.viewport().mapToGlobal(view.visualRect(view.currentIndex()).center())
    return abs(menu.pos().y() - centre.y()) <= 2


def choose(menu, text: str, submenu: str = "") -> None:
    """Close the menu and trigger its entry `text` (in `submenu`), as a click on it does."""
    owner = action(menu, submenu).menu() if submenu else menu
    chosen = action(owner, text)
    menu.close()
    chosen.trigger()
