"""A document whose file name is not valid UTF-8 opens, shows U+FFFD, and is remembered."""

from __future__ import annotations

import os

import pytest

from tests.ui.conftest import open_and_wait
from viewer.core.base.settings import load_settings

pytestmark = pytest.mark.gui


def test_undecodable_file_name_opens_and_survives_saving_the_settings(qtbot, window, tmp_path):
    raw = os.fsencode(tmp_path) + b"/\xff\xfe\xe6\xb3\x95.md"  # not UTF-8, then 法
    with open(raw, "w", encoding="utf-8") as handle:
        handle.write("正文提到数据出境。\n\n## 小节\n\n内容。\n")
    path = os.fsdecode(raw)
    document = open_and_wait(qtbot, window, path)
    assert document.title == "\ufffd\ufffd法"
    assert window.windowTitle().startswith("\ufffd\ufffd法")
    assert window.metadata.values["File"].endswith("/\ufffd\ufffd法.md")
    window.save_state()  # also what closing the window does
    assert load_settings().recent_files[0] == path  # the exact name, to open it again
