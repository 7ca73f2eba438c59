"""Atomic writes only ever replace a regular file: links, FIFOs, devices and folders stay."""

from __future__ import annotations

import os
import stat

import pytest

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.base.errors import StorageError
from viewer.core.base.settings import Settings, save_settings


def test_writes_new_and_regular_files(tmp_path):
    target = tmp_path / "sub" / "out.md"
    write_text_atomic(target, "一")
    write_text_atomic(target, "二")
    assert target.read_text(encoding="utf-8") == "二"


@pytest.mark.parametrize("kind", ["symlink", "fifo", "folder", "dangling-symlink"])
def test_refuses_non_regular_targets_and_leaves_them(tmp_path, kind):
    victim = tmp_path / "victim.txt"
    victim.write_text("原样", encoding="utf-8")
    target = tmp_path / "target"
    if kind == "symlink":
        target.symlink_to(victim)
    elif kind == "dangling-symlink":
        target.symlink_to(tmp_path / "nowhere")
    elif kind == "fifo":
        os.mkfifo(target)
    else:
        target.mkdir()
    mode = os.lstat(target).st_mode
    with pytest.raises(StorageError, match="not a regular file"):
        write_text_atomic(target, "新内容")
    assert os.lstat(target).st_mode == mode
    assert victim.read_text(encoding="utf-8") == "原样"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["target", "victim.txt"]


def test_settings_are_not_written_through_a_symlink(tmp_path):
    victim = tmp_path / "elsewhere.json"
    victim.write_text("{}", encoding="utf-8")
    link = tmp_path / "settings.json"
    link.symlink_to(victim)
    with pytest.raises(StorageError):
        save_settings(Settings(zoom=3), link)
    assert stat.S_ISLNK(os.lstat(link).st_mode) and victim.read_text(encoding="utf-8") == "{}"


def test_the_refusal_is_also_an_os_error_for_callers_that_only_expect_those(tmp_path):
    link = tmp_path / "cache.json"
    link.symlink_to(tmp_path / "elsewhere.json")
    with pytest.raises(OSError, match="symbolic link"):
        write_text_atomic(link, "{}")
