"""A visible frame around whichever control of the window has the keyboard focus.

Fusion marks focus faintly or not at all (lists and text views show nothing), so a keyboard
user loses track of where typing goes. One small overlay follows the focus: a child of the
focused control, covering it, transparent to the mouse, drawing only its border. Its colour
comes from the theme's style sheet (`FocusRing { border: ... }` in resources/app-*.qss), and
it is styled on its own so the rest of the window keeps the palette's cheaper painting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOption, QWidget
from shiboken6 import isValid


class FocusRing(QWidget):
    """Draws the `border` its style sheet gives it, nothing else."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        option = QStyleOption()
        option.initFrom(self)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)


class FocusTracker(QObject):
    """Moves one FocusRing onto the focused control of `window` and keeps it sized to it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._style = ""
        self._ring: FocusRing | None = None
        self._target: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._on_focus)

    def set_style(self, qss: str) -> None:
        """The theme's style sheet (its FocusRing rule gives the frame's colour and width)."""
        self._style = qss
        if self._ring is not None and isValid(self._ring):
            self._ring.setStyleSheet(qss)

    def ring(self) -> FocusRing:
        # The ring is a child of the focused control: it dies with it, and is made anew.
        if self._ring is None or not isValid(self._ring):
            self._ring = FocusRing()
            self._ring.setStyleSheet(self._style)
        return self._ring

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self):
            return
        if self._target is not None and isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = None
        ring = self.ring()
        if new is None or new.window() is not self._window or new is ring:
            ring.hide()
            return
        self._target = new
        ring.setParent(new)
        ring.setGeometry(new.rect())
        ring.show()
        ring.raise_()
        new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._target and event.type() == QEvent.Type.Resize:
            self.ring().setGeometry(self._target.rect())
        elif watched is self._target and event.type() == QEvent.Type.ChildAdded:
            self.ring().raise_()  # stay above a viewport or editor added later
        return False
