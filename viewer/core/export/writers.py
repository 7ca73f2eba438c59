"""One entry point per format: ExportDoc -> file bytes (PDF needs Qt: viewer.ui.export.pdf)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from viewer.core.base.atomic_file import write_bytes_atomic
from viewer.core.export.model import ExportDoc
from viewer.core.i18n import language

FORMATS = ("pdf", "docx", "html", "md")
SUFFIXES = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "md": ".md"}


def render(doc: ExportDoc, fmt: str) -> bytes:
    """`doc` as `fmt`, its labels in `doc.language` (a memo's may differ from the window's)."""
    with language.speaking(doc.language):
        return _render(doc, fmt)


def _render(doc: ExportDoc, fmt: str) -> bytes:
    if fmt == "md":
        from viewer.core.export.markdown_writer import to_markdown

        return to_markdown(doc).encode("utf-8")
    if fmt == "html":
        from viewer.core.export.html_writer import to_html

        return to_html(doc).encode("utf-8")
    if fmt == "docx":
        from viewer.core.export.docx_writer import to_docx

        return to_docx(doc)
    raise ValueError(f"{fmt}: not a plain-Python export format")


def save(path: Path, data: bytes) -> None:
    """Write atomically, then give the file the mode a new file normally gets (0644 under the
    usual umask) rather than the temporary file's 0600: an export is meant to be passed on."""
    write_bytes_atomic(path, data)
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o666 & ~umask)
