"""Library search (a dock): query box, folder and date filters, results grouped by document.

Each document row reads "title — N hits" over "date · folder" (library_result_rows); its
children are its best passages, drawn like the single-document search results (location line,
highlighted snippet). Choosing a passage (Enter, click) opens the document there with the
matches highlighted; choosing a document row opens its best passage. Results come a page at a
time: scrolling near the end, or choosing the last row ("Show more…"), appends the next page.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.text.file_names import display_name
from viewer.core.text.plurals import count_noun
from viewer.ui.common.hit_list import HIT_ROLE
from viewer.ui.common.plain_text import plain_label, rich_safe
from viewer.ui.library.result_rows import (
    DOC_ROLE,
    SUPERSEDED_ROLE,
    ResultRowDelegate,
    document_row_text,
)

MORE_ROLE = Qt.ItemDataRole.UserRole + 3
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
        self.message = plain_label("Open a folder to search it.")  # errors may quote files
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
        self.results.setItemDelegate(ResultRowDelegate(self.results))
        self.results.itemActivated.connect(self._on_item)
        self.results.itemClicked.connect(self._on_item)
        self.results.verticalScrollBar().valueChanged.connect(self._near_end)
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
        controller.more_results.connect(self._append_page)
        controller.addresses_found.connect(self.show_addresses)
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
        self._add_documents(results.documents)
        self._show_count(results)

    def _append_page(self, page) -> None:
        self._add_documents(page.documents)
        self._show_count(self.controller.last_results)

    def _add_documents(self, documents) -> None:
        self._take_more_row()
        for doc in documents:
            superseded = doc.rel_path in self.superseded
            text = document_row_text(doc, superseded)
            item = QTreeWidgetItem([text])
            item.setData(0, DOC_ROLE, doc)
            item.setData(0, SUPERSEDED_ROLE, superseded)
            item.setToolTip(0, rich_safe(f"{text}\n{display_name(doc.rel_path)}"))
            for hit in doc.passages:
                child = QTreeWidgetItem(item)
                child.setData(0, HIT_ROLE, hit)
                child.setData(0, DOC_ROLE, doc)
            self.results.addTopLevelItem(item)
            item.setExpanded(True)

    def show_addresses(self, found: dict) -> None:
        """Put each passage row's address (第二章 › 第十五条第二款) on its location line."""
        for i in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(i)
            doc = item.data(0, DOC_ROLE)
            for j in range(item.childCount() if doc is not None else 0):
                child = item.child(j)
                hit = child.data(0, HIT_ROLE)
                address = found.get((doc.rel_path, getattr(hit, "passage_id", "")))
                if address and hit.address != address:
                    child.setData(0, HIT_ROLE, replace(hit, address=address))

    def _show_count(self, results) -> None:
        total = results.total_documents
        shown = len(results.documents)
        count = f"{total:,}" + ("" if results.total_exact else "+")
        listed = f" · {shown:,} listed, scroll for more" if results.has_more else ""
        documents = count_noun(total, "document").replace(f"{total:,}", count, 1)
        lines = [
            f"{documents}{listed} · {results.elapsed_ms:.0f} ms" if total else "No documents match."
        ]
        if results.partial:
            lines.insert(0, self._coverage(results))
        if results.notice:
            lines.insert(0, results.notice)
        self.message.setText("\n".join(lines))
        if results.has_more:
            more = QTreeWidgetItem([f"Show more… ({shown:,} of {count})"])
            more.setToolTip(0, f"{shown:,} of {count} documents listed: show the next ones")
            more.setData(0, MORE_ROLE, True)
            self.results.addTopLevelItem(more)

    def _coverage(self, results) -> str:
        """How much of the folder this search covered, while a first index runs."""
        if self.controller.indexing:
            state = "indexing…"
        elif self.controller.paused:
            state = "indexing paused"
        else:
            state = "the rest is not indexed yet"
        searched, library = results.searched_documents, results.library_documents
        return f"Searching {searched:,} of {library:,} documents — {state}"

    def _take_more_row(self) -> None:
        last = self.results.topLevelItem(self.results.topLevelItemCount() - 1)
        if last is not None and last.data(0, MORE_ROLE):
            self.results.takeTopLevelItem(self.results.topLevelItemCount() - 1)

    def _near_end(self, value: int) -> None:
        """The reader scrolled within a page of the end: load the next page. (A list too short
        to scroll ends in the "Show more…" row instead.)"""
        bar = self.results.verticalScrollBar()
        if bar.maximum() > 0 and value >= bar.maximum() - bar.pageStep():
            self.controller.load_more()

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.data(0, MORE_ROLE):
            self.controller.load_more()
            return
        doc = item.data(0, DOC_ROLE)
        hit = item.data(0, HIT_ROLE)
        if hit is None and doc is not None and doc.passages:
            hit = doc.passages[0]
        if hit is not None:
            self.controller.show_hit(doc, hit)


def _regex(pattern: str):
    from PySide6.QtCore import QRegularExpression

    return QRegularExpression(pattern)
