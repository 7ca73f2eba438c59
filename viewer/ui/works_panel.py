"""The "Works 作品" panel: the open library as works, one row per work with its versions
beneath (date, status, file); double-click or Enter on a version opens it. A work held in one
version is a single row. Filled from the version families (viewer.core.versions.families)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.folding import fold

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Work / version 作品", "Date 日期", "Status 状态")


class WorksPanel(QWidget):
    open_requested = Signal(str)  # path relative to the library root

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.works: list = []
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText("筛选 Filter works")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(lambda _text: self._fill())
        self.multi_only = QCheckBox("Only works with several versions")
        self.multi_only.setChecked(True)
        self.multi_only.toggled.connect(lambda _on: self._fill())
        self.tree = QTreeWidget()
        self.tree.setObjectName("worksTree")
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.count_label = QLabel("No library open")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.filter_box, self.multi_only, self.tree, self.count_label):
            layout.addWidget(widget)
        header = self.tree.header()  # the title takes what the date and status leave
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def set_works(self, works: list) -> None:
        self.works = works
        self._fill()

    def shown_works(self) -> list:
        words = fold(self.filter_box.text()).split()
        many = self.multi_only.isChecked()
        return [
            w
            for w in self.works
            if (len(w.versions) > 1 or not many) and all(x in fold(w.title) for x in words)
        ]

    def _fill(self) -> None:
        self.tree.clear()
        shown = self.shown_works()
        items = [self._work_item(work) for work in shown]
        self.tree.addTopLevelItems(items)
        versions = sum(len(w.versions) for w in shown)
        self.count_label.setText(f"{len(shown)} works, {versions} versions")

    def _work_item(self, work) -> QTreeWidgetItem:
        latest = work.versions[-1]
        if len(work.versions) == 1:
            item = QTreeWidgetItem([work.title, latest.date, latest.status])
            item.setData(0, PATH_ROLE, latest.path)
            return item
        item = QTreeWidgetItem([work.title, latest.date, f"{len(work.versions)} versions"])
        for version in reversed(work.versions):  # newest first
            name = version.path.rpartition("/")[2]
            child = QTreeWidgetItem([name, version.date, version.status])
            child.setData(0, PATH_ROLE, version.path)
            child.setToolTip(0, version.path)
            item.addChild(child)
        return item

    def expand_work(self, title: str) -> QTreeWidgetItem | None:
        for k in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(k)
            if item.text(0) == title:
                item.setExpanded(True)
                self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)
                return item
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        path = item.data(0, PATH_ROLE)
        if path:
            self.open_requested.emit(path)
