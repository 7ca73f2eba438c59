"""Dialogs that ask what to export: which panes (print, PDF, Word...) and the memo's options."""

from __future__ import annotations

import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
)

from viewer.core.export.memo import MemoOptions
from viewer.core.i18n.context import Context
from viewer.core.i18n.language import LANGUAGE_NAMES
from viewer.ui.common import i18n
from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from viewer.ui.common.pane_names import shown_pane_title

CURRENT, SELECTED, WHOLE = "current", "selected", "whole"
# Format names are proper names in both languages; only Word's suffix note is kept as is.
FORMAT_NAMES = {
    "pdf": "PDF",
    "docx": "Word (.docx)",
    "html": "HTML",
    "md": "Markdown",
    "csv": "CSV",
}
# The Save dialog's file type: a name a reader knows, then the pattern it filters by.
FILE_TYPES = {
    "pdf": QT_TRANSLATE_NOOP("Export", "PDF files (*.pdf)"),
    "docx": QT_TRANSLATE_NOOP("Export", "Word documents (*.docx)"),
    "html": QT_TRANSLATE_NOOP("Export", "Web pages (*.html)"),
    "md": QT_TRANSLATE_NOOP("Export", "Markdown files (*.md)"),
    "csv": QT_TRANSLATE_NOOP("Export", "CSV files (*.csv)"),
}
GROUP_CHOICES = (
    ("document", QT_TRANSLATE_NOOP("Export", "Document and pane")),
    ("tag", QT_TRANSLATE_NOOP("Export", "Tag")),
    ("color", QT_TRANSLATE_NOOP("Export", "Colour")),
)

Export = Context("Export", translate)  # counted messages (lupdate reads Export.tr)


def live_texts(widget) -> None:
    """i18n.live(widget, widget._texts) without a reference cycle: a dialog made without a
    parent is then freed by refcount on the GUI thread, not by a garbage collection that may
    run on a worker thread (deleting a widget there crashes Qt)."""
    ref = weakref.ref(widget)

    def apply() -> None:
        target = ref()
        if target is not None:
            target._texts()

    i18n.live(widget, apply)


def _describe(widget, name: str, description: str) -> None:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)


MAX_LIST_WIDTH = 560  # px: a dialog that fits a 1024-pixel screen beside its parent


class ScopeDialog(QDialog):
    """Current pane / selected panes / whole document."""

    def __init__(self, document, current_pane_id: str | None, title, parent=None) -> None:
        """`title`: the window title, or a function giving it in the current language."""
        super().__init__(parent)
        self.setObjectName("exportScopeDialog")
        self._title = title
        self._current = current_pane_id
        self.current = QRadioButton()
        self.selected = QRadioButton()
        self.whole = QRadioButton()
        self.group = QButtonGroup(self)
        for button in (self.current, self.selected, self.whole):
            self.group.addButton(button)
        self.panes = QListWidget()
        self.panes.setObjectName("exportPanes")
        for pane in document.panes:
            item = QListWidgetItem(shown_pane_title(pane.title))
            item.setData(Qt.ItemDataRole.UserRole, pane.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if pane.id == current_pane_id else Qt.CheckState.Unchecked
            )
            self.panes.addItem(item)
        self._fit_titles()
        self.current.setEnabled(current_pane_id is not None)
        (self.current if current_pane_id else self.whole).setChecked(True)
        self.panes.setEnabled(False)
        self.selected.toggled.connect(self.panes.setEnabled)
        self.panes.itemChanged.connect(lambda _i: self._update_ok())
        self.group.buttonToggled.connect(lambda *_: self._update_ok())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        for widget in (self.current, self.selected, self.panes, self.whole, buttons):
            layout.addWidget(widget)
        live_texts(self)

    def _fit_titles(self) -> None:
        """Whole titles: the list is as wide as its longest (up to MAX_LIST_WIDTH), and a longer
        one wraps rather than hiding behind a horizontal scroll bar."""
        panes = self.panes
        panes.setWordWrap(True)
        panes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        chrome = 2 * panes.frameWidth() + panes.verticalScrollBar().sizeHint().width() + 8
        panes.setMinimumWidth(min(panes.sizeHintForColumn(0) + chrome, MAX_LIST_WIDTH))

    def _texts(self) -> None:
        self.setWindowTitle(self._title() if callable(self._title) else self._title)
        self.current.setText(translate("Export", "&Current pane"))
        self.selected.setText(translate("Export", "&Selected panes:"))
        self.whole.setText(translate("Export", "&Whole document"))
        self.current.setAccessibleDescription(translate("Export", "Only the pane shown now"))
        self.selected.setAccessibleDescription(translate("Export", "The panes ticked below"))
        self.whole.setAccessibleDescription(translate("Export", "Every pane of the document"))
        _describe(
            self.panes,
            translate("Export", "Panes"),
            translate("Export", "Tick the panes to include (Space ticks the focused one)"),
        )

    def checked_panes(self) -> list[str]:
        items = (self.panes.item(i) for i in range(self.panes.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def pane_ids(self) -> list[str]:
        """The panes to export, in document order; [] means the whole document."""
        if self.current.isChecked() and self._current:
            return [self._current]
        if self.selected.isChecked():
            return self.checked_panes()
        return []

    def _update_ok(self) -> None:
        self.ok.setEnabled(not self.selected.isChecked() or bool(self.checked_panes()))


class MemoDialog(QDialog):
    """Excerpt memo options: grouping, notes, citation style and file format."""

    def __init__(self, count: int, parent=None, groups: bool = True) -> None:
        """`groups=False`: search hits have no notes, tags or colours to choose among."""
        super().__init__(parent)
        self.setObjectName("memoDialog")
        self._count = count
        self.group_by = QComboBox()
        self.group_by.setObjectName("memoGroupBy")
        for key, _label in GROUP_CHOICES:
            self.group_by.addItem("", key)
        self.notes = QCheckBox()
        self.notes.setObjectName("memoNotes")
        self.notes.setChecked(True)
        self.style = QComboBox()
        self.style.setObjectName("memoStyle")
        self.style.addItem("", "official")
        self.style.addItem("GB/T 7714-2015", "gbt7714")
        self.format = QComboBox()
        self.format.setObjectName("memoFormat")
        for key in ("docx", "pdf", "html", "md"):
            self.format.addItem(FORMAT_NAMES[key], key)
        # the memo is handed to someone: its labels may need the other language than the window
        self.language = QComboBox()
        self.language.setObjectName("memoLanguage")
        self.language.addItem("", "")  # the interface's
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.form = QFormLayout()
        # Qt makes no label for an empty text, so each drop-down gets its own, as its buddy
        shown = (self.group_by, self.style, self.format, self.language)
        self.labels = {w: QLabel(buddy=w) for w in shown}
        if groups:
            self.form.addRow(self.labels[self.group_by], self.group_by)
            self.form.addRow(self.notes)
        self.form.addRow(self.labels[self.style], self.style)
        self.form.addRow(self.labels[self.format], self.format)
        self.form.addRow(self.labels[self.language], self.language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(count > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        live_texts(self)

    def _texts(self) -> None:
        self.setWindowTitle(translate("Export", "Excerpt Memo"))
        for index, (_key, label) in enumerate(GROUP_CHOICES):
            self.group_by.setItemText(index, translate("Export", label))
        self.notes.setText(translate("Export", "Include my notes"))
        self.style.setItemText(0, translate("Export", "Official form"))
        self.language.setItemText(0, translate("Export", "As the interface"))
        self.ok.setText(Export.tr("Save %n excerpt(s)…", None, self._count))
        labels = {
            self.group_by: (
                translate("Export", "&Group by:"),
                translate("Export", "Group by"),
                translate("Export", "How the excerpts are grouped under headings"),
            ),
            self.style: (
                translate("Export", "&Citations:"),
                translate("Export", "Citations"),
                translate("Export", "The form each quote is cited in"),
            ),
            self.format: (
                translate("Export", "&Format:"),
                translate("Export", "Format"),
                translate("Export", "The kind of file to save"),
            ),
            self.language: (
                translate("Export", "&Labels in:"),
                translate("Export", "Labels in"),
                translate("Export", "The language of the memo's title, headings and notes"),
            ),
        }
        for widget, (shown, name, description) in labels.items():
            self.labels[widget].setText(shown)
            _describe(widget, name, description)
        self.notes.setAccessibleDescription(
            translate("Export", "Put each bookmark's note beneath its quote")
        )

    def options(self) -> MemoOptions:
        return MemoOptions(
            group_by=self.group_by.currentData(),
            include_notes=self.notes.isChecked(),
            style=self.style.currentData(),
            language=self.language.currentData(),
        )

    def file_format(self) -> str:
        return self.format.currentData()
