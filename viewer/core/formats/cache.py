"""Converted documents, cached by the file's content: a file is converted once, and a copy, a
rename or a re-save with the same bytes reuses the result."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.base.errors import DocumentError
from viewer.core.base.paths import app_paths
from viewer.core.formats.registry import kind_of, unsupported_reason
from viewer.core.i18n.catalogue import translate

CONVERTER_VERSION = 1  # bump when a converter's output changes: old entries are not reused
_CHUNK = 1 << 20


def convert_file(path: Path | str) -> str:
    """Markdown for an .html/.docx/.pdf file, from the cache or the converter child."""
    path = Path(path)
    kind = kind_of(path)
    if kind is None:
        reason = translate("Formats", "{name} is not a convertible file").format(name=path.name)
        raise DocumentError(unsupported_reason(path) or reason)
    digest = _content_hash(path)
    entry = app_paths().cache / "converted" / f"{digest}-v{CONVERTER_VERSION}.md"
    try:
        return entry.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        pass
    from viewer.core.formats.runner import client

    try:
        markdown = client().convert(os.fspath(path), kind)
    except DocumentError as exc:
        raise DocumentError(_not_converted(path, exc)) from exc
    with contextlib.suppress(OSError):  # an unwritable cache costs a conversion next time
        write_text_atomic(entry, markdown)
    return markdown


def _not_converted(path: Path, reason: Exception) -> str:
    message = translate("Formats", "{name} could not be converted: {reason}")
    return message.format(name=path.name, reason=reason)


def _content_hash(path: Path) -> str:
    from viewer.core.formats.safety import read_capped

    try:
        data = read_capped(os.fspath(path), kind_of(path) or "pdf")
    except DocumentError as exc:
        raise DocumentError(_not_converted(path, exc)) from exc
    return hashlib.sha256(data).hexdigest()
