"""The bar over a superseded version: "A newer version (2023-03-13) is in the library —
Open · Compare · Carry bookmarks". Dismissible; shown again for the next superseded document."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton


class VersionBar(QFrame):
    open_requested = Signal(str)  # the newer version's path
    compare_requested = Signal(str)
    carry_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("versionBar")
        self.setStyleSheet("#versionBar { background: #fff4d6; border-bottom: 1px solid #e0c070; }")
        self.newer_path = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.open_button = self._button("Open", "Open the newer version")
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.newer_path))
        self.compare_button = self._button("Compare", "Compare this version with the newer one")
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(self.newer_path))
        self.carry_button = self._button(
            "Carry bookmarks", "Copy this version's bookmarks onto the newer one"
        )
        self.carry_button.clicked.connect(lambda: self.carry_requested.emit(self.newer_path))
        close = self._button("✕", "Dismiss")
        close.clicked.connect(self.hide)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(QLabel("·"))
        layout.addWidget(self.compare_button)
        layout.addWidget(QLabel("·"))
        layout.addWidget(self.carry_button)
        layout.addStretch(1)
        layout.addWidget(close)
        self.hide()

    @staticmethod
    def _button(text: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def show_newer(self, date: str, path: str) -> None:
        self.newer_path = path
        self.label.setText(f"A newer version ({date}) is in the library —")
        self.show()
