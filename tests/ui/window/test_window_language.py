"""The window speaks one language at a time (issue 15): menus, panels, status bar and dialogs
switch at once, features find menus by id whatever they show, --lang holds for one run."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget, QMenu

from tests.ui.conftest import open_and_wait
from viewer.core.base.settings import load_settings, save_settings
from viewer.core.i18n import language
from viewer.ui.common import i18n

pytestmark = pytest.mark.gui

# Names a Chinese interface keeps in Latin letters: formats, key names, its own language name.
ALLOWED_LATIN = {"PDF", "Word", "HTML", "Markdown", "CSV", "Ctrl", "Shift", "Alt", "English"}
HAN = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# Built by other features (File › Export, Print): their owners translate them.
OTHERS = {"exportMenu", "print"}


def switch(qtbot, code: str) -> None:
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install(code)


def menu_texts(menu: QMenu) -> list[str]:
    """Every title and action text of `menu` and its submenus that the reader can see."""
    texts = [menu.title()]
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible() or action.objectName() in OTHERS:
            continue
        sub = action.menu()
        if sub is not None and sub.objectName() in OTHERS:
            continue
        texts += menu_texts(sub) if sub is not None else [action.text()]
    return texts


def window_texts(window) -> list[str]:
    texts = [window.windowTitle(), window.zoom_label.text(), window.placeholder.text()]
    for action in window.menuBar().actions():
        texts += menu_texts(action.menu())
    texts += [dock.windowTitle() for dock in window.findChildren(QDockWidget)]
    return [t for t in texts if t]


def latin_words(text: str) -> set[str]:
    return {w for w in LATIN_WORD.findall(text.replace("&", "")) if w not in ALLOWED_LATIN}


def test_switching_retitles_every_menu_action_and_panel_at_once(qtbot, window):
    english = window_texts(window)
    assert "&View" in english and "Zoom 100%" in english and "Topics" in english
    switch(qtbot, "zh")
    chinese = window_texts(window)
    assert "视图(&V)" in chinese and "缩放 100%" in chinese and "专题" in chinese
    assert window.windowTitle() == "简报阅读器"
    untranslated = {t: latin_words(t) for t in chinese if latin_words(t)}
    assert not untranslated, untranslated
    switch(qtbot, "en")
    assert window_texts(window) == english
    language_names = ("中文（简体）", "中文（简体）(&Z)")  # in its own script, with its letter
    assert not [t for t in english if HAN.search(t) and t not in language_names]


def test_menus_are_found_by_id_whatever_language_they_show(qtbot, window):
    switch(qtbot, "zh")
    file_menu = window.menu("&File")
    assert file_menu.objectName() == "menu_file" and file_menu.title() == "文件(&F)"
    bookmarks = window.menu("&Bookmarks")  # a feature asks with the English title
    assert window.menu("Bookmarks") is bookmarks and bookmarks.title() == "书签(&B)"
    titles = [a.menu().objectName() for a in window.menuBar().actions()]
    assert titles[-2:] == ["menu_bookmarks", "menu_help"]  # Help stays last
    unknown = window.menu("&Tools")  # no translation: its English title, still one menu
    assert unknown.title() == "&Tools" and window.menu("Tools") is unknown


def test_feature_docks_get_live_translated_titles(qtbot, window):
    reserved = window.dock_for("searchDock", "Search")
    own = QDockWidget("Library", window)  # a feature's own dock, added with its English title
    own.setObjectName("libraryDock")
    window.add_dock(own)
    switch(qtbot, "zh")
    assert (reserved.windowTitle(), own.windowTitle()) == ("搜索", "文库")
    assert reserved.toggleViewAction().text() == "搜索"  # View › Panels follows
    assert window.dock_for("searchDock", "Search") is reserved
    switch(qtbot, "en")
    assert (reserved.windowTitle(), own.windowTitle()) == ("Search", "Library")


def test_document_title_status_and_zoom_follow_the_switch(qtbot, window, sample_md):
    open_and_wait(qtbot, window, sample_md)
    window.set_zoom(3)
    switch(qtbot, "zh")
    assert window.windowTitle() == "测试简报 — 简报阅读器"
    assert window.zoom_label.text() == "缩放 125%"
    window.step_pane(1)
    assert "第 2 个专题，共 3 个" in window.statusBar().currentMessage()
    switch(qtbot, "en")
    window.step_pane(1)
    assert "topic 3 of 3" in window.statusBar().currentMessage()
    assert window.zoom_label.text() == "Zoom 125%"


def test_a_settings_notice_is_redrawn_in_the_new_language(qtbot):
    from viewer.core.base.paths import app_paths
    from viewer.ui.window.main_window import MainWindow

    path = app_paths().settings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"zoom": "abc"}', "utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    assert "reset to their defaults: text size (zoom)" in window.info_bar.label.text()
    switch(qtbot, "zh")
    assert "已恢复为默认值：文字大小（zoom）" in window.info_bar.label.text()


def test_the_choice_is_saved_on_close_and_survives_a_restart(qtbot):
    from viewer.ui.window.main_window import MainWindow

    window = MainWindow(theme_mode="light")
    qtbot.addWidget(window)
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        window.language_actions["zh"].trigger()
    window.close()
    assert load_settings().language == "zh"
    assert language.choose(None, load_settings().language, {"LANG": "en_US.UTF-8"}) == "zh"


def _open(qtbot, argv, sample_md):
    from viewer.cli.main import build_parser
    from viewer.ui.window.app import open_window

    args = build_parser().parse_args([str(sample_md), "--theme", "light", *argv])
    window = open_window(QApplication.instance(), args, sample_md, None, None)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.current_document is not None, timeout=10_000)
    return window


def test_lang_option_beats_the_setting_and_is_not_saved(qtbot, sample_md):
    from viewer.ui.common.workers import wait_for_all

    settings = load_settings()
    settings.language = "zh"
    save_settings(settings)
    window = _open(qtbot, ["--lang", "en"], sample_md)
    try:
        assert i18n.installed() == "en" and window.menu("&File").title() == "&File"
        assert window.language_actions["en"].isChecked()
    finally:
        window.close()
        wait_for_all(30_000)
    assert load_settings().language == "zh"  # --lang was for that run only


def test_focusable_window_controls_have_accessible_names_in_each_language(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    def focusable() -> list[QWidget]:
        """Controls of ui/window and ui/common (the document panels are ui/document's)."""
        return [
            widget
            for widget in window.findChildren(QWidget)
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not widget.inherits("QDockWidget")  # its title bar names it
            and not window.outline.isAncestorOf(widget)
            and not window.metadata.isAncestorOf(widget)
            and not isinstance(widget, QMenu)
        ]

    window.info_bar.show_messages(["a warning"])
    assert window.pane_list in focusable() and window.info_bar.close_button in focusable()
    assert window.pane_list.accessibleName() == "Topics"
    assert window.info_bar.close_button.accessibleName() == "Dismiss"
    switch(qtbot, "zh")
    assert window.pane_list.accessibleName() == "专题"
    assert window.info_bar.close_button.accessibleName() == "关闭"
    assert window.pane_list.accessibleDescription() == "文档的各个专题，选择其一即可阅读。"
    unnamed = [type(w).__name__ for w in focusable() if not w.accessibleName()]
    assert not unnamed


def test_about_box_and_open_dialog_speak_the_interface_language(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from viewer.ui.window import file_dialogs

    seen = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: seen.append(title))
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda _parent, title, _start, filters: (
            seen.append(title) or seen.append(filters) or ("", "")
        ),
    )
    switch(qtbot, "zh")
    window.findChild(type(window.next_pane_action), "about").trigger()
    window.findChild(type(window.next_pane_action), "open").trigger()
    assert seen[:2] == ["关于简报阅读器", "打开简报"]
    assert seen[2].startswith("文档 (*.md ") and "所有文件 (*)" in seen[2]
    without_patterns = re.sub(r"\([^)]*\)", "", seen[2])
    assert not latin_words(without_patterns)
    switch(qtbot, "en")
    assert file_dialogs.open_filter().startswith("Documents (*.md ")
