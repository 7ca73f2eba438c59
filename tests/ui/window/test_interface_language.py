"""The whole interface speaks one language: no English left in the Chinese interface, no Chinese
in the English one (language names and the document's own content aside).

The window gets everything a reader meets: the briefing, a search with results, bookmarks, a
library of generated laws, and every dialog its menus open (shown, not run modally). It is
built in English and then switched live, so texts set only at construction are caught too.
A failure lists each offending string under the widget path or menu entry that shows it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar

from tests.ui.window.dialog_catcher import DialogCatcher, dialogs_from_menus
from tests.ui.window.full_window import (
    capture_popup,
    document_window,
    library_window,
    make_laws,
    save_screenshots,
)
from tests.ui.window.interface_texts import TextWalk, offenders, plain, report
from viewer.ui.common import i18n

pytestmark = pytest.mark.gui


def content_widgets(window) -> set[int]:
    """Widgets whose text is the document itself: the reading views and the info table."""
    from PySide6.QtWidgets import QTextBrowser

    from viewer.ui.document.topic_pane import TopicPane

    shown = {id(view) for view in window.findChildren(TopicPane)}
    shown.add(id(window.metadata.view))
    for top in QApplication.topLevelWidgets():  # version comparisons show two documents
        if type(top).__name__ == "CompareView":
            shown |= {id(b) for b in top.findChildren(QTextBrowser)}
    return shown


def skipped_actions(window) -> set[int]:
    """Menu entries that show document content or language names, not interface text."""
    skip = {id(a) for a in window.pane_actions} | {id(a) for a in window.recent_menu.actions()}
    skip |= {id(a) for name, a in window.language_actions.items() if name != "system"}
    return skip


def walk_window(window, content: set[str]) -> TextWalk:
    from PySide6.QtWidgets import QDockWidget

    walk = TextWalk(content, content_widgets(window))
    walk.add("MainWindow [windowTitle]", window.windowTitle())
    skip = skipped_actions(window)
    for action in window.menuBar().actions():
        if action.menu() is not None:
            walk.menu(action.menu(), f"Menu {plain(action.menu().title())}", skip)
    for label in window.metadata.values:  # the info table's labels; its values are content
        walk.add("Info panel label", label)
    walk.widget_tree(window.centralWidget(), "Central")
    for dock in window.findChildren(QDockWidget):
        dock.raise_()
        walk.widget_tree(dock, f"Dock #{dock.objectName()}")
    walk.widget_tree(window.statusBar(), "StatusBar")
    walk.add("StatusBar [message]", window.statusBar().currentMessage())
    for bar in window.findChildren(QTabBar):
        if bar.parentWidget() is window and bar.isVisible():  # tabs of docks stacked together
            walk.widget(bar, "Dock tabs")
    return walk


def walk_context_menu(qtbot, window, walk: TextWalk) -> None:
    """The reading view's context menu, opened from the keyboard as a reader would."""
    window.current_view().setFocus()
    for text in capture_popup(qtbot, window, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier):
        walk.add(f"Reading view context menu › {plain(text)}", text)


def walk_dialogs(window, walk: TextWalk, catcher: DialogCatcher) -> None:
    """Every dialog the menus open ('…' entries), and the file pickers' captions and filters."""
    for where, tops in dialogs_from_menus(window, catcher, skipped_actions(window)):
        for caption, file_filter in catcher.file_prompts:
            walk.add(f"{where} [file dialog caption]", caption)
            walk.add(f"{where} [file dialog filter]", file_filter)
        for top in tops:
            walk.widget_tree(top, f"{where} {type(top).__name__}")


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
@pytest.mark.parametrize("code", ["en", "zh"])
def test_every_visible_string_is_in_the_interface_language(
    qtbot, window, tmp_path, monkeypatch, code
):
    shown = document_window(qtbot, window)
    shown = library_window(qtbot, window, make_laws(tmp_path / "法律库"), shown)
    catcher = DialogCatcher(monkeypatch)
    # Built in English, then switched: texts set only at construction would stay behind.
    for step in ("zh", code) if code == "en" else (code,):
        with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
            i18n.install(step)
        # a notice the core worded is worded again by running the search once more
        search = window.search_panel.controller
        qtbot.waitUntil(lambda s=search: not s.pending_work(), timeout=10_000)
    save_screenshots(window, code)  # only with BRIEFING_VIEWER_SHOTS=<folder>
    walk = walk_window(window, shown.content)
    walk_context_menu(qtbot, window, walk)
    walk_dialogs(window, walk, catcher)
    assert len(walk.texts) > 50, "the walk saw too little of the window to judge it"
    found = offenders(walk.texts, code)
    assert not found, report(found, code)


def test_the_check_allows_format_and_key_names_and_catches_mixed_labels():
    from tests.ui.window.interface_texts import chinese_chars, latin_words

    assert latin_words(plain("导出为 PDF、Word（*.docx）… Ctrl+Shift+F3, Esc")) == []
    assert latin_words(plain("文件(&F)")) == []
    assert latin_words(plain("<b>语言</b>：English")) == []
    assert latin_words("搜索 Search (Ctrl+F)") == ["Search"]
    assert chinese_chars("Language: 中文（简体）") == []
    assert chinese_chars("Articles 条文") == ["条", "文"]
