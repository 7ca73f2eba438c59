"""The core's own messages (settings reset, refused writes) follow the interface language."""

from __future__ import annotations

import os

import pytest

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.base.errors import NotRegularFileError
from viewer.core.base.settings import load_settings
from viewer.core.i18n import language


def test_the_settings_notice_names_the_reset_settings_in_each_language(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"zoom": "abc", "recent_files": 5}', "utf-8")
    settings = load_settings(path)
    english = settings.reset_notice()
    assert english == (
        "Some saved settings were invalid and were reset to their defaults: "
        "text size (zoom), recent files (recent_files)."
    )
    language.set_language("zh")
    assert settings.reset_notice() == (
        "部分已保存的设置无效，已恢复为默认值：文字大小（zoom）、最近打开的文件（recent_files）。"
    )


def test_an_unreadable_settings_file_is_explained_in_chinese(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("not json", "utf-8")
    language.set_language("zh")
    assert "全部（无法读取设置文件）" in load_settings(path).reset_notice()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_refused_write_says_why_in_the_interface_language(tmp_path):
    target = tmp_path / "pipe"
    os.mkfifo(target)
    language.set_language("zh")
    with pytest.raises(NotRegularFileError) as error:
        write_text_atomic(target, "x")
    assert str(error.value) == "pipe 是命名管道（FIFO），不是普通文件，未作改动。请另选文件名。"
    language.set_language("en")
    with pytest.raises(NotRegularFileError) as error:
        write_text_atomic(target, "x")
    assert str(error.value).startswith("pipe is a FIFO (named pipe), not a regular file")
