"""Moving through the main window by keyboard alone: Tab in reading order, F6 between panels,
Shift+F10 (or the Menu key) for the focused view's context menu.

Reading order is where a panel sits on screen: the left column top to bottom, the reading view,
then the right column. It is worked out at each key press from the docks' current places, so
panels that load later (search, bookmarks, a library) and docks the user moved need no wiring.
Within a panel, Tab keeps Qt's own order (the order its widgets were built in).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QMainWindow,
    QTabBar,
    QWidget,
)

from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate

_LEFT, _MIDDLE, _RIGHT, _FLOATING = range(4)


def panel_of(window: QMainWindow, widget: QWidget) -> QWidget:
    """The dock (or dock tab bar) holding `widget`, else the central widget."""
    while widget is not None and widget.parentWidget() is not window:
        widget = widget.parentWidget()
    return widget if widget is not None else window.centralWidget()


_COLUMNS = {
    Qt.DockWidgetArea.LeftDockWidgetArea: _LEFT,
    Qt.DockWidgetArea.TopDockWidgetArea: _MIDDLE,
    Qt.DockWidgetArea.BottomDockWidgetArea: _MIDDLE,
    Qt.DockWidgetArea.RightDockWidgetArea: _RIGHT,
}


def _place(window: QMainWindow, panel: QWidget) -> tuple[int, int, int]:
    """(column, top, left) of a panel: columns split at the central widget's edges.

    A dock behind another's tab is moved out of the window by Qt: it takes the place of the
    tab group's dock that is on screen."""
    if isinstance(panel, QDockWidget):
        if panel.isFloating():
            return (_FLOATING, 0, 0)
        group = [panel, *window.tabifiedDockWidgets(panel)]
        shown = next((d for d in group if not d.visibleRegion().isEmpty()), panel)
        column = _COLUMNS.get(window.dockWidgetArea(panel), _FLOATING)
        return (column, shown.geometry().top(), shown.geometry().left())
    centre = window.centralWidget().geometry()
    box = panel.geometry()
    middle = box.center().x()
    column = _LEFT if middle < centre.left() else _RIGHT if middle > centre.right() else _MIDDLE
    return (column, box.top(), box.left())


def tab_chain(window: QMainWindow, on_screen: bool = True) -> list[QWidget]:
    """The widgets Tab visits, in reading order of their panels (Qt's order within one).

    Docks behind another dock's tab stay "visible" to Qt, only moved out of the window: they
    are left out unless `on_screen` is False."""
    found, widget = [], window.nextInFocusChain()
    while widget is not None and widget is not window and len(found) < 10_000:
        if _takes_tab(window, widget) and not (on_screen and widget.visibleRegion().isEmpty()):
            found.append(widget)
        widget = widget.nextInFocusChain()
    places = {id(w): _place(window, panel_of(window, w)) for w in found}
    return sorted(found, key=lambda w: places[id(w)])  # stable: Qt's order within a panel


def _takes_tab(window: QMainWindow, widget: QWidget) -> bool:
    return (
        widget.window() is window
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


def step_focus(window: QMainWindow, forward: bool) -> bool:
    """Give focus to the next (or previous) widget in reading order; False if there is none."""
    chain = tab_chain(window)
    if not chain:
        return False
    index = _index_of(chain, QApplication.focusWidget())
    if index is None:
        target = chain[0] if forward else chain[-1]
    else:
        target = chain[(index + (1 if forward else -1)) % len(chain)]
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    return True


def _index_of(chain: list[QWidget], focused: QWidget | None) -> int | None:
    """Where the focused widget (or the chain member holding it, e.g. a combo's edit) is."""
    while focused is not None:
        for index, widget in enumerate(chain):
            if widget is focused:
                return index
        focused = focused.parentWidget()
    return None


def panels(window: QMainWindow) -> list[QWidget]:
    """The open panels in reading order: docks (tabbed-away ones too) and the reading view."""
    docks = [
        d
        for d in window.findChildren(QDockWidget)
        if d.parentWidget() is window and d.toggleViewAction().isChecked() and d.widget()
    ]
    found = [*docks, window.centralWidget()]
    return sorted(found, key=lambda p: (_place(window, p), p.objectName()))


def step_panel(window: QMainWindow, forward: bool) -> QWidget | None:
    """F6: focus the first control of the next panel, bringing a tabbed panel to the front."""
    order = panels(window)
    focused = QApplication.focusWidget()
    current = panel_of(window, focused) if focused is not None else None
    if isinstance(current, QTabBar):  # a dock tab bar belongs to the dock it shows
        current = None
    start = order.index(current) if current in order else -1
    for offset in range(1, len(order) + 1):
        panel = order[(start + (offset if forward else -offset)) % len(order)]
        if isinstance(panel, QDockWidget):
            panel.raise_()
        # the raised dock is laid out later: its widgets may still sit outside the window
        target = next((w for w in tab_chain(window, False) if panel.isAncestorOf(w)), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return panel
    return None


def open_context_menu(window: QMainWindow) -> bool:
    """Shift+F10: the focused view's context menu, as the Menu key would open it."""
    widget = QApplication.focusWidget()
    if widget is None or widget.window() is not window:
        return False
    if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu:
        return False
    target = getattr(widget, "viewport", lambda: None)() or widget
    local = _item_point(widget)
    if local is None:
        cursor = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
        cursor = cursor.toRect() if isinstance(cursor, QRectF) else cursor  # views give a QRect
        local = cursor.center() if cursor else widget.rect().center()
        if not widget.rect().contains(local):
            local = widget.rect().center()
        local = target.mapFrom(widget, local) if target is not widget else local
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, local, target.mapToGlobal(QPoint(local))
    )
    QApplication.sendEvent(target, event)
    return True


def _item_point(widget: QWidget) -> QPoint | None:
    """In a list or tree: the middle of the current item (scrolled into view), in viewport
    coordinates, so the menu opens at the item and acts on it, wherever the mouse is."""
    if not isinstance(widget, QAbstractItemView) or not widget.currentIndex().isValid():
        return None
    widget.scrollTo(widget.currentIndex())
    box = widget.visualRect(widget.currentIndex()).intersected(widget.viewport().rect())
    return box.center() if not box.isEmpty() else None


def install_keyboard_focus(window: QMainWindow, menu) -> None:
    """F6 / Shift+F6 and Shift+F10 (or Menu) as window actions; F6 is listed in `menu`.

    The Menu key is taken as a shortcut too, so both keys open the same menu on every
    platform (some send the Menu key to the application as a plain key press)."""
    entries = (
        ("next_panel", "F6", lambda: step_panel(window, True)),
        ("previous_panel", "Shift+F6", lambda: step_panel(window, False)),
        ("context_menu", ("Shift+F10", "Menu"), lambda: open_context_menu(window)),
    )
    actions = {}
    for name, keys, slot in entries:
        action = QAction(window)
        action.setObjectName(name)
        action.setShortcuts(
            [QKeySequence(k) for k in (keys if isinstance(keys, tuple) else [keys])]
        )
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, s=slot: s())
        window.addAction(action)
        actions[name] = action
    menu.addSeparator()
    menu.addActions([actions["next_panel"], actions["previous_panel"]])

    def texts() -> None:
        actions["next_panel"].setText(translate("Accessibility", "&Next Panel"))
        actions["previous_panel"].setText(translate("Accessibility", "&Previous Panel"))
        actions["context_menu"].setText(translate("Accessibility", "Context Menu"))

    i18n.live(menu, texts)
    window.keyboard_actions = actions
