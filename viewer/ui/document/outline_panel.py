"""Outline of the current pane's headings; activating one asks the window to jump there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from viewer.core.document.model import Pane
from viewer.ui.common import i18n, view_menus
from viewer.ui.common.i18n import translate
from viewer.ui.common.plain_text import rich_safe
from viewer.ui.common.tree_walk import all_items

PASSAGE_ROLE = Qt.ItemDataRole.UserRole


class OutlinePanel(QTreeWidget):
    passage_activated = Signal(str)  # passage id of the heading

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("outline")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.itemClicked.connect(self._emit)
        self.itemActivated.connect(self._emit)
        view_menus.attach(self, self._fill_menu)  # right-click, Shift+F10, the Menu key
        i18n.live(self, self._describe)

    def _fill_menu(self, menu, index) -> None:
        item = self.itemFromIndex(index) if index.isValid() else None
        if item is None:
            return
        go = translate("Outline", "Go to Heading")
        view_menus.add(menu, go, lambda: self._emit(item), "Return")
        copy = translate("Outline", "Copy Heading")
        view_menus.add(menu, copy, lambda: view_menus.copy_text(item.text(0)))

    def _describe(self) -> None:
        self.setAccessibleName(translate("Outline", "Outline"))
        self.setAccessibleDescription(
            translate("Outline", "Headings of the current topic; activate one to go there")
        )

    def show_pane(self, pane: Pane | None) -> None:
        """Nest headings by level; a heading deeper than its parent by 2+ still nests once."""
        self.clear()
        if pane is None:
            return
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for heading in pane.headings:
            while stack and stack[-1][0] >= heading.level:
                stack.pop()
            item = QTreeWidgetItem([heading.text])
            item.setData(0, PASSAGE_ROLE, heading.passage_id)
            item.setToolTip(0, rich_safe(heading.text))
            if stack:
                stack[-1][1].addChild(item)
            else:
                self.addTopLevelItem(item)
            stack.append((heading.level, item))
        self.expandAll()

    def item_for(self, passage_id: str) -> QTreeWidgetItem | None:
        for item in all_items(self):
            if item.data(0, PASSAGE_ROLE) == passage_id:
                return item
        return None

    def _emit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.passage_activated.emit(item.data(0, PASSAGE_ROLE))
