"""The bar over a superseded version: "A newer version (2023-03-13) is in the library —
Open · Compare · Carry bookmarks". Dismissible; shown again for the next superseded document."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate


class VersionBar(QFrame):
    open_requested = Signal(str)  # the newer version's path
    compare_requested = Signal(str)
    carry_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("versionBar")
        # Its own text colour too: a light bar keeps dark text in the dark theme (WCAG AA).
        self.setStyleSheet(
            "#versionBar { background: #fff4d6; border-bottom: 1px solid #e0c070; }"
            "#versionBar QLabel, #versionBar QToolButton { color: #3d2e00; }"
        )
        self.newer_path = ""
        self.newer_date = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.open_button = self._button("versionOpen")
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.newer_path))
        self.compare_button = self._button("versionCompare")
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(self.newer_path))
        self.carry_button = self._button("versionCarry")
        self.carry_button.clicked.connect(lambda: self.carry_requested.emit(self.newer_path))
        self.close_button = self._button("versionDismiss")
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(QLabel("·"))
        layout.addWidget(self.compare_button)
        layout.addWidget(QLabel("·"))
        layout.addWidget(self.carry_button)
        layout.addStretch(1)
        layout.addWidget(self.close_button)
        i18n.live(self, self._texts)
        self.hide()

    @staticmethod
    def _button(name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setAutoRaise(True)
        return button

    def _texts(self) -> None:
        buttons = (
            (
                self.open_button,
                translate("Versions", "Open"),
                translate("Versions", "Open the newer version"),
            ),
            (
                self.compare_button,
                translate("Versions", "Compare"),
                translate("Versions", "Compare this version with the newer one"),
            ),
            (
                self.carry_button,
                translate("Versions", "Carry bookmarks"),
                translate("Versions", "Copy this version's bookmarks onto the newer one"),
            ),
        )
        for button, text, tip in buttons:
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.setAccessibleDescription(tip)
        dismiss = translate("Versions", "Dismiss")
        self.close_button.setToolTip(dismiss)
        self.close_button.setAccessibleName(dismiss)
        self.close_button.setAccessibleDescription(
            translate("Versions", "Hide this bar until another older version is opened")
        )
        self._label_text()

    def _label_text(self) -> None:
        text = translate("Versions", "A newer version ({date}) is in the library —")
        self.label.setText(text.format(date=self.newer_date))

    def show_newer(self, date: str, path: str) -> None:
        self.newer_path, self.newer_date = path, date
        self._label_text()
        self.show()
