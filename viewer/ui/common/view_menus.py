"""Context menus of lists and trees, opened by a right-click, Shift+F10 or the Menu key.

A view gets a `ViewMenu` hook: on each request a fresh menu is made, the owner (and any other
feature that adds to it) fills it for the item under the pointer, or the current item when
the keyboard asked, and it pops up there. Texts are translated as the menu is made, so a
language switch shows in the next menu without any wiring.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu


class ViewMenu(QObject):
    about_to_show = Signal(object, object)  # (QMenu, QModelIndex): add actions here

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.menu: QMenu | None = None  # the menu shown last (tests look at it)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show)

    def _show(self, pos: QPoint) -> None:
        view = self.view
        index = view.indexAt(pos)
        if index.isValid() and index != view.currentIndex():
            view.setCurrentIndex(index)  # the actions act on the item the menu was opened on
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = QMenu(view)
        self.menu.setObjectName("viewContextMenu")
        self.about_to_show.emit(self.menu, index)
        if not self.menu.isEmpty():
            self.menu.popup(view.viewport().mapToGlobal(pos))


def attach(view: QAbstractItemView, fill: Callable[[QMenu, QModelIndex], None]) -> ViewMenu:
    """Give `view` a context menu; `fill(menu, index)` adds the actions for the item."""
    hook = getattr(view, "view_menu", None) or ViewMenu(view)
    view.view_menu = hook
    hook.about_to_show.connect(fill)
    return hook


def add(menu: QMenu, text: str, slot: Callable[[], object], keys=None, enabled: bool = True):
    """An entry showing `keys` (the shortcut it has elsewhere) beside its text.

    Only shown: the shortcut itself belongs to the window's or the view's own action."""
    action = menu.addAction(text)
    if keys is not None:
        sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # never fires from here
    action.setEnabled(enabled)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def in_brackets(title: str) -> str:
    """《title》, once, whether or not the title already has them."""
    return f"《{title.strip().removeprefix('《').removesuffix('》')}》"
