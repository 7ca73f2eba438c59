"""A memo's .docx opens in LibreOffice: converted to PDF headless, with the quotes inside."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from tests.core.export.law_bookmarks import bookmark_laws
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.export.docx_writer import to_docx
from viewer.core.export.memo import build_memo


def test_memo_docx_converts_to_pdf_in_libreoffice(tmp_path, laws_dir):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("soffice is absent (install libreoffice-writer-nogui); skipping")
    with BookmarkLibrary() as library:
        memo = build_memo(bookmark_laws(library, laws_dir))
    source = tmp_path / "memo.docx"
    source.write_bytes(to_docx(memo))
    profile = tmp_path / "profile"  # a private profile: no clash with a running LibreOffice
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    pdf = tmp_path / "memo.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True).stdout
        assert "中华人民共和国会计法" in text and "Excerpt Memo" in text
        assert "Page 1 of " in text  # the footer's fields, filled in by LibreOffice
