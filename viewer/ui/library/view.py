"""The "Library" panel: the folder's documents (filter as you type, sortable), grouped into
works once the version families are known (one row per work, its versions beneath with their
date and status), indexing progress with Cancel / Resume, and the files that could not be read
with their reasons.

Enter or a click opens a document in the window's topic panes; on a work, its newest version.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from viewer.core.library import messages
from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate
from viewer.ui.common.model_lifetime import outlive_views
from viewer.ui.common.plain_text import plain_label, rich_safe
from viewer.ui.library.accessible import name_view_controls
from viewer.ui.library.model import (
    CATEGORY,
    DATE,
    ENTRY_ROLE,
    TITLE,
    LibraryTreeModel,
)
from viewer.ui.library.progress_view import IndexingProgress
from viewer.ui.library.title_delegate import ShortTitleDelegate

FOLDER_MIN_TABLE = 380  # narrower tables show no folder column
DATE_MIN_TABLE = 240  # ... and no date column


class LibraryView(IndexingProgress, QWidget):
    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.folder_label = plain_label()
        self._folder = ""  # the open folder as shown, once there is one
        self.folder_label.setObjectName("libraryFolder")
        self.folder_label.setWordWrap(True)
        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("libraryFilter")
        self.filter_box.setClearButtonEnabled(True)
        self.model = LibraryTreeModel(self)
        self._clicked_at = float("-inf")  # when a click last opened a row (monotonic seconds)
        self.filter_box.textChanged.connect(self._on_filter)
        self.table = self._build_table()
        self.count_label = QLabel()
        self.count_label.setObjectName("libraryCount")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("libraryProgress")
        self.progress_label = plain_label()  # shows error messages naming files
        self.progress_label.setObjectName("libraryProgressText")
        self.progress_label.setWordWrap(True)
        self._shown = ""  # the open document's rel_path, once the versions named it
        self._phase, self._phase_started = "", 0.0
        self._eta, self._eta_at = None, 0.0  # the last time-left estimate, and when it came
        self._cancelling = False  # Cancel pressed: the line says so until the update stops
        self._status = None  # makes the progress line's text in the current language
        self._notice = ""
        self.notice_label = QLabel()
        self.notice_label.setObjectName("libraryNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.hide()
        self._clock = QTimer(self)  # ticks the elapsed time of a step without counted progress
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._show_phase)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("libraryCancel")
        self.cancel_button.clicked.connect(self._on_cancel_or_resume)
        self.problems_button = QToolButton()
        self.problems_button.setObjectName("libraryProblemsButton")
        self.problems_button.setCheckable(True)
        self.problems_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.problems_list = QListWidget()
        self.problems_list.setObjectName("libraryProblems")
        self.problems_list.setWordWrap(True)
        self.problems_list.setMaximumHeight(140)
        self.problems_list.hide()
        self.problems_button.toggled.connect(self.problems_list.setVisible)
        self._layout()
        controller.opening.connect(self._on_opened)
        controller.opened.connect(self._on_opened)
        controller.entries_changed.connect(self._on_entries)
        controller.indexing_started.connect(self._on_indexing_started)
        controller.progress.connect(self._on_progress)
        controller.phase_changed.connect(self._on_phase)
        controller.indexing_finished.connect(self._on_indexing_finished)
        self._show_progress(False)
        self._on_entries()
        i18n.live(self, self._retranslate)

    def _retranslate(self) -> None:
        if not self._folder:
            self.folder_label.setText(
                translate("Library", "No library open · File › Open Folder… (Ctrl+Shift+O)")
            )
        self.filter_box.setPlaceholderText(translate("Library", "Filter titles and folders"))
        self.model.retranslate()
        self._reshow()  # a rebuilt list selects the open document again
        self._update_count()
        self._show_problems()
        self._show_progress(self.controller.indexing)
        self._show_status()
        self._set_notice(self._notice)
        name_view_controls(self)
        outlive_views(self, self.model)

    def _build_table(self) -> QTreeView:
        table = QTreeView()
        table.setObjectName("libraryTable")
        table.setModel(self.model)
        # The model sorts the works (see library_model); versions stay beneath their work.
        table.setSortingEnabled(True)
        table.sortByColumn(CATEGORY, Qt.SortOrder.AscendingOrder)
        header = table.header()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        # Law titles share their start (中华人民共和国…) and differ at the end, where a work's
        # version count "(2)" also is: a narrow panel cuts the middle.
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.setItemDelegateForColumn(TITLE, ShortTitleDelegate(table))  # 中华人民共和国 first
        table.setAlternatingRowColors(True)
        table.setUniformRowHeights(True)  # no per-row size hints over 3,000+ rows
        table.setRootIsDecorated(True)  # the arrow of a work with several versions
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Interactive)
        # Fixed widths: ResizeToContents measures every row on each refresh (3,000+ rows).
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CATEGORY, 90)
        header.resizeSection(DATE, table.fontMetrics().horizontalAdvance("2024-12-31") + 16)
        header.sortIndicatorChanged.connect(lambda *_: self._keep_current_in_view())
        table.activated.connect(self._on_activated)
        table.clicked.connect(self._on_clicked)  # one click, like results and bookmarks
        return table

    def _layout(self) -> None:
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.problems_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(progress_row)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.problems_list)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        """A narrow panel keeps the titles readable: the folder, then the date, give way."""
        super().resizeEvent(event)
        width = event.size().width() - 12  # the table's children are laid out only later
        self.table.setColumnHidden(CATEGORY, width < FOLDER_MIN_TABLE)
        self.table.setColumnHidden(DATE, width < DATE_MIN_TABLE)
        # after this event: a resize can come while the model is being refilled, and a layout
        # change announced in the middle of a reset breaks the view
        QTimer.singleShot(0, self, self._sync_dated_rows)

    def _sync_dated_rows(self) -> None:
        self.model.set_dates_in_titles(self.table.isColumnHidden(DATE))

    # --- list ---------------------------------------------------------------------------------
    def _on_opened(self, folder: str) -> None:
        from viewer.core.base.paths import shown_path
        from viewer.core.text.file_names import display_name

        self._folder = shown_path(display_name(folder))
        self.folder_label.setText(self._folder)
        self.folder_label.setToolTip(rich_safe(display_name(folder)))
        self._set_notice(self.controller.notice)

    def _set_notice(self, text: str) -> None:
        """`text` may be a core Message: it is shown again in the language switched to."""
        self._notice = text
        self.notice_label.setText(messages.shown(text))
        self.notice_label.setVisible(bool(text))

    def _on_entries(self) -> None:
        self.model.set_entries(self.controller.entries, self.controller.filter_keys)
        self._update_count()
        self._show_problems()
        self._reshow()

    def set_works(self, works: list) -> None:
        """The open library's version families: the list groups each work's versions."""
        self.model.set_works(works)
        self._update_count()
        self._reshow()

    def _reshow(self) -> None:
        """A refilled list (indexing done) opens the open document's family again."""
        if self._shown:
            self.show_document(self._shown)

    def show_document(self, rel_path: str) -> None:
        """Open the family of `rel_path` and select its row, without opening it again."""
        self._shown = rel_path
        index = self.model.index_of(rel_path)
        if not index.isValid():
            return
        if index.parent().isValid():
            self.table.expand(index.parent())
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index)

    def _show_problems(self) -> None:
        problems = self.controller.problems()
        self.problems_list.clear()
        for entry in problems:
            self.problems_list.addItem(_problem_line(entry))
        self.problems_button.setText(
            translate("Library", "Problems ({count})").format(count=len(problems))
        )
        self.problems_button.setToolTip(
            rich_safe("\n".join(_problem_line(e) for e in problems[:30]))
        )
        self.problems_button.setVisible(bool(problems))
        if not problems:
            self.problems_button.setChecked(False)

    def _on_filter(self, text: str) -> None:
        self.model.set_filter_text(text)
        self._update_count()
        self._keep_current_in_view()

    def _keep_current_in_view(self) -> None:
        """The chosen row, still shown after a filter or sort, stays on screen (clearing the
        filter would otherwise leave the list at its top, far from it)."""
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _update_count(self) -> None:
        """Counted in documents: a shown work counts each of its versions."""
        total, shown = self.model.document_count(), self.model.shown_documents()
        if shown == total:
            text = translate("Library", "%Ln document(s)", None, total)
        else:
            text = translate("Library", "{shown} of %Ln document(s)", None, total)
        self.count_label.setText(text.format(shown=f"{shown:,}"))

    def visible_entries(self) -> list:
        """The entry each shown top-level row opens (a work: its newest version)."""
        return [self.model.index(r, 0).data(ENTRY_ROLE) for r in range(self.model.rowCount())]

    def _on_clicked(self, index) -> None:
        self._clicked_at = time.monotonic()
        self._open(index)

    def _on_activated(self, index) -> None:
        """Enter, or a double click: the click before it has opened the row already, and the
        panels moving as the document opens may have put another row under the second click
        (a reader got the wrong law)."""
        interval = QApplication.doubleClickInterval() / 1000
        if time.monotonic() - self._clicked_at < interval:
            return
        self._open(index)

    def _open(self, index) -> None:
        entry = index.siblingAtColumn(0).data(ENTRY_ROLE)
        if entry is not None and not entry.error:
            self.controller.open_entry(entry)


def _problem_line(entry) -> str:
    return translate("Library", "{path}: {reason}").format(
        path=entry.display_path, reason=messages.shown(entry.error)
    )
