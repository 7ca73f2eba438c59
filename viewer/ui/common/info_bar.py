"""A dismissible, non-modal bar above the document for warnings (e.g. bad front matter)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate

# A message is a string, or a function giving it in the current language (redrawn on a switch).
Message = str | Callable[[], str]


class InfoBar(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("infoBar")
        self._messages: list[Message] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self.hide()
        i18n.live(self, self._retranslate)

    def _retranslate(self) -> None:
        dismiss = translate("InfoBar", "Dismiss")
        self.close_button.setToolTip(dismiss)
        self.close_button.setAccessibleName(dismiss)
        self.close_button.setAccessibleDescription(translate("InfoBar", "Hide these warnings"))
        self.label.setAccessibleName(translate("InfoBar", "Warnings"))
        self._render()

    @property
    def messages(self) -> list[Message]:
        return list(self._messages)

    def show_messages(self, messages: list[Message]) -> None:
        self._messages = list(messages)
        if not messages:
            self.hide()
            return
        # Set here, not when the window's first frame builds the (hidden) bar: naming Qt's
        # namespace makes PySide create its ~90 enum classes, ~15 ms of start-up.
        self.label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self._render()
        self.show()

    def _render(self) -> None:
        texts = (m() if callable(m) else m for m in self._messages)
        self.label.setText("\n".join(f"⚠ {text}" for text in texts))
