"""A refused write is told in the reader's language and names the file they chose."""

from __future__ import annotations

import errno

from viewer.core.base.write_errors import write_failure
from viewer.core.i18n import language

TEMPORARY = "/proc/.e.docx.u4wkzdq3.tmp"


def test_the_chosen_path_not_the_temporary_file_and_no_os_english():
    error = OSError(errno.ENOENT, "No such file or directory", TEMPORARY)
    assert write_failure(error, "/proc/e.docx") == (
        "/proc/e.docx cannot be written: its folder does not accept new files."
    )
    language.set_language("zh")
    assert write_failure(error, "/proc/e.docx") == "无法写入 /proc/e.docx：所在文件夹不接受新文件。"


def test_each_kind_of_refusal_has_its_own_sentence():
    language.set_language("zh")
    said = {
        number: write_failure(OSError(number, "x", TEMPORARY), "a.md")
        for number in (errno.EACCES, errno.EROFS, errno.ENOSPC, errno.EIO)
    }
    assert said[errno.EACCES] == "无法写入 a.md：没有权限。"
    assert said[errno.EROFS] == "无法写入 a.md：磁盘为只读。"
    assert said[errno.ENOSPC] == "磁盘已满，未写入任何内容：a.md"
    assert said[errno.EIO] == "无法写入 a.md（系统错误 EIO）。"
