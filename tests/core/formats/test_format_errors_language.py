"""Why a file cannot be opened, in the reader's language: the same reasons in Chinese and in
English, from the app's checks, from the converter child process and from the CLI."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.core.formats.test_hostile_files import pdf_bytes
from viewer.core.base.errors import DocumentError
from viewer.core.document.markdown_model import load_document
from viewer.core.formats.registry import unsupported_reason
from viewer.core.formats.safety import quick_check
from viewer.core.i18n import language


def _scan(tmp_path):
    path = tmp_path / "scan.pdf"
    page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"
    stream = "<< /Length 22 >>\nstream\n0 0 1 rg 0 0 100 100 re f\nendstream"
    path.write_bytes(pdf_bytes(["3 0 R"], [page, stream]))
    return path


def test_not_supported_yet_in_both_languages(tmp_path):
    english = unsupported_reason(tmp_path / "通知.wps")
    assert english.startswith("通知.wps: WPS Writer (.wps) files are not supported yet")
    language.set_language("zh")
    chinese = unsupported_reason(tmp_path / "通知.wps")
    assert chinese == (
        "通知.wps：暂不支持 WPS 文字（.wps） 文件，请另存为 .docx、.pdf、.html 或文本文件后再打开。"
    )
    assert "暂不支持 Word 97–2003（.doc） 文件" in unsupported_reason(tmp_path / "旧.doc")
    assert quick_check(tmp_path / "无.pdf") == f"找不到文件：{tmp_path / '无.pdf'}"


def test_a_scan_is_refused_in_the_readers_language(tmp_path):
    path = _scan(tmp_path)
    with pytest.raises(DocumentError, match="no text layer"):
        load_document(path)
    language.set_language("zh")  # the converter child process answers in Chinese too
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert "scan.pdf 无法转换" in message and "没有文字层" in message and "OCR" in message
    assert "text layer" not in message


@pytest.mark.parametrize("lang", ["zh_CN.UTF-8", "en_US.UTF-8"])
def test_cli_convert_errors_follow_lang(tmp_path, lang):
    old = tmp_path / "notice.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0 old word")
    done = subprocess.run(
        [sys.executable, "-m", "viewer", "--data-dir", str(tmp_path / "d"), "convert", str(old)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "LANG": lang},
    )
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    if lang.startswith("zh"):
        assert done.stderr.startswith(
            "briefing-viewer：错误：notice.doc：暂不支持 Word 97–2003（.doc）"
        )
    else:
        assert done.stderr.startswith("briefing-viewer: error: notice.doc: Word 97–2003 (.doc)")
