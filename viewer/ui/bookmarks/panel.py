"""The bookmarks panel: filter, scope and sort controls over a list of bookmarks.

The panel only shows and asks: every action is a signal carrying the selected `Entry`, and
the controller (controller.py) does the work. Keys inside the panel: Enter opens,
F2 edits, Del deletes, Ctrl+Z undoes the last delete.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.bookmarks import panel_texts
from viewer.ui.bookmarks.model import ENTRY_ROLE, BookmarkFilterProxy, BookmarkListModel, Entry
from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate
from viewer.ui.common.model_lifetime import outlive_views
from viewer.ui.common.plain_text import plain_label


class BookmarksPanel(QWidget):
    activated = Signal(object)  # Entry
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    cite_requested = Signal(object)
    reattach_requested = Signal(object)
    undo_requested = Signal()
    memo_requested = Signal()  # an excerpt memo of the bookmarks listed
    scope_changed = Signal(bool)  # True: all documents

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarksPanel")
        self.model = BookmarkListModel(self)
        self.proxy = BookmarkFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._summary: Callable[[], str] = lambda: translate("Bookmarks", "No document")
        self._undo_text: Callable[[], str] = str
        self._build()
        self._build_shortcuts()
        self._update_buttons()
        outlive_views(self, self.proxy, self.model)
        i18n.live(self, self._retranslate)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("bookmarkFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._show_summary())
        layout.addWidget(self.filter_edit)

        row = QHBoxLayout()
        self.all_documents = QCheckBox()
        self.all_documents.toggled.connect(self.scope_changed)
        self.sort_box = QComboBox()
        self.sort_box.addItem("", BookmarkFilterProxy.BY_POSITION)
        self.sort_box.addItem("", BookmarkFilterProxy.BY_DATE)
        self.sort_box.currentIndexChanged.connect(
            lambda _i: self.proxy.set_sort_mode(self.sort_box.currentData())
        )
        row.addWidget(self.all_documents)
        row.addStretch(1)
        row.addWidget(self.sort_box)
        layout.addLayout(row)

        self.summary = plain_label()
        self.summary.setObjectName("bookmarkSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.list_view = QListView()
        self.list_view.setObjectName("bookmarkList")
        self.list_view.setModel(self.proxy)
        self.list_view.setWordWrap(True)
        self.list_view.setSpacing(3)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.activated.connect(lambda index: self._emit(self.activated, index))
        # One click opens, as library results do (activated needs a double click on most styles).
        self.list_view.clicked.connect(lambda index: self._emit(self.activated, index))
        self.list_view.selectionModel().currentChanged.connect(self._update_buttons)
        # the filter adds and removes rows without a reset
        for changed in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            changed.connect(self._update_buttons)
        layout.addWidget(self.list_view, 1)

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("bookmarkUndoBar")
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 0, 0, 0)
        self.undo_label = plain_label()  # quotes the deleted bookmark
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_requested)
        undo_row.addWidget(self.undo_label, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)

        buttons = QHBoxLayout()
        self.edit_button = self._tool(self.edit_requested)
        self.delete_button = self._tool(self.delete_requested)
        self.cite_button = self._tool(self.cite_requested)
        self.reattach_button = self._tool(self.reattach_requested)
        for button in (self.edit_button, self.delete_button, self.cite_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.memo_button = QToolButton()
        self.memo_button.setObjectName("excerptMemo")
        self.memo_button.clicked.connect(self.memo_requested)
        layout.addLayout(buttons)
        memo_row = QHBoxLayout()  # a row of its own: beside the others it widened the panel
        memo_row.addWidget(self.memo_button)
        memo_row.addStretch(1)
        layout.addLayout(memo_row)
        layout.addWidget(self.reattach_button)

    def _tool(self, signal) -> QToolButton:
        button = QToolButton()
        button.clicked.connect(lambda: self._emit(signal, self.list_view.currentIndex()))
        return button

    def _build_shortcuts(self) -> None:
        """Del and F2 on the list, Ctrl+Z in the panel: actions (so Help › Keyboard Shortcuts
        lists them) that act only there."""
        on_list, in_panel = (
            Qt.ShortcutContext.WidgetShortcut,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        current = self.list_view.currentIndex
        keys_actions = []
        for keys, slot, owner, context in (
            (
                [QKeySequence(QKeySequence.StandardKey.Delete)],
                lambda: self._emit(self.delete_requested, current()),
                self.list_view,
                on_list,
            ),
            (
                [QKeySequence(Qt.Key.Key_F2)],
                lambda: self._emit(self.edit_requested, current()),
                self.list_view,
                on_list,
            ),
            (
                QKeySequence.keyBindings(QKeySequence.StandardKey.Undo),
                self.undo_requested.emit,
                self,
                in_panel,
            ),
        ):
            action = QAction(owner)
            action.setShortcuts(keys)
            action.setShortcutContext(context)
            action.setProperty("shortcut_group", "Bookmarks")
            action.triggered.connect(lambda _checked=False, s=slot: s())
            owner.addAction(action)
            keys_actions.append(action)

        def texts() -> None:
            keys_actions[0].setText(translate("Bookmarks", "Delete Bookmark"))
            keys_actions[1].setText(translate("Bookmarks", "Edit Note and Tags"))
            keys_actions[2].setText(translate("Bookmarks", "Undo Delete"))

        i18n.live(self, texts)

    # --- state --------------------------------------------------------------------------------
    def _emit(self, signal, index) -> None:
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        if entry is not None:
            signal.emit(entry)

    def _update_buttons(self, *_args) -> None:
        entry = self.current_entry()
        for button in (self.edit_button, self.delete_button, self.cite_button):
            button.setEnabled(entry is not None)
        self.memo_button.setEnabled(self.proxy.rowCount() > 0)
        self.reattach_button.setVisible(entry is not None and entry.needs_attention)
        panel_texts.button_tips(self)

    def listed_entries(self) -> list[Entry]:
        """The bookmarks the list shows (filter applied), in its order."""
        rows = range(self.proxy.rowCount())
        return [self.proxy.index(row, 0).data(ENTRY_ROLE) for row in rows]

    def current_entry(self) -> Entry | None:
        index = self.list_view.currentIndex()
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def set_entries(
        self, entries: list[Entry], summary: Callable[[], str], all_documents: bool
    ) -> None:
        """Replace the list, keeping the current bookmark selected when it is still there.

        `summary` makes the line above the list; it runs again when the language changes."""
        current = self.current_entry()
        self.model.set_entries(entries, with_documents=all_documents)
        self.proxy.sort(0, self.proxy.sortOrder())
        self._summary = summary
        self._show_summary()
        if current is not None:
            self.select(current.id)
        self._update_buttons()

    def select(self, bookmark_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ENTRY_ROLE).id == bookmark_id:
                self.list_view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                self.list_view.scrollTo(index)
                return True
        return False

    def _show_summary(self) -> None:
        """The resolver's summary; while a filter hides some, how many it shows of how many."""
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total or not self.filter_edit.text().strip():
            self.summary.setText(self._summary())
        else:
            # translate() gives "(s)" its English singular or plural from the count
            text = translate(
                "Bookmarks", "{shown} of %Ln bookmark(s) match the filter", None, total
            )
            self.summary.setText(text.format(shown=f"{shown:,}"))

    def show_summary(self, summary: Callable[[], str]) -> None:
        self._summary = summary
        self._show_summary()

    def show_undo(self, text: Callable[[], str] | None) -> None:
        """The undo bar with `text()` (made again on a language switch); None hides it."""
        self._undo_text = text or str
        self.undo_label.setText(self._undo_text())
        self.undo_bar.setVisible(text is not None)

    def _retranslate(self) -> None:
        panel_texts.retranslate(self)
        self.model.retranslate()
        self._show_summary()
        self.undo_label.setText(self._undo_text())
