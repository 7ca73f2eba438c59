"""Help › Keyboard Shortcuts: every shortcut of the window, grouped, filtered as you type.

The list is read from the window's live actions each time the dialog opens and after each
language switch (viewer.ui.help.shortcut_list), so it always shows the keys the app has.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.common import i18n, window_fit
from viewer.ui.common.i18n import translate
from viewer.ui.help.shortcut_list import Entry, collect

ENTRY_ROLE = Qt.ItemDataRole.UserRole


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        window_fit.fit_dialog(self, 560, 620, window)
        self._window = window
        self.entries: list[Entry] = []
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsList")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.empty = QLabel()
        self.empty.setObjectName("shortcutsEmpty")
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        for widget in (self.filter, self.tree, self.empty, buttons):
            layout.addWidget(widget)
        layout.setStretchFactor(self.tree, 1)
        i18n.live(self, self._texts)

    def _texts(self) -> None:
        self.setWindowTitle(translate("Help", "Keyboard Shortcuts"))
        self.filter.setPlaceholderText(translate("Help", "Filter by action or key, e.g. Ctrl+G"))
        self.filter.setAccessibleName(translate("Help", "Filter shortcuts"))
        self.filter.setAccessibleDescription(
            translate("Help", "Type part of an action's name or a key to narrow the list")
        )
        self.tree.setHeaderLabels([translate("Help", "Action"), translate("Help", "Keys")])
        self.tree.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        self.tree.setAccessibleDescription(
            translate("Help", "Every keyboard shortcut of the window, grouped by menu or panel")
        )
        self.empty.setText(translate("Help", "No shortcut matches the filter."))
        self.close_button.setText(translate("Help", "Close"))  # Qt's own follows a switch late
        self.close_button.setAccessibleDescription(translate("Help", "Close this list"))
        self.refresh()
        # Once more after every other retranslation of this switch: actions made after this
        # dialog (features installed later) hear the switch after it.
        QTimer.singleShot(0, self, self.refresh)

    def refresh(self) -> None:
        """Read the window's shortcuts again and show them under the current filter."""
        self.entries = collect(self._window)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            group = groups.get(entry.group)
            if group is None:
                group = groups[entry.group] = QTreeWidgetItem(self.tree, [entry.group])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item = QTreeWidgetItem(group, [entry.text, entry.key_text()])
            item.setData(0, ENTRY_ROLE, entry)
            item.setToolTip(0, entry.text)
        self.tree.expandAll()
        self.apply_filter(self.filter.text())

    def apply_filter(self, text: str) -> None:
        shown = 0
        for row in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(row)
            visible = 0
            for child_row in range(group.childCount()):
                child = group.child(child_row)
                match = child.data(0, ENTRY_ROLE).matches(text)
                child.setHidden(not match)
                visible += match
            group.setHidden(not visible)
            shown += visible
        self.empty.setVisible(not shown)

    def shown_entries(self) -> list[Entry]:
        """The entries the list shows now (filter applied), in order."""
        shown = []
        for row in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(row)
            for child_row in range(group.childCount()):
                child = group.child(child_row)
                if not child.isHidden() and not group.isHidden():
                    shown.append(child.data(0, ENTRY_ROLE))
        return shown

    def shown_groups(self) -> list[str]:
        items = (self.tree.topLevelItem(r) for r in range(self.tree.topLevelItemCount()))
        return [item.text(0) for item in items if not item.isHidden()]

    def open_list(self) -> None:
        """Show (or bring back) the dialog with a fresh, unfiltered list, focus in the filter."""
        self.filter.clear()  # an old filter left one row and looked like a broken list
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self.filter.setFocus(Qt.FocusReason.OtherFocusReason)
        self.filter.selectAll()
