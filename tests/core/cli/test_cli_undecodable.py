"""Arguments from a GBK terminal under a UTF-8 locale: bytes Python cannot decode as UTF-8.

They are read as GB18030 (what `printf '\\xd6\\xd0\\xb9\\xfa'` means: 中国); bytes no encoding
reads are one line on stderr with exit code 2, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

CHINA_GBK = "中国".encode("gb18030")
QUOTE = "微信红包的模式也可以复制在保险业"  # in briefing.md


def _run(tmp_path, *args: str | bytes) -> subprocess.CompletedProcess:
    command = [os.fsencode(sys.executable), b"-m", b"viewer", b"--data-dir", os.fsencode(tmp_path)]
    command += [os.fsencode(a) if isinstance(a, str) else a for a in args]
    env = os.environ | {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    return subprocess.run(command, capture_output=True, cwd=ROOT, env=env)


def test_a_gbk_query_is_searched_as_chinese(tmp_path):
    out = _run(tmp_path, "search", CHINA_GBK, "--json")
    assert out.returncode == 0, out.stderr.decode()
    result = json.loads(out.stdout)
    assert result["query"] == "中国" and result["total"] > 0


def test_a_gbk_query_searches_a_library(tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "a.md").write_text("# 测试\n\n## 一\n\n中国的发展。\n", encoding="utf-8")
    out = _run(tmp_path, "search", "--library", str(folder), CHINA_GBK, "--json")
    assert out.returncode == 0, out.stderr.decode()
    assert json.loads(out.stdout)["query"] == "中国"


def test_a_gbk_quote_is_bookmarked(tmp_path):
    out = _run(tmp_path, "bookmarks", "add", "--quote", QUOTE.encode("gb18030"))
    assert out.returncode == 0, out.stderr.decode()
    assert json.loads(out.stdout)["quote"] == QUOTE


def test_bytes_no_encoding_reads_are_one_line_and_exit_2(tmp_path):
    for args in (("search", b"ab\xff\xfe", "--json"), ("bookmarks", "add", "--quote", b"\x80")):
        out = _run(tmp_path, *args)
        err = out.stderr.decode("utf-8")
        assert out.returncode == 2 and out.stdout == b""
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
        assert err.startswith("briefing-viewer: error: ") and "UTF-8" in err


def test_a_mistyped_command_names_the_command_meant(capsys):
    """`serach` is no file: one line naming `search`, exit 2 (not a window saying "File not
    found: serach"); a missing file's name is still a file's."""
    from viewer.cli.main import main

    assert main(["serach", "红包", "--json"]) == 2
    assert capsys.readouterr().err.strip() == (
        "briefing-viewer: error: no command serach: did you mean search?"
    )
    from viewer.cli.main import _mistyped

    assert not _mistyped("searc.md") and not _mistyped("--serach")
