"""View › Language switches the interface at once, without a restart, and is remembered."""

from __future__ import annotations

import pytest

from viewer.core.base.settings import load_settings, save_settings
from viewer.core.i18n import language
from viewer.ui.common import i18n

pytestmark = pytest.mark.gui


def _language_menu(window):
    return window.findChild(type(window.menuBar().actions()[0].menu()), "language_menu")


def test_switching_language_retitles_menus_at_once_and_is_saved(window, qtbot):
    menu = _language_menu(window)
    assert menu.title().replace("&", "") == "Language"
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        window.language_actions["zh"].trigger()
    assert menu.title() == "语言(&L)"
    assert window.language_actions["system"].text() == "跟随系统(&S)"
    assert language.current() == "zh"  # the core's messages follow
    save_settings(window.settings)
    assert load_settings().language == "zh"
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        window.language_actions["en"].trigger()
    assert menu.title().replace("&", "") == "Language"


def test_language_names_stay_in_their_own_script(window, qtbot):
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install("zh")
    assert window.language_actions["en"].text().replace("&", "") == "English"
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install("en")
    assert window.language_actions["zh"].text() == "中文（简体）(&Z)"


def test_qt_standard_buttons_follow_the_language(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install("zh")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
