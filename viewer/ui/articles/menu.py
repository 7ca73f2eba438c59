"""The Articles menu: Go to Article… (Ctrl+G), Back (Alt+Left) and Cited By (Ctrl+Shift+R), in
the interface language.

Each action is also added to the window, so its shortcut works while the menu bar is hidden.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate


def build_article_actions(controller) -> None:
    window = controller.window
    menu = window.menu("&Articles")
    controller.go_to_action = _action(window, menu, "goToArticle", controller.ask_go_to, "Ctrl+G")
    controller.back_action = _action(window, menu, "articleBack", controller.back, "Alt+Left")
    controller.cited_by_action = _action(
        window, menu, "citedByPanel", controller.focus_cited_by, "Ctrl+Shift+R"
    )

    def texts() -> None:
        menu.setTitle(translate("Articles", "&Articles"))
        controller.go_to_action.setText(translate("Articles", "&Go to Article…"))
        controller.go_to_action.setStatusTip(
            translate("Articles", "Go to an article or address of this document")
        )
        controller.back_action.setText(translate("Articles", "&Back"))
        controller.back_action.setStatusTip(
            translate("Articles", "Back to where you were before following a reference")
        )
        controller.cited_by_action.setText(translate("Articles", "&Cited By"))
        controller.cited_by_action.setStatusTip(
            translate("Articles", "The documents of the library that cite this one")
        )

    i18n.live(menu, texts)


def _action(window, menu, name: str, slot, keys: str) -> QAction:
    action = QAction(window)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    menu.addAction(action)
    return action
