"""The main window's menus and keyboard shortcuts, kept apart from its layout and state.

Shortcuts: Ctrl+O open, Ctrl+Shift+O open a folder as a library, Ctrl+P print (File › Export
holds PDF, Word, HTML, Markdown), Ctrl+Q quit, Ctrl+1..9 topic N, Ctrl+PgDn / Ctrl+PgUp
next/previous topic, Ctrl+= (or Ctrl++) / Ctrl+- / Ctrl+0 zoom in / out / reset.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from viewer import __version__
from viewer.core.formats.registry import OPEN_FILTER
from viewer.ui.export.menu import build_export_menu
from viewer.ui.help import install_help
from viewer.ui.window.language_menu import build_language_menu
from viewer.ui.window.theme import THEMES

if TYPE_CHECKING:
    from viewer.ui.window.menu_host import MenuHost

MENU_ORDER = ("&File", "&View", "&Go", "&Help")


def menu(window: MenuHost, title: str) -> QMenu:
    """The top-level menu called `title` ('&' optional); new ones go before Help."""
    bare = title.replace("&", "")
    bar = window.menuBar()
    for action in bar.actions():
        if action.menu() and action.text().replace("&", "") == bare:
            return action.menu()
    new = QMenu(title, window)
    help_action = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
    if help_action is not None:
        bar.insertMenu(help_action, new)
    else:
        bar.addMenu(new)
    return new


def _call(fn, *args, **_ignored) -> None:
    """Slot adapter: QAction.triggered passes `checked`, which the targets do not take."""
    fn(*args)


def _action(window, text, slot, shortcuts=(), name: str = "") -> QAction:
    action = QAction(text, window)
    action.setObjectName(name or text.replace("&", "").replace(" ", "_").lower())
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.triggered.connect(partial(_call, slot))
    window.addAction(action)  # shortcuts work even while the menu bar is hidden
    return action


def build_menus(window: MenuHost) -> None:
    for title in MENU_ORDER:
        menu(window, title)
    file_menu = menu(window, "&File")
    file_menu.addAction(_action(window, "&Open…", lambda: open_dialog(window), ["Ctrl+O"]))
    file_menu.addAction(
        _action(window, "Open &Folder…", lambda: open_folder(window), ["Ctrl+Shift+O"])
    )
    window.recent_menu = file_menu.addMenu("Open &Recent")
    window.recent_menu.aboutToShow.connect(lambda: rebuild_recent_menu(window))
    rebuild_recent_menu(window)
    file_menu.addAction(_action(window, "Save as &Markdown…", lambda: _save_markdown(window)))
    build_export_menu(window, file_menu)
    file_menu.addSeparator()
    file_menu.addAction(_action(window, "&Quit", window.close, ["Ctrl+Q"]))

    view = menu(window, "&View")
    view.addAction(
        _action(window, "Zoom &In", lambda: window.set_zoom(window.zoom + 1), ["Ctrl+=", "Ctrl++"])
    )
    view.addAction(
        _action(window, "Zoom &Out", lambda: window.set_zoom(window.zoom - 1), ["Ctrl+-"])
    )
    view.addAction(_action(window, "&Reset Zoom", lambda: window.set_zoom(0), ["Ctrl+0"]))
    view.addSeparator()
    theme_menu = view.addMenu("&Theme")
    group = QActionGroup(window)
    window.theme_actions = {}
    for mode in THEMES:
        action = QAction(mode.capitalize() if mode != "system" else "Follow System", window)
        action.setCheckable(True)
        action.triggered.connect(partial(_call, window.set_theme, mode))
        group.addAction(action)
        theme_menu.addAction(action)
        window.theme_actions[mode] = action
    build_language_menu(window, view)
    view.addMenu(window.panels_menu)

    go = menu(window, "&Go")
    window.next_pane_action = _action(
        window, "&Next Topic", lambda: window.step_pane(1), ["Ctrl+PgDown"]
    )
    window.prev_pane_action = _action(
        window, "&Previous Topic", lambda: window.step_pane(-1), ["Ctrl+PgUp"]
    )
    go.addActions([window.next_pane_action, window.prev_pane_action])
    go.addSeparator()
    window.pane_actions = []
    for number in range(1, 10):
        action = _action(
            window,
            f"Topic {number}",
            lambda n=number: window.show_pane_number(n),
            [f"Ctrl+{number}"],
        )
        action.setVisible(False)
        go.addAction(action)
        window.pane_actions.append(action)

    help_menu = menu(window, "&Help")
    help_menu.addAction(_action(window, "&About", lambda: about(window)))
    install_help(window)


def _save_markdown(window: MenuHost) -> None:
    from viewer.ui.document.save_markdown import save_as_markdown  # loaded on use

    save_as_markdown(window)


def rebuild_go_menu(window: MenuHost) -> None:
    """Name the Ctrl+1..9 entries after the document's first nine topics."""
    panes = window.current_document.panes if window.current_document else []
    for number, action in enumerate(window.pane_actions, start=1):
        if number <= len(panes):
            action.setText(f"&{number} {panes[number - 1].title}")
        action.setVisible(number <= len(panes))


def rebuild_recent_menu(window: MenuHost) -> None:
    window.recent_menu.clear()
    for entry in window.settings.recent_files:
        action = window.recent_menu.addAction(entry)
        action.triggered.connect(partial(_call, window.open_document, entry))
    if not window.settings.recent_files:
        window.recent_menu.addAction("No recent files").setEnabled(False)
        return
    window.recent_menu.addSeparator()
    window.recent_menu.addAction("Clear List").triggered.connect(
        lambda: window.settings.recent_files.clear()
    )


def sync_theme_actions(window: MenuHost) -> None:
    action = window.theme_actions.get(window.theme_mode) or window.theme_actions["system"]
    action.setChecked(True)


def open_dialog(window: MenuHost) -> None:
    from PySide6.QtWidgets import QFileDialog

    start = window.settings.recent_files[0] if window.settings.recent_files else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(
        window, "Open Briefing", str(Path(start).parent), OPEN_FILTER
    )
    if path:
        window.open_document(path)


def open_folder(window: MenuHost) -> None:
    from viewer.ui.library.docks import open_folder_dialog  # loads the library code on demand

    open_folder_dialog(window)


def about(window: MenuHost) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        window,
        "About Briefing Viewer",
        f"Briefing Viewer {__version__}\nA reader for Chinese policy briefings.",
    )
