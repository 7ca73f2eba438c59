"""Library search (a dock): query box, folder and date filters, results grouped by document.

Each document row reads "title · folder · date — N hits"; its children are its best passages,
drawn like the single-document search results (location line, highlighted snippet). Choosing
a passage (Enter, click) opens the document there with the matches highlighted; choosing a
document row opens its best passage.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.search_model import HIT_ROLE, HitDelegate

DOC_ROLE = Qt.ItemDataRole.UserRole + 2
ALL_FOLDERS = "全部 All folders"
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def date_bound(text: str, upper: bool) -> str | None:
    """'2019' / '2019-3' / '2019-03-05' as an inclusive YYYY-MM-DD bound; None if blank/bad."""
    match = _DATE.match(text.strip())
    if not match:
        return None
    year, month, day = match.groups()
    month = month or ("12" if upper else "1")
    day = day or ("31" if upper else "1")
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


class _GroupDelegate(HitDelegate):
    """Passage rows as search hits; document rows as ordinary items."""

    def sizeHint(self, option, index):  # noqa: N802 - Qt override
        if index.data(HIT_ROLE) is None:
            return QStyledItemDelegate.sizeHint(self, option, index)
        return super().sizeHint(option, index)

    def paint(self, painter, option, index) -> None:
        if index.data(HIT_ROLE) is None:
            QStyledItemDelegate.paint(self, painter, option, index)
        else:
            super().paint(painter, option, index)


class LibrarySearchPanel(QWidget):
    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.box = QLineEdit()
        self.box.setObjectName("librarySearchBox")
        self.box.setPlaceholderText("搜索文库 Search the library")
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self._changed)
        self.box.returnPressed.connect(self._search_now)
        self.category = QComboBox()
        self.category.setObjectName("libraryCategory")
        self.category.addItem(ALL_FOLDERS)
        self.category.currentIndexChanged.connect(self._changed)
        validator = QRegularExpressionValidator(self)
        validator.setRegularExpression(_regex(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?"))
        self.date_from, self.date_to = QLineEdit(), QLineEdit()
        for box, name, hint in (
            (self.date_from, "libraryDateFrom", "从 from 2000-01-01"),
            (self.date_to, "libraryDateTo", "到 to 2024-12-31"),
        ):
            box.setObjectName(name)
            box.setPlaceholderText(hint)
            box.setValidator(validator)
            box.textChanged.connect(self._changed)
        # filled with the superseded versions' paths once the library's families are known
        self.superseded: frozenset[str] = frozenset()
        self.current_only = QCheckBox("Current versions only 仅现行版本")
        self.current_only.setObjectName("libraryCurrentOnly")
        self.current_only.setChecked(True)
        self.current_only.toggled.connect(self._changed)
        self.message = QLabel("Open a folder to search it.")
        self.message.setObjectName("librarySearchMessage")
        self.message.setWordWrap(True)
        self.results = QTreeWidget()
        self.results.setObjectName("libraryResults")
        self.results.setAccessibleName("Library search results")
        self.results.setHeaderHidden(True)
        self.results.setColumnCount(1)
        self.results.setIndentation(12)
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)
        self.results.setItemDelegate(_GroupDelegate(self.results))
        self.results.itemActivated.connect(self._on_item)
        self.results.itemClicked.connect(self._on_item)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.box)
        layout.addWidget(self.category)
        layout.addLayout(dates)
        layout.addWidget(self.current_only)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        controller.categories_changed.connect(self.set_categories)
        controller.search_started.connect(lambda: self.message.setText("Searching…"))
        controller.search_finished.connect(self.show_results)
        controller.opened.connect(lambda _f: self.message.setText("Type to search every document."))

    # --- query --------------------------------------------------------------------------------
    def filters(self) -> dict:
        category = self.category.currentText()
        return {
            "categories": [category] if self.category.currentIndex() > 0 else None,
            "date_from": date_bound(self.date_from.text(), upper=False),
            "date_to": date_bound(self.date_to.text(), upper=True),
            "exclude": self.superseded if self.current_only.isChecked() else None,
        }

    def set_superseded(self, paths: frozenset[str]) -> None:
        if paths != self.superseded:
            self.superseded = paths
            self._changed()

    def _changed(self, *_args) -> None:
        self.controller.set_query(self.box.text(), **self.filters())

    def _search_now(self) -> None:
        self._changed()
        self.controller.search_now()

    def set_categories(self, categories: list) -> None:
        current = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(ALL_FOLDERS)
        self.category.addItems([c for c in categories if c])
        self.category.setCurrentIndex(max(0, self.category.findText(current)))
        self.category.blockSignals(False)

    # --- results ------------------------------------------------------------------------------
    def show_results(self, results) -> None:
        self.results.clear()
        if results is None:
            error = self.controller.search_error
            self.message.setText(error or ("No results." if self.box.text().strip() else ""))
            return
        for doc in results.documents:
            item = QTreeWidgetItem([_document_line(doc, doc.rel_path in self.superseded)])
            item.setData(0, DOC_ROLE, doc)
            item.setToolTip(0, doc.rel_path)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for hit in doc.passages:
                child = QTreeWidgetItem(item)
                child.setData(0, HIT_ROLE, hit)
                child.setData(0, DOC_ROLE, doc)
            self.results.addTopLevelItem(item)
            item.setExpanded(True)
        shown, total = len(results.documents), results.total_documents
        more = f" (best {shown} shown)" if total > shown else ""
        text = f"{total:,} documents{more} · {results.elapsed_ms:.0f} ms"
        self.message.setText(results.notice or text if total else "No documents match.")

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        doc = item.data(0, DOC_ROLE)
        hit = item.data(0, HIT_ROLE)
        if hit is None and doc is not None and doc.passages:
            hit = doc.passages[0]
        if hit is not None:
            self.controller.show_hit(doc, hit)


def _regex(pattern: str):
    from PySide6.QtCore import QRegularExpression

    return QRegularExpression(pattern)


def _document_line(doc, superseded: bool = False) -> str:
    version = "superseded version" if superseded else ""
    meta = " · ".join(part for part in (doc.category, doc.date, version) if part)
    hits = f"{doc.hits} hit" + ("s" if doc.hits != 1 else "")
    return f"{doc.title} — {hits}" + (f"\n{meta}" if meta else "")
