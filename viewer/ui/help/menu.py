"""The Help menu's Keyboard Shortcuts (F1, Ctrl+/) and User Guide entries.

The dialogs load when first asked for, so start-up pays only for the two actions.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate

SHORTCUT_KEYS = ("F1", "Ctrl+/")


def install_help(window) -> None:
    """Add Keyboard Shortcuts and User Guide to `window`'s Help menu (before About)."""
    help_menu = window.menu("&Help")
    shortcuts = QAction(window)
    shortcuts.setObjectName("keyboard_shortcuts")
    shortcuts.setShortcuts([QKeySequence(k) for k in SHORTCUT_KEYS])
    shortcuts.triggered.connect(lambda _checked=False: show_shortcuts(window))
    guide = QAction(window)
    guide.setObjectName("user_guide")
    guide.triggered.connect(lambda _checked=False: show_guide(window))
    for action in (shortcuts, guide):
        window.addAction(action)  # the keys work while the menu bar is hidden
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertActions(first, [shortcuts, guide])
    if first is not None:
        help_menu.insertSeparator(first)

    def texts() -> None:
        shortcuts.setText(translate("Help", "&Keyboard Shortcuts"))
        shortcuts.setStatusTip(translate("Help", "List every keyboard shortcut, with a filter"))
        guide.setText(translate("Help", "User &Guide"))
        guide.setStatusTip(translate("Help", "Read the guide to the viewer, offline"))

    i18n.live(help_menu, texts)
    window.help_actions = {"shortcuts": shortcuts, "guide": guide}


def show_shortcuts(window):
    from viewer.ui.help.shortcuts_dialog import ShortcutsDialog

    dialog = getattr(window, "shortcuts_dialog", None)
    if dialog is None:
        dialog = window.shortcuts_dialog = ShortcutsDialog(window)
    dialog.open_list()
    return dialog


def show_guide(window):
    from viewer.ui.help.guide_window import GuideWindow

    guide = getattr(window, "guide_window", None)
    if guide is None:
        guide = window.guide_window = GuideWindow(window)
    guide.follow_zoom(getattr(window, "zoom", 0))
    guide.show()
    guide.raise_()
    guide.activateWindow()
    guide.contents.setFocus()
    return guide
