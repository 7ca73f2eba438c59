"""Keys pressed in the first moments after the window appears, before search and bookmarks
are installed (they load once the document is painted, to show it sooner).

Without this, Ctrl+F pressed then has no action to trigger and the query typed after it lands
in whatever widget has focus, or nowhere. The keys are held and replayed, in order, once the
features are in: a shortcut triggers its action, other keys go to the widget with focus.
Shortcuts that already exist (Ctrl+O, Ctrl+Q...) act at once as before: Qt tries them before a
key press is delivered, so they never reach this filter.

The filter watches the window's platform window (every real key passes through it on its way to
the focused widget) and the window itself, not the whole application: an application-wide
Python filter makes PySide build the Python class of every object any event is sent to, which
cost ~50 ms before the first paint.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QKeyCombination, QObject, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

HOLD_LIMIT_MS = 5000  # keys are never held longer, even if the features never load


class EarlyKeys(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.held: list[tuple] = []
        self._active = True
        self._watched: list[QObject] = []
        # A key this says yes to goes on at once, while nothing is held (a library window's
        # search box takes typing before the rest of the app is loaded).
        self.passes = None
        self._watch(window)
        QTimer.singleShot(HOLD_LIMIT_MS, self.replay)

    def watch_platform_window(self) -> None:
        """Call once the window is shown: from then its platform window exists."""
        handle = self.window.windowHandle()
        if self._active and handle is not None:
            self._watch(handle)

    def _watch(self, target: QObject) -> None:
        target.installEventFilter(self)
        self._watched.append(target)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not self.held and self.passes is not None and self.passes(event):
            return False
        if kind == QEvent.Type.KeyPress:
            self.held.append((event.key(), event.modifiers(), event.text(), event.isAutoRepeat()))
        return True  # a release is replayed with its press

    def replay(self) -> None:
        """Stop holding keys and deliver the held ones."""
        if not self._active:
            return
        self._active = False
        for target in self._watched:
            target.removeEventFilter(self)
        self._watched = []
        held, self.held = self.held, []
        for key, modifiers, text, repeat in held:
            if not self._trigger_shortcut(key, modifiers):
                self._send(key, modifiers, text, repeat)

    def _trigger_shortcut(self, key, modifiers) -> bool:
        sequence = QKeySequence(QKeyCombination(modifiers, QtCore.Qt.Key(key)))
        for action in self.window.actions():
            if action.isEnabled() and sequence in action.shortcuts():
                action.trigger()
                return True
        return False

    def _send(self, key, modifiers, text: str, repeat: bool) -> None:
        target = self.window.focusWidget() or self.window
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text, repeat))
