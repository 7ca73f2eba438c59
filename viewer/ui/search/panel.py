"""The search panel (a dock): query box, "?" help, pane filter, message line, results list.

`install_search(window)` adds it to a MainWindow with its actions and shortcuts:
Ctrl+F / Ctrl+K focus the box; Enter searches now, then steps to the next match (Shift+Enter:
previous); F3 / Shift+F3 next / previous match anywhere in the window; Esc clears.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.common import i18n
from viewer.ui.common.feature_docks import SEARCH_DOCK, reserve_feature_docks
from viewer.ui.common.hit_list import HIT_ROLE, HitDelegate, HitListModel
from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from viewer.ui.common.model_lifetime import outlive_views
from viewer.ui.common.pane_names import shown_pane_title
from viewer.ui.search import messages, result_menu
from viewer.ui.search.controller import SearchController


class SearchPanel(QWidget):
    def __init__(self, controller: SearchController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.box = QLineEdit()
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(controller.set_query)
        self._box_actions()
        self.help_button = QToolButton()
        self.help_button.setText("?")
        self.help_button.setObjectName("searchHelp")
        self.help_button.clicked.connect(self.show_help)
        self.pane_combo = QComboBox()
        self.pane_combo.setObjectName("searchPaneFilter")
        self.pane_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pane_combo.setMinimumContentsLength(8)
        self.pane_combo.activated.connect(self._on_filter)
        self.pane_combo.hide()  # shown once a query has results to filter
        self.message = QLabel()
        self.message.setObjectName("searchMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        links = Qt.TextInteractionFlag.LinksAccessibleByMouse
        self.message.setTextInteractionFlags(
            links | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.message.linkActivated.connect(self.run_suggestion)
        self.model = HitListModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setUniformItemSizes(False)  # rows fit their snippet (1-3 lines)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when the dock resizes
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerItem)
        # rows elide and wrap to the list's width: a narrow panel has nothing to scroll sideways
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.activated.connect(self._on_activated)
        self.results.clicked.connect(self._on_activated)
        top = QHBoxLayout()
        top.addWidget(self.box, 1)
        top.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.pane_combo)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        controller.state_changed.connect(lambda _s: self._show_message())
        controller.results_changed.connect(self._on_results_changed)
        controller.current_changed.connect(self._on_current_changed)
        self._shown_results = None
        self._on_results_changed()
        outlive_views(self, self.model)
        i18n.live(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text of the panel in the current language (again after each switch)."""
        tip = messages.help_html()
        self.box.setPlaceholderText(translate("Search", "Search (Ctrl+F)"))
        self.box.setToolTip(tip)
        self.box.setAccessibleName(translate("Search", "Search box"))
        self.box.setAccessibleDescription(
            translate("Search", "Words to find in this document; Enter goes to the next match")
        )
        self.help_button.setToolTip(tip)
        self.help_button.setAccessibleName(translate("Search", "Search help"))
        self.help_button.setAccessibleDescription(translate("Search", "Shows how to write a query"))
        self.pane_combo.setAccessibleName(translate("Search", "Topic filter"))
        self.pane_combo.setAccessibleDescription(
            translate("Search", "Shows the results of one topic only")
        )
        self.message.setAccessibleName(translate("Search", "Search status"))
        self.message.setAccessibleDescription(
            translate("Search", "How many matches there are, or a query to try instead")
        )
        self.results.setAccessibleName(translate("Search", "Search results"))
        self.results.setAccessibleDescription(
            translate("Search", "Matching passages, best first; Enter shows the passage")
        )
        if self.pane_combo.count():
            self.pane_combo.setItemText(0, messages.all_topics_label(self._result_count()))
        self._show_message()
        messages.reword_notice(self)

    def _result_count(self) -> int:
        results = self.controller.results
        return sum(results.pane_counts.values()) if results else 0

    # --- box --------------------------------------------------------------------------------
    def focus_box(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def _box_actions(self) -> None:
        """Enter / Shift+Enter in the box: actions (not a key filter), so Help › Keyboard
        Shortcuts lists them; they act only while the box has the focus. Esc is the window's
        Clear Search action."""
        steps = []
        for keys, backwards in (
            (("Return", "Enter"), False),
            (("Shift+Return", "Shift+Enter"), True),
        ):
            action = QAction(self.box)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setProperty("shortcut_group", "Search")
            action.triggered.connect(lambda _checked=False, b=backwards: self.enter(backwards=b))
            self.box.addAction(action)
            steps.append(action)

        def texts() -> None:
            steps[0].setText(translate("Search", "Next Match (in the search box)"))
            steps[1].setText(translate("Search", "Previous Match (in the search box)"))

        i18n.live(self.box, texts)

    def enter(self, backwards: bool = False) -> None:
        """Enter: run the query now if its results are not shown yet, else step through."""
        c = self.controller
        if c.results is not None and c.results.query == c.query:
            c.step(-1 if backwards else 1)
        else:
            c.run_and_step(-1 if backwards else 1)

    def clear(self) -> None:
        # Not blockSignals: the box's clear button hides itself on textChanged.
        self.box.textChanged.disconnect(self.controller.set_query)
        self.box.clear()
        self.box.textChanged.connect(self.controller.set_query)
        self.controller.clear()

    def run_suggestion(self, link: str) -> None:
        if link.startswith("suggest:"):
            self.box.setText(self.controller.results.suggestion)
            self.controller.run_now()

    def show_help(self) -> None:
        QToolTip.showText(
            self.help_button.mapToGlobal(QPoint(0, self.help_button.height())),
            messages.help_html(),
            self.help_button,
        )

    # --- results ----------------------------------------------------------------------------
    def _on_results_changed(self) -> None:
        c = self.controller
        if c.results is not self._shown_results:
            self._shown_results = c.results
            self._fill_pane_combo()
        self.model.set_hits(c.visible_hits())
        self._show_message()

    def _fill_pane_combo(self) -> None:
        combo, results = self.pane_combo, self.controller.results
        combo.clear()
        document = self.controller.window.current_document
        counts = results.pane_counts if results else {}
        combo.addItem(messages.all_topics_label(sum(counts.values())), None)
        for pane in document.panes if document else []:
            if counts.get(pane.id):
                combo.addItem(f"{shown_pane_title(pane.title)} ({counts[pane.id]})", pane.id)
        combo.setEnabled(bool(counts))
        combo.setVisible(bool(counts))  # nothing to filter before a query finds something

    def _on_filter(self, row: int) -> None:
        self.controller.set_pane_filter(self.pane_combo.itemData(row))

    def _on_activated(self, index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.controller.activate_hit(hit)

    def _on_current_changed(self, position: int, _count: int) -> None:
        match = self.controller.current_match()
        if position and match is not None:
            row = self.model.row_of(match.passage_id)
            if row >= 0:
                self.results.setCurrentIndex(self.model.index(row))

    def _show_message(self) -> None:
        self.message.setText(self.message_html())
        self.message.setVisible(bool(self.message.text()))

    def message_html(self) -> str:
        return messages.message_html(self.controller)


# (menu text, object name, shortcuts) of the Search menu's actions
SEARCH_ACTIONS = (
    (QT_TRANSLATE_NOOP("Search", "&Find…"), "find", ["Ctrl+F"]),
    (QT_TRANSLATE_NOOP("Search", "Focus Search &Box"), "focus_search", ["Ctrl+K"]),
    (QT_TRANSLATE_NOOP("Search", "Find &Next"), "find_next", ["F3"]),
    (QT_TRANSLATE_NOOP("Search", "Find &Previous"), "find_previous", ["Shift+F3"]),
    (QT_TRANSLATE_NOOP("Search", "&Clear Search"), "clear_search", ["Esc"]),
    (QT_TRANSLATE_NOOP("Search", "Search &Help"), "search_help", []),
)


def install_search(window) -> SearchController:
    """Add the search dock, its Search menu and shortcuts to `window`; return the controller."""
    controller = SearchController(window)
    panel = SearchPanel(controller)
    dock = reserve_feature_docks(window)[SEARCH_DOCK]
    dock.setWidget(panel)
    window.search_panel = panel
    controller.panel = panel
    result_menu.install_menu(panel)
    status = QLabel()
    status.setObjectName("searchStatus")
    window.statusBar().addPermanentWidget(status)
    controller.status_label = status

    def on_current(position: int, count: int) -> None:
        status.setText(messages.status_text(position, count, controller.results is not None))

    controller.current_changed.connect(on_current)
    i18n.live(status, lambda: on_current(controller.position(), len(controller.matches)))

    def show_panel() -> None:
        dock.show()
        dock.raise_()
        panel.focus_box()

    def esc() -> None:
        if controller.query or controller.results is not None:
            panel.clear()

    menu = window.menu("&Search")
    slots = {
        "find": show_panel,
        "focus_search": show_panel,
        "find_next": lambda: controller.step(1),
        "find_previous": lambda: controller.step(-1),
        "clear_search": esc,
        "search_help": lambda: (show_panel(), panel.show_help()),
    }
    actions: dict[str, QAction] = {}
    for text, name, keys in SEARCH_ACTIONS:
        action, slot = QAction(text, window), slots[name]
        action.setData(text)  # the English source, translated by `texts` below
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _checked=False, s=slot: s())
        window.addAction(action)
        menu.addAction(action)
        actions[name] = action
    clear_action = actions["clear_search"]  # Esc is only taken while there is a search

    def sync_clear() -> None:
        clear_action.setEnabled(bool(controller.query or controller.results is not None))

    controller.results_changed.connect(sync_clear)
    panel.box.textChanged.connect(lambda _t: sync_clear())
    sync_clear()
    window.search_actions = actions

    def texts() -> None:
        menu.setTitle(translate("Search", "&Search"))
        for action in actions.values():
            action.setText(translate("Search", action.data()))

    i18n.live(menu, texts)
    return controller
