"""The cited-by panel: documents of the library that cite the open document.

Grouped by document (title, date, how many citing passages), each with its citing sentences;
activating one opens that document at the passage. The line above the list is made again when
the interface language changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate

TARGET_ROLE = Qt.ItemDataRole.UserRole
CITE_ROLE = Qt.ItemDataRole.UserRole + 1  # (title, address) of a row, for copying


def cited_by_line(title: str, documents: int, passages: int) -> str:
    """ "《X》 is cited by 3 documents (5 passages)", plurals right in English."""
    if not documents:
        text = translate("Articles", "No document of the library cites 《{title}》.")
        return text.format(title=title)
    # translate() gives "(s)" its English singular or plural from the count
    head = translate("Articles", "《{title}》 is cited by %Ln document(s)", None, documents)
    tail = translate("Articles", "(%Ln passage(s))", None, passages)
    both = translate("Articles", "{documents} {passages}")  # Chinese needs no space
    return both.format(documents=head.format(title=title), passages=tail)


class CitedByPanel(QWidget):
    open_requested = Signal(str, str)  # (path relative to the library, passage id)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("citedBy")
        self._message: Callable[[], str] = lambda: translate(
            "Articles", "Open a document of a library to see who cites it."
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._emit)
        self.tree.itemDoubleClicked.connect(self._emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        i18n.live(self, self._retranslate)

    def _retranslate(self) -> None:
        self.status.setText(self._message())
        self.tree.setAccessibleName(translate("Articles", "Cited by"))
        self.tree.setAccessibleDescription(
            translate("Articles", "Documents citing this one; Enter opens the citing passage")
        )

    def show_message(self, text: Callable[[], str]) -> None:
        """Empty the list and say `text()` (made again after a language switch)."""
        self.tree.clear()
        self._message = text
        self.status.setText(text())

    def show_documents(self, title: str, documents: list[dict]) -> None:
        self.tree.clear()
        passages = sum(d["count"] for d in documents)
        self._message = lambda: cited_by_line(title, len(documents), passages)
        self.status.setText(self._message())
        for doc in documents:
            head = QTreeWidgetItem([f"{doc['title']}  {doc['date']}  ·  {doc['count']}"])
            head.setData(0, TARGET_ROLE, (doc["path"], ""))
            head.setData(0, CITE_ROLE, (doc["title"], ""))
            head.setToolTip(0, doc["title"])
            for passage in doc["passages"]:
                line = f"{passage['address']}：{passage['sentence']}"
                child = QTreeWidgetItem([line])
                child.setToolTip(0, passage["sentence"])
                child.setData(0, TARGET_ROLE, (doc["path"], passage["passage_id"]))
                child.setData(0, CITE_ROLE, (doc["title"], passage["address"]))
                head.addChild(child)
            self.tree.addTopLevelItem(head)
        if self.tree.topLevelItemCount():
            self.tree.topLevelItem(0).setExpanded(True)

    def _emit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        path, passage = item.data(0, TARGET_ROLE)
        self.open_requested.emit(path, passage)
