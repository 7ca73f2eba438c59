"""Library search (a dock): query box, folder and date filters, results grouped by document.

Each document row reads "title — N hits" over "date · folder" (library_result_rows); its
children are its best passages, drawn like the single-document search results (location line,
highlighted snippet). Choosing a passage (Enter, click) opens the document there with the
matches highlighted; choosing a document row opens its best passage. Results come a page at a
time: scrolling near the end, or choosing the last row ("Show more…"), appends the next page.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
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
from viewer.ui.common import i18n
from viewer.ui.common.hit_list import HIT_ROLE
from viewer.ui.common.i18n import translate
from viewer.ui.common.plain_text import plain_label, rich_safe
from viewer.ui.library import search_messages
from viewer.ui.library.accessible import name_search_controls
from viewer.ui.library.date_filter import DateBox
from viewer.ui.library.result_rows import (
    DOC_ROLE,
    SUPERSEDED_ROLE,
    ResultRowDelegate,
    document_row_text,
)

MORE_ROLE = Qt.ItemDataRole.UserRole + 3


class LibrarySearchPanel(QWidget):
    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.box = QLineEdit()
        self.box.setObjectName("librarySearchBox")
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self._changed)
        self.box.returnPressed.connect(self._search_now)
        self.category = QComboBox()
        self.category.setObjectName("libraryCategory")
        self.category.addItem("")  # every folder; its text is set in _retranslate
        self.category.currentIndexChanged.connect(self._changed)
        self.date_from = DateBox("libraryDateFrom", upper=False)
        self.date_to = DateBox("libraryDateTo", upper=True)
        for box in (self.date_from, self.date_to):
            box.textChanged.connect(self._changed)
        # filled with the superseded versions' paths once the library's families are known
        self.superseded: frozenset[str] = frozenset()
        self.current_only = QCheckBox()
        self.current_only.setObjectName("libraryCurrentOnly")
        self.current_only.setChecked(True)
        self.current_only.toggled.connect(self._changed)
        self.message = plain_label()  # errors may quote files
        self._message = search_messages.open_a_folder  # makes the text in the language shown
        self.message.setObjectName("librarySearchMessage")
        self.message.setWordWrap(True)
        self.results = QTreeWidget()
        self.results.setObjectName("libraryResults")
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
        controller.search_started.connect(lambda: self._say(search_messages.searching))
        controller.search_finished.connect(self.show_results)
        controller.more_results.connect(self._append_page)
        controller.total_refined.connect(self._show_exact_count)
        controller.addresses_found.connect(self.show_addresses)
        controller.opened.connect(lambda _f: self._say(search_messages.type_to_search))
        i18n.live(self, self._retranslate)

    def _retranslate(self) -> None:
        self.box.setPlaceholderText(translate("Library", "Search the library"))
        self.category.setItemText(0, translate("Library", "All folders"))
        self.date_from.setPlaceholderText(translate("Library", "From: a year or date"))
        self.date_to.setPlaceholderText(translate("Library", "To: a year or date"))
        self.date_from.mark()
        self.date_to.mark()
        self.current_only.setText(translate("Library", "Current versions only"))
        name_search_controls(self)
        self._say(self._message)
        self._retranslate_rows()

    def _say(self, message) -> None:
        """`message()` is the line above the results, made again after a language switch."""
        self._message = message
        notes = search_messages.date_notes(self.date_from, self.date_to)
        self.message.setText("\n".join([*notes, message()]))

    # --- query --------------------------------------------------------------------------------
    def filters(self) -> dict:
        category = self.category.currentText()
        return {
            "categories": [category] if self.category.currentIndex() > 0 else None,
            "date_from": self.date_from.bound(),
            "date_to": self.date_to.bound(),
            "exclude": self.superseded if self.current_only.isChecked() else None,
        }

    def set_superseded(self, paths: frozenset[str]) -> None:
        if paths != self.superseded:
            self.superseded = paths
            self._changed()

    def _changed(self, *_args) -> None:
        self.controller.set_query(self.box.text(), **self.filters())

    def takes_early_key(self, event) -> bool:
        """Typing meant for the box while the app is still loading (no shortcut in it)."""
        shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        return self.box.hasFocus() and not event.modifiers() & (
            shortcut | Qt.KeyboardModifier.MetaModifier
        )

    def search_for(self, query: str) -> None:
        """Put `query` in the box and search at once (`briefing-viewer FOLDER --search Q`)."""
        self.box.setText(query)
        self._search_now()

    def _search_now(self) -> None:
        self._changed()
        self.controller.search_now()

    def set_categories(self, categories: list) -> None:
        current = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(translate("Library", "All folders"))
        self.category.addItems([c for c in categories if c])
        self.category.setCurrentIndex(max(0, self.category.findText(current)))
        self.category.blockSignals(False)

    # --- results ------------------------------------------------------------------------------
    def show_results(self, results) -> None:
        self.results.clear()
        if results is None:
            error = self.controller.search_error
            asked = bool(self.box.text().strip())
            if error:
                self._say(lambda: search_messages.failed(error))
            elif asked:
                self._say(search_messages.no_results)
            else:  # the box emptied (or a filter changed with nothing typed): say what to do
                opened = getattr(self.controller, "root", None) is not None
                self._say(
                    search_messages.type_to_search if opened else search_messages.open_a_folder
                )
            return
        self._add_documents(results.documents)
        self._show_count(results)

    def _append_page(self, page) -> None:
        self._add_documents(page.documents)
        self._show_count(self.controller.last_results)

    def _show_exact_count(self, results) -> None:
        self._take_more_row()  # its "Show more…" names the count too
        self._show_count(results)

    def _add_documents(self, documents) -> None:
        self._take_more_row()
        for doc in documents:
            item = QTreeWidgetItem()
            item.setData(0, DOC_ROLE, doc)
            item.setData(0, SUPERSEDED_ROLE, doc.rel_path in self.superseded)
            _set_document_text(item)
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
        state = self._coverage_state() if results.partial else ""
        self._say(lambda: search_messages.summary(results, state))
        if results.has_more:
            more = QTreeWidgetItem()
            more.setData(0, MORE_ROLE, (len(results.documents), search_messages.count(results)))
            _set_more_text(more)
            self.results.addTopLevelItem(more)

    def _coverage_state(self):
        """While a first index runs: why this search covered only part of the folder."""
        if self.controller.indexing:
            return search_messages.indexing
        if self.controller.paused:
            return search_messages.paused
        return search_messages.not_indexed

    def _retranslate_rows(self) -> None:
        """Rows already listed take the new language's words (hits, dates, "Show more…")."""
        for i in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(i)
            if item.data(0, MORE_ROLE):
                _set_more_text(item)
            elif item.data(0, DOC_ROLE) is not None:
                _set_document_text(item)
        self.results.viewport().update()

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
        elif doc is not None:
            self.controller.open_title_match(doc)


def _set_document_text(item: QTreeWidgetItem) -> None:
    doc = item.data(0, DOC_ROLE)
    text = document_row_text(doc, bool(item.data(0, SUPERSEDED_ROLE)))
    item.setText(0, text)
    item.setToolTip(0, rich_safe(f"{text}\n{display_name(doc.rel_path)}"))


def _set_more_text(item: QTreeWidgetItem) -> None:
    shown, count = item.data(0, MORE_ROLE)
    text = translate("Library", "Show more… ({shown} of {count})")
    item.setText(0, text.format(shown=f"{shown:,}", count=count))
    tip = translate("Library", "{shown} of {count} documents listed: show the next ones")
    item.setToolTip(0, tip.format(shown=f"{shown:,}", count=count))
