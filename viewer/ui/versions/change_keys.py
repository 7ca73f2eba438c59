"""F7 / Shift+F7: the comparison windows' next and previous change keys, on the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate

CHANGE_KEYS = (("compare_next_change", "F7", 1), ("compare_previous_change", "Shift+F7", -1))


STEPS_CHANGES = "steps_changes"  # set on the comparison window


def change_actions(owner) -> list[QAction]:
    """F7 / Shift+F7: one pair per main window, made when versions install (so Help › Keyboard
    Shortcuts lists them before any comparison is open) and added to each comparison window:
    they act only in the one that has the focus."""
    found = [owner.findChild(QAction, name) for name, _keys, _delta in CHANGE_KEYS]
    if all(found):
        return found
    actions = []
    for name, keys, delta in CHANGE_KEYS:
        action = QAction(owner)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setProperty("shortcut_group", "Comparison")
        action.triggered.connect(lambda _checked=False, d=delta: _step_focused(d))
        actions.append(action)

    def texts() -> None:
        actions[0].setText(translate("Versions", "Next Change (comparison window)"))
        actions[1].setText(translate("Versions", "Previous Change (comparison window)"))

    i18n.live(owner, texts)
    return actions


def _step_focused(delta: int) -> None:
    # A marker, not isinstance: the comparison window's module loads only when one opens.
    widget = QApplication.focusWidget()
    while widget is not None and not getattr(widget, STEPS_CHANGES, False):
        widget = widget.parentWidget()
    if widget is not None:
        widget.step(delta)
