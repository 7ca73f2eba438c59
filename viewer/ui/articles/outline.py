"""The outline of a document's official structure, down to articles, with a filter box.

Chapters and sections nest as in the law; each article shows its first words. Typing in the
filter keeps the units whose address or first words contain the text (and their parents).
The article being read is selected as the reader scrolls (`follow`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.document.units import Structure, Unit
from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate
from viewer.ui.common.tree_walk import all_items

PASSAGE_ROLE = Qt.ItemDataRole.UserRole
SHOWN_KINDS = ("编", "分编", "章", "节", "条", "一、", "（一）", "1.", "（1）")


class ArticleOutline(QWidget):
    passage_activated = Signal(str)  # passage id where the unit starts

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articleOutline")
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._emit)
        self.tree.itemClicked.connect(self._emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.problems = QLabel()  # odd numbering in the source (gaps, a 第十条 twice)
        self.problems.setWordWrap(True)
        self.problems.hide()
        self.empty = QLabel()  # a document with no numbered articles or items (an essay)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.hide()
        layout.addWidget(self.filter)
        layout.addWidget(self.problems)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        self._items: dict[int, QTreeWidgetItem] = {}  # id(unit) -> item
        self._structure: Structure | None = None
        i18n.live(self, self._retranslate)

    def _retranslate(self) -> None:
        self.filter.setPlaceholderText(translate("Articles", "Filter: 第26条, 罚款…"))
        self.filter.setAccessibleName(translate("Articles", "Filter articles"))
        self.filter.setAccessibleDescription(
            translate("Articles", "Keeps the articles whose number or first words contain the text")
        )
        self.tree.setAccessibleName(translate("Articles", "Articles"))
        self.tree.setAccessibleDescription(
            translate("Articles", "Chapters, sections and articles; Enter goes to one")
        )
        self._show_problems(self._structure.problems if self._structure else [])
        self.empty.setText(translate("Articles", "No numbered articles or items in this document."))

    def show_structure(self, structure: Structure | None) -> None:
        self.tree.clear()
        self._items.clear()
        self._structure = structure
        self._show_problems(structure.problems if structure else [])
        self.empty.hide()  # until the structure is known
        self.tree.show()
        if structure is None:
            return
        for unit in structure.units:
            if unit.kind not in SHOWN_KINDS:
                continue
            item = QTreeWidgetItem([_label(structure, unit)])
            item.setData(0, PASSAGE_ROLE, structure.passages[unit.start].id)
            item.setToolTip(0, unit.breadcrumb)
            parent = self._shown_parent(unit)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self._items[id(unit)] = item
        self.tree.expandAll()
        self.empty.setVisible(not self._items)
        self.tree.setVisible(bool(self._items))  # no empty box under the note
        self.apply_filter(self.filter.text())

    def _show_problems(self, problems: list) -> None:
        self.problems.setVisible(bool(problems))
        if problems:
            count = len(problems)
            text = translate("Articles", "⚠ %n numbering problem(s): {first}", None, count)
            self.problems.setText(text.format(first=problems[0]))
            self.problems.setToolTip("\n".join(map(str, problems)))

    def _shown_parent(self, unit: Unit) -> QTreeWidgetItem | None:
        parent = unit.parent
        while parent is not None and id(parent) not in self._items:
            parent = parent.parent
        return self._items.get(id(parent)) if parent is not None else None

    def apply_filter(self, text: str) -> None:
        needle = text.strip()
        for i in range(self.tree.topLevelItemCount()):
            self._filter_item(self.tree.topLevelItem(i), needle)

    def _filter_item(self, item: QTreeWidgetItem, needle: str) -> bool:
        children = [self._filter_item(item.child(i), needle) for i in range(item.childCount())]
        own = not needle or needle in item.text(0) or _matches_numeral(item, needle)
        visible = own or any(children)
        item.setHidden(not visible)
        return visible

    def visible_labels(self) -> list[str]:
        return [i.text(0) for i in all_items(self.tree) if not i.isHidden()]

    def follow(self, passage_id: str) -> None:
        """Select the deepest shown unit that holds `passage_id` (the article being read)."""
        structure = self._structure
        unit = structure.unit_at(passage_id) if structure else None
        while unit is not None and id(unit) not in self._items:
            unit = unit.parent
        if unit is None:
            return
        item = self._items[id(unit)]
        if self.tree.currentItem() is not item:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(False)
            self.tree.scrollToItem(item)

    def _emit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.passage_activated.emit(item.data(0, PASSAGE_ROLE))


def _label(structure: Structure, unit: Unit) -> str:
    words = structure.first_words(unit, 18)
    return f"{unit.label}  {words}" if words else unit.label


def _matches_numeral(item: QTreeWidgetItem, needle: str) -> bool:
    """第26条 in the filter finds 第二十六条: the same rewrite search uses."""
    from viewer.core.document.addresses import canonical

    wanted = canonical(needle)
    return bool(wanted) and item.text(0).startswith(wanted)
