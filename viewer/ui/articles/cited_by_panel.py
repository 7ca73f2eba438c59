"""The 被引用 (cited by) panel: documents of the library that cite the open document.

Grouped by document (title, date, how many citing passages), each with its citing sentences;
activating one opens that document at the passage.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from viewer.core.text.plurals import count_noun

TARGET_ROLE = Qt.ItemDataRole.UserRole


class CitedByPanel(QWidget):
    open_requested = Signal(str, str)  # (path relative to the library, passage id)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("citedBy")
        self.status = QLabel("Open a document of a library to see who cites it.")
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName("Cited by")
        self.tree.itemActivated.connect(self._emit)
        self.tree.itemDoubleClicked.connect(self._emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)

    def show_message(self, text: str) -> None:
        self.tree.clear()
        self.status.setText(text)

    def show_documents(self, title: str, documents: list[dict]) -> None:
        self.tree.clear()
        passages = sum(d["count"] for d in documents)
        self.status.setText(
            f"《{title}》 is cited by {count_noun(len(documents), 'document')} "
            f"({count_noun(passages, 'passage')})"
            if documents
            else f"No document of the library cites 《{title}》."
        )
        for doc in documents:
            head = QTreeWidgetItem([f"{doc['title']}  {doc['date']}  ·  {doc['count']}"])
            head.setData(0, TARGET_ROLE, (doc["path"], ""))
            head.setToolTip(0, doc["title"])
            for passage in doc["passages"]:
                line = f"{passage['address']}：{passage['sentence']}"
                child = QTreeWidgetItem([line])
                child.setToolTip(0, passage["sentence"])
                child.setData(0, TARGET_ROLE, (doc["path"], passage["passage_id"]))
                head.addChild(child)
            self.tree.addTopLevelItem(head)
        if self.tree.topLevelItemCount():
            self.tree.topLevelItem(0).setExpanded(True)

    def _emit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        path, passage = item.data(0, TARGET_ROLE)
        self.open_requested.emit(path, passage)
