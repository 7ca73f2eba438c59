"""Atomic writes only ever replace a regular file: links, FIFOs, devices and folders stay."""

from __future__ import annotations

import os
import stat

import pytest

from viewer.core.base.atomic_file import check_new_output, write_text_atomic
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


def test_a_new_file_gets_the_user_s_usual_permissions_and_a_replaced_one_keeps_its_own(tmp_path):
    new = tmp_path / "memo.md"
    write_text_atomic(new, "甲")
    usual = 0o666 & ~_current_umask()
    assert stat.S_IMODE(os.stat(new).st_mode) == usual  # not mkstemp's owner-only 0600
    kept = tmp_path / "shared.md"
    kept.write_text("旧", encoding="utf-8")
    os.chmod(kept, 0o640)
    write_text_atomic(kept, "新")
    assert stat.S_IMODE(os.stat(kept).st_mode) == 0o640


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_an_output_in_a_missing_folder_or_over_its_own_source_is_refused(tmp_path):
    source = tmp_path / "page.html"
    source.write_text("<p>甲</p>", encoding="utf-8")
    with pytest.raises(StorageError, match="There is no folder"):
        check_new_output(tmp_path / "typo" / "out.md", (source,))
    assert not (tmp_path / "typo").exists()
    with pytest.raises(StorageError, match="being read"):
        check_new_output(tmp_path / "." / "page.html", (source,))
    check_new_output(tmp_path / "out.md", (source,))  # a new file beside it is fine
