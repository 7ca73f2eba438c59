"""Which interface language a reader gets: --lang, then the saved choice, then the locale."""

from __future__ import annotations

import pytest

from viewer.core.i18n import language


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.UTF-8"}, "zh"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # neither of ours: English
        ({"LC_ALL": "zh_CN.GB18030", "LANG": "en_US.UTF-8"}, "zh"),  # LC_ALL wins
        ({"LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "zh_CN:en"}, "en"),  # the C locale asks for nothing
        ({"LANGUAGE": "zh_CN:en"}, "zh"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh"),  # LANGUAGE first, as gettext
        ({"LC_ALL": "zh_CN.UTF-8", "LANGUAGE": "en_GB:zh"}, "en"),
        ({"LANG": "zh_CN.UTF-8", "LANGUAGE": "fr:de"}, "zh"),  # none of ours: the locale
        ({}, "en"),
    ],
)
def test_the_system_locale_picks_the_language(env, expected):
    assert language.from_environment(env) == expected


def test_the_command_line_beats_the_saved_choice_which_beats_the_locale():
    chinese_machine = {"LANG": "zh_CN.UTF-8"}
    assert language.choose("en", "zh", chinese_machine) == "en"
    assert language.choose(None, "en", chinese_machine) == "en"
    assert language.choose(None, "system", chinese_machine) == "zh"
    assert language.choose(None, None, {"LANG": "en_US.UTF-8"}) == "en"


def test_an_unknown_code_keeps_the_current_language():
    assert language.set_language("zh_CN.UTF-8") == "zh"
    assert language.set_language("klingon") == "zh"  # unknown: the current language stays
    assert language.current() == "zh"
    language.set_language("en")
    assert language.current() == "en"
