"""The document's metadata: title and the front matter fields a reader cares about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget

from viewer.core.document import Document

# (front matter key, label) in display order; other keys follow under their own name.
FIELDS = (("source", "Source"), ("date", "Date"), ("place", "Place"), ("language", "Language"))


class MetadataPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("metadata")
        self._form = QFormLayout(self)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, str] = {}  # label -> shown text (tests read this)
        self.show_document(None)

    def show_document(self, document: Document | None) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.values = {}
        if document is None:
            self._add("Title", "No document open")
            return
        self._add("Title", document.title)
        meta = dict(document.metadata)
        meta.pop("panes", None)  # a parser instruction, not information about the document
        for key, label in FIELDS:
            self._add(label, meta.pop(key, "") or "—")
        for key, value in meta.items():
            self._add(key.capitalize(), value)
        self._add("Encoding", document.encoding)
        self._add("File", str(document.path) if document.path else "—")

    def _add(self, label: str, value: str) -> None:
        field = QLabel(value)
        field.setWordWrap(True)
        # Ignored width: the label takes the dock's width and wraps (Chinese has no spaces,
        # so its preferred width would otherwise be the whole line and get clipped).
        field.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        field.setTextFormat(Qt.TextFormat.PlainText)  # front matter is untrusted: never HTML
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._form.addRow(f"{label}:", field)
        self.values[label] = value
