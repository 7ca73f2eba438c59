"""View › Language: follow the system, 中文（简体） or English, switched at once and remembered."""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from viewer.core.i18n import language
from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate

CHOICES = ("system", *language.LANGUAGES)
# Each name in its own script; the accelerator as each script's menus write it.
MENU_NAMES = {
    "zh": language.LANGUAGE_NAMES["zh"] + "(&Z)",
    "en": "&" + language.LANGUAGE_NAMES["en"],
}


def build_language_menu(window, view_menu: QMenu) -> QMenu:
    menu = view_menu.addMenu("")
    menu.setObjectName("language_menu")
    group = QActionGroup(window)
    window.language_actions = {}
    for choice in CHOICES:
        action = QAction(MENU_NAMES.get(choice, ""), window)
        action.setObjectName(f"language_{choice}")
        action.setCheckable(True)
        # --lang (this run only) is checked over the saved choice
        action.setChecked(
            choice == (getattr(window, "run_language", None) or window.settings.language)
        )
        action.triggered.connect(partial(_switch, window, choice))
        group.addAction(action)
        menu.addAction(action)
        window.language_actions[choice] = action

    def texts() -> None:
        menu.setTitle(translate("Window", "&Language"))
        # Language names stay in their own script; only "follow the system" is translated.
        window.language_actions["system"].setText(translate("Window", "Follow &System"))

    i18n.live(menu, texts)
    return menu


def _switch(window, choice: str, _checked: bool = False) -> None:
    window.settings.language = choice
    i18n.install(language.choose(None, choice))
