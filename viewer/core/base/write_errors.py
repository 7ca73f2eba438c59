"""Why a file could not be written, in the reader's language, naming the file they chose.

The operating system's own text ("No such file or directory") is English whatever the
interface language, and names the temporary file an atomic write really opened
(.e.docx.u4wkzdq3.tmp), which the reader never chose; both are replaced here.
"""

from __future__ import annotations

import errno
from pathlib import Path

from viewer.core.i18n.catalogue import translate


def write_failure(error: OSError, shown: Path | str) -> str:
    """One sentence for `error`, naming `shown` (the path as the reader gave it)."""
    number = error.errno
    if number == errno.ENOSPC:
        message = translate("Files", "The disk is full; nothing was written: {file}")
    elif number in (errno.EACCES, errno.EPERM):
        message = translate("Files", "{file} cannot be written: permission denied.")
    elif number == errno.EROFS:
        message = translate("Files", "{file} cannot be written: the disk is read-only.")
    elif number in (errno.ENOENT, errno.ENOTDIR):
        message = translate(
            "Files", "{file} cannot be written: its folder does not accept new files."
        )
    else:
        message = translate("Files", "{file} cannot be written (system error {code}).")
    code = errno.errorcode.get(number, str(number)) if number is not None else "?"
    return message.format(file=shown, code=code)
