"""The main window's menus and keyboard shortcuts, kept apart from its layout and state.

Shortcuts: Ctrl+O open, Ctrl+Shift+O open a folder as a library, Ctrl+P print (File › Export
holds PDF, Word, HTML, Markdown), Ctrl+Q quit, Ctrl+1..9 topic N, Ctrl+PgDn / Ctrl+PgUp
next/previous topic, Ctrl+= (or Ctrl++) / Ctrl+- / Ctrl+0 zoom in / out / reset.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from viewer.ui.common import i18n
from viewer.ui.common.i18n import QT_TRANSLATE_NOOP, translate
from viewer.ui.common.pane_names import shown_pane_title
from viewer.ui.export.menu import build_export_menu
from viewer.ui.help import install_help
from viewer.ui.window.context_menus import install_topic_menu
from viewer.ui.window.file_dialogs import about, open_dialog
from viewer.ui.window.language_menu import build_language_menu
from viewer.ui.window.theme import THEMES

if TYPE_CHECKING:
    from viewer.ui.window.menu_host import MenuHost

CONTEXT = "Window"
MENU_ORDER = ("&File", "&View", "&Go", "&Help")
# Top-level menu titles, the window's and those the features ask for by their English title.
MENU_TITLES = (
    QT_TRANSLATE_NOOP("Window", "&File"),
    QT_TRANSLATE_NOOP("Window", "&View"),
    QT_TRANSLATE_NOOP("Window", "&Go"),
    QT_TRANSLATE_NOOP("Window", "&Search"),
    QT_TRANSLATE_NOOP("Window", "&Bookmarks"),
    QT_TRANSLATE_NOOP("Window", "&Articles"),
    QT_TRANSLATE_NOOP("Window", "&Help"),
)
THEME_NAMES = {
    "system": QT_TRANSLATE_NOOP("Window", "Follow &System"),
    "light": QT_TRANSLATE_NOOP("Window", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Window", "&Dark"),
}


def menu_id(title: str) -> str:
    """The stable object name of a top-level menu: "&View" -> "menu_view"."""
    return "menu_" + "_".join(title.replace("&", "").lower().split())


def _top_menu(window: MenuHost, name: str) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.menu().objectName() == name:
            return action.menu()
    return None


def menu(window: MenuHost, title: str, context: str = CONTEXT) -> QMenu:
    """The top-level menu with the English `title` ('&' optional), found by its id whatever
    language it shows; a new one is titled `title` translated in `context`, before Help."""
    found = _top_menu(window, menu_id(title))
    if found is not None:
        return found
    new = QMenu(window)
    new.setObjectName(menu_id(title))
    i18n.live(new, lambda: new.setTitle(translate(context, title)))
    help_menu = _top_menu(window, menu_id("&Help"))
    if help_menu is not None:
        window.menuBar().insertMenu(help_menu.menuAction(), new)
    else:
        window.menuBar().addMenu(new)
    return new


def _call(fn, *args, **_ignored) -> None:
    """Slot adapter: QAction.triggered passes `checked`, which the targets do not take."""
    fn(*args)


def _action(window, text, slot, shortcuts=(), name: str = "") -> QAction:
    """An action titled `text` (English, marked with QT_TRANSLATE_NOOP), shown translated."""
    action = QAction(window)
    action.setObjectName(name or text.replace("&", "").replace("…", "").replace(" ", "_").lower())
    i18n.live(action, lambda: action.setText(translate(CONTEXT, text)))
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.triggered.connect(partial(_call, slot))
    window.addAction(action)  # shortcuts work even while the menu bar is hidden
    return action


def build_menus(window: MenuHost) -> None:
    for title in MENU_ORDER:
        menu(window, title)
    _build_file_menu(window, menu(window, "&File"))
    _build_view_menu(window, menu(window, "&View"))
    _build_go_menu(window, menu(window, "&Go"))
    about_action = _action(window, QT_TRANSLATE_NOOP("Window", "&About"), lambda: about(window))
    menu(window, "&Help").addAction(about_action)
    install_help(window)
    install_topic_menu(window)


def _build_file_menu(window: MenuHost, file_menu: QMenu) -> None:
    file_menu.addAction(
        _action(
            window, QT_TRANSLATE_NOOP("Window", "&Open…"), lambda: open_dialog(window), ["Ctrl+O"]
        )
    )
    folder = QT_TRANSLATE_NOOP("Window", "Open &Folder…")
    file_menu.addAction(_action(window, folder, lambda: open_folder(window), ["Ctrl+Shift+O"]))
    window.recent_menu = file_menu.addMenu("")
    window.recent_menu.setObjectName("recent_menu")

    def recent_texts() -> None:
        window.recent_menu.setTitle(translate("Window", "Open &Recent"))
        rebuild_recent_menu(window)

    i18n.live(window.recent_menu, recent_texts)
    window.recent_menu.aboutToShow.connect(lambda: rebuild_recent_menu(window))
    save = QT_TRANSLATE_NOOP("Window", "Save as &Markdown…")
    file_menu.addAction(_action(window, save, lambda: _save_markdown(window)))
    build_export_menu(window, file_menu)
    file_menu.addSeparator()
    file_menu.addAction(
        _action(window, QT_TRANSLATE_NOOP("Window", "&Quit"), window.close, ["Ctrl+Q"])
    )


def _build_view_menu(window: MenuHost, view: QMenu) -> None:
    zoom_in = QT_TRANSLATE_NOOP("Window", "Zoom &In")
    zoom_out = QT_TRANSLATE_NOOP("Window", "Zoom &Out")
    reset = QT_TRANSLATE_NOOP("Window", "&Reset Zoom")
    view.addAction(
        _action(window, zoom_in, lambda: window.set_zoom(window.zoom + 1), ["Ctrl+=", "Ctrl++"])
    )
    view.addAction(_action(window, zoom_out, lambda: window.set_zoom(window.zoom - 1), ["Ctrl+-"]))
    view.addAction(_action(window, reset, lambda: window.set_zoom(0), ["Ctrl+0"]))
    view.addSeparator()
    theme_menu = view.addMenu("")
    theme_menu.setObjectName("theme_menu")
    group = QActionGroup(window)
    window.theme_actions = {}
    for mode in THEMES:
        action = QAction(window)
        action.setObjectName(f"theme_{mode}")
        action.setCheckable(True)
        action.triggered.connect(partial(_call, window.set_theme, mode))
        group.addAction(action)
        theme_menu.addAction(action)
        window.theme_actions[mode] = action

    def texts() -> None:
        theme_menu.setTitle(translate("Window", "&Theme"))
        for mode, action in window.theme_actions.items():
            action.setText(translate("Window", THEME_NAMES[mode]))

    i18n.live(theme_menu, texts)
    build_language_menu(window, view)
    view.addMenu(window.panels_menu)


def _build_go_menu(window: MenuHost, go: QMenu) -> None:
    window.next_pane_action = _action(
        window,
        QT_TRANSLATE_NOOP("Window", "&Next Topic"),
        lambda: window.step_pane(1),
        ["Ctrl+PgDown"],
    )
    window.prev_pane_action = _action(
        window,
        QT_TRANSLATE_NOOP("Window", "&Previous Topic"),
        lambda: window.step_pane(-1),
        ["Ctrl+PgUp"],
    )
    go.addActions([window.next_pane_action, window.prev_pane_action])
    library_search = QT_TRANSLATE_NOOP("Window", "Search &Library…")
    go.addAction(_action(window, library_search, lambda: search_library(window), ["Ctrl+Shift+F"]))
    go.addSeparator()
    window.pane_actions = []
    for number in range(1, 10):
        action = QAction(window)
        action.setObjectName(f"topic_{number}")
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        action.setProperty("shortcut_series", QT_TRANSLATE_NOOP("Help", "Go to topic 1–9"))
        action.triggered.connect(partial(_call, window.show_pane_number, number))
        window.addAction(action)
        action.setVisible(False)
        go.addAction(action)
        window.pane_actions.append(action)
    i18n.live(go, lambda: rebuild_go_menu(window))


def _save_markdown(window: MenuHost) -> None:
    from viewer.ui.document.save_markdown import save_as_markdown  # loaded on use

    save_as_markdown(window)


def rebuild_go_menu(window: MenuHost) -> None:
    """Name the Ctrl+1..9 entries after the document's first nine topics."""
    panes = window.current_document.panes if window.current_document else []
    for number, action in enumerate(window.pane_actions, start=1):
        if number <= len(panes):
            action.setText(f"&{number} {shown_pane_title(panes[number - 1].title)}")
        else:
            action.setText(translate("Window", "Topic {number}").format(number=number))
        action.setVisible(number <= len(panes))


def rebuild_recent_menu(window: MenuHost) -> None:
    """Rebuilt each time the menu opens (and on a language switch)."""
    window.recent_menu.clear()
    for number, entry in enumerate(window.settings.recent_files, 1):
        action = window.recent_menu.addAction(_numbered(number, entry))
        action.triggered.connect(partial(_call, window.open_document, entry))
    if not window.settings.recent_files:
        window.recent_menu.addAction(translate("Window", "No recent files")).setEnabled(False)
        return
    window.recent_menu.addSeparator()
    window.recent_menu.addAction(translate("Window", "&Clear List")).triggered.connect(
        lambda: window.settings.recent_files.clear()
    )


def _numbered(number: int, path: str) -> str:
    """'&1 path' … '1&0 path': Alt+F, R, then a digit; a '&' in the path stays a '&'."""
    digits = str(number)
    return f"{digits[:-1]}&{digits[-1]} {path.replace('&', '&&')}"


def sync_theme_actions(window: MenuHost) -> None:
    action = window.theme_actions.get(window.theme_mode) or window.theme_actions["system"]
    action.setChecked(True)


def open_folder(window: MenuHost) -> None:
    from viewer.ui.library.docks import open_folder_dialog  # loads the library code on demand

    open_folder_dialog(window)


def search_library(window: MenuHost) -> None:
    from viewer.ui.library.docks import focus_library_search  # loads the library code on demand

    focus_library_search(window)
