"""Dialogs that ask what to export: which panes (print, PDF, Word...) and the memo's options."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
)

from viewer.core.export.memo import MemoOptions

CURRENT, SELECTED, WHOLE = "current", "selected", "whole"
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word (.docx)", "html": "HTML", "md": "Markdown"}


class ScopeDialog(QDialog):
    """Current pane / selected panes / whole document."""

    def __init__(self, document, current_pane_id: str | None, action: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("exportScopeDialog")
        self.setWindowTitle(action)
        self._current = current_pane_id
        self.current = QRadioButton("&Current pane")
        self.selected = QRadioButton("&Selected panes:")
        self.whole = QRadioButton("&Whole document")
        self.group = QButtonGroup(self)
        for button in (self.current, self.selected, self.whole):
            self.group.addButton(button)
        self.panes = QListWidget()
        self.panes.setObjectName("exportPanes")
        for pane in document.panes:
            item = QListWidgetItem(pane.title)
            item.setData(Qt.ItemDataRole.UserRole, pane.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if pane.id == current_pane_id else Qt.CheckState.Unchecked
            )
            self.panes.addItem(item)
        self.current.setEnabled(current_pane_id is not None)
        (self.current if current_pane_id else self.whole).setChecked(True)
        self.panes.setEnabled(False)
        self.selected.toggled.connect(self.panes.setEnabled)
        self.panes.itemChanged.connect(lambda _i: self._update_ok())
        self.group.buttonToggled.connect(lambda *_: self._update_ok())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        for widget in (self.current, self.selected, self.panes, self.whole, buttons):
            layout.addWidget(widget)

    def checked_panes(self) -> list[str]:
        items = (self.panes.item(i) for i in range(self.panes.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def pane_ids(self) -> list[str]:
        """The panes to export, in document order; [] means the whole document."""
        if self.current.isChecked() and self._current:
            return [self._current]
        if self.selected.isChecked():
            return self.checked_panes()
        return []

    def _update_ok(self) -> None:
        self.ok.setEnabled(not self.selected.isChecked() or bool(self.checked_panes()))


class MemoDialog(QDialog):
    """Excerpt memo options: grouping, notes, citation style and file format."""

    def __init__(self, count: int, parent=None, groups: bool = True) -> None:
        """`groups=False`: search hits have no notes, tags or colours to choose among."""
        super().__init__(parent)
        self.setObjectName("memoDialog")
        self.setWindowTitle("Excerpt Memo 摘编")
        self.group_by = QComboBox()
        self.group_by.setObjectName("memoGroupBy")
        for label, key in (("Document and pane", "document"), ("Tag", "tag"), ("Colour", "color")):
            self.group_by.addItem(label, key)
        self.notes = QCheckBox("Include my notes")
        self.notes.setObjectName("memoNotes")
        self.notes.setChecked(True)
        self.style = QComboBox()
        self.style.setObjectName("memoStyle")
        self.style.addItem("Official form 《法》（2019年修正）第十五条", "official")
        self.style.addItem("GB/T 7714-2015", "gbt7714")
        self.format = QComboBox()
        self.format.setObjectName("memoFormat")
        for key in ("docx", "pdf", "html", "md"):
            self.format.addItem(FORMAT_NAMES[key], key)
        form = QFormLayout()
        if groups:
            form.addRow("Group by", self.group_by)
            form.addRow("", self.notes)
        form.addRow("Citations", self.style)
        form.addRow("Format", self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(f"Save {count} excerpts…")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> MemoOptions:
        return MemoOptions(
            group_by=self.group_by.currentData(),
            include_notes=self.notes.isChecked(),
            style=self.style.currentData(),
        )

    def file_format(self) -> str:
        return self.format.currentData()
