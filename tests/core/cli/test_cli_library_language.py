"""`search` (of a document or a library) prints in the language of LANG; --json keeps its keys."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from tests.core.cli.test_cli_search import ROOT

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _run(tmp_path, lang: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": lang}
    for key in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(key, None)
    command = [sys.executable, "-m", "viewer", "--data-dir", str(tmp_path / "data"), "search"]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env
    )


def _library(tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    for name, date in (("甲", "2010-10-28"), ("乙", "2015-08-29")):
        (folder / f"代表法{name}.md").write_text(
            f"---\ntitle: 代表法\ndate: {date}\n---\n\n## 总则\n\n代表依法履职。代表依法。\n",
            encoding="utf-8",
        )
    return folder


def test_library_search_speaks_chinese_under_a_chinese_locale(tmp_path):
    folder = _library(tmp_path)
    out = _run(tmp_path, "zh_CN.UTF-8", "--library", str(folder), "--limit", "1", "代表依法")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "代表依法：2 篇文档"
    assert "处命中）" in lines[1]
    assert lines[-1].strip() == "… 还有 1 篇文档：--limit 2 可列出全部"
    shown = [line for line in lines if not line.startswith("     ") or "…" in line]
    words = [w for line in shown for w in LATIN_WORD.findall(line) if w not in ("limit", "md")]
    assert not words, shown
    assert "正在为" in out.stderr  # the indexing progress, too


def test_json_keeps_its_keys_and_values_for_scripts(tmp_path):
    folder = _library(tmp_path)
    out = _run(tmp_path, "zh_CN.UTF-8", "--library", str(folder), "--json", "代表依法")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert {"query", "total", "total_documents", "documents", "hits"} <= set(data)
    assert data["total_documents"] == 2


def test_english_plurals_and_no_chinese_in_the_english_messages(tmp_path):
    folder = _library(tmp_path)
    out = _run(tmp_path, "en_US.UTF-8", "--library", str(folder), "--limit", "1", "代表依法")
    lines = out.stdout.splitlines()
    assert lines[0] == "代表依法: 2 documents"
    assert lines[1].endswith(", 1 hit)")  # singular
    assert lines[-1].strip() == "… 1 more document: --limit 2 lists them all"
    none = _run(tmp_path, "en_US.UTF-8", "--library", str(folder), "火星人")
    assert none.stdout.strip() == "火星人: no matches"


def test_document_search_speaks_chinese_too(tmp_path):
    out = _run(tmp_path, "zh_CN.UTF-8", "创新")
    assert out.returncode == 0, out.stderr
    assert re.match(r"创新：\d+ 个段落，\d+ 处匹配$", out.stdout.splitlines()[0])
    english = _run(tmp_path, "en_US.UTF-8", "创新").stdout.splitlines()[0]
    assert re.match(r"创新: \d+ passages, \d+ matches$", english)


def test_help_speaks_chinese_under_a_chinese_locale(tmp_path):
    out = _run(tmp_path, "zh_CN.UTF-8", "--help")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("用法：briefing-viewer search")
    assert "文档所在文件夹（首次使用时建立索引，存于数据文件夹" in out.stdout
    assert "usage" not in out.stdout and "options" not in out.stdout


def test_a_file_name_among_the_queries_gets_a_hint(tmp_path):
    """`search 补课 notes.md` searches the briefing for "notes.md" as well: the reader is told
    how to search that file instead, in the interface language; the output is unchanged."""
    english = _run(tmp_path, "en_US.UTF-8", "补课", "notes.md")
    assert "“notes.md” is searched as words; to search that file, use --document" in english.stderr
    chinese = _run(tmp_path, "zh_CN.UTF-8", "补课", "notes.md")
    assert "请用 --document" in chinese.stderr
    plain = _run(tmp_path, "en_US.UTF-8", "补课")
    assert plain.stderr == ""


def test_current_leaves_out_the_versions_a_later_one_replaced(tmp_path):
    # the window's "Current versions only" filter, for scripts: the same documents
    from tests.core.versions.test_compare import NEW_TEXT, OLD

    folder = tmp_path / "laws"
    folder.mkdir()
    (folder / "示例法(2015-03-15).md").write_text(OLD, encoding="utf-8")
    (folder / "示例法(2023-03-13).md").write_text(NEW_TEXT, encoding="utf-8")
    every = _run(tmp_path, "C.UTF-8", "--library", str(folder), "--json", "违反本法规定")
    current = _run(
        tmp_path, "C.UTF-8", "--library", str(folder), "--current", "--json", "违反本法规定"
    )
    assert every.returncode == 0 and current.returncode == 0, current.stderr
    paths = [Path(d["document"]).name for d in json.loads(current.stdout)["documents"]]
    assert paths == ["示例法(2023-03-13).md"]
    assert len(json.loads(every.stdout)["documents"]) == 2
