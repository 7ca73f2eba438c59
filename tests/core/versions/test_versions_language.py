"""Comparisons and version lists in the reader's language: the CLI follows LANG, --json stays
the same for scripts, and English counts are plural where they should be."""

from __future__ import annotations

import json
import re

from tests.core.versions.test_compare import NEW_TEXT, OLD
from viewer.cli.main import main
from viewer.core.i18n import language
from viewer.core.versions.carry import Carried
from viewer.core.versions.carry_report import carry_summary
from viewer.core.versions.comparison import Comparison, Pair

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _pair(status: str) -> Pair:
    return Pair(None, None, status)


def test_summary_line_in_each_language():
    comparison = Comparison([_pair("same")] * 3 + [_pair("changed")] + [_pair("added")] * 2)
    assert comparison.summary_line() == "3 unchanged, 1 changed, 2 added"
    language.set_language("zh")
    assert comparison.summary_line() == "3 条未变，1 条修改，2 条新增"
    assert Comparison().summary_line() == "没有可比较的内容"


def test_carry_summary_counts_bookmarks_in_the_right_number():
    one = [Carried(None, "exact", "", "")]
    two = one + [Carried(None, "orphan", "", "")]
    assert carry_summary(one, "2015", "2023") == "Carried 1 bookmark from 2015 to 2023: 1 exact"
    assert carry_summary(two, "a", "b") == "Carried 2 bookmarks from a to b: 1 exact, 1 not found"
    lost = one + [Carried(None, "orphan", "第三条", "")]  # which one is named
    assert carry_summary(lost, "a", "b").endswith(": 1 exact, 1 not found (第三条)")
    language.set_language("zh")
    assert carry_summary(two, "a", "b") == "已将 2 个书签从 a 迁移到 b：1 个在原位，1 个未找到"
    assert carry_summary(lost, "a", "b").endswith("1 个未找到（第三条）")


def _files(tmp_path):
    (tmp_path / "old.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.md").write_text(NEW_TEXT, encoding="utf-8")
    return [str(tmp_path / "old.md"), str(tmp_path / "new.md")]


def test_cli_compare_speaks_chinese_under_a_chinese_lang(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["compare", *_files(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "+ 新增" in out and "− 删除" in out and "↕ 移动" in out and "# 改号" in out
    assert out.splitlines()[-1] == "4 条改号，1 条修改，1 条移动，1 条新增，1 条删除"
    assert not LATIN_WORD.findall(out)
    assert main(["compare", *_files(tmp_path), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)  # keys and values for scripts stay as they were
    assert set(shown["summary"]) == {"same", "changed", "renumbered", "added", "removed", "moved"}
    assert {p["status"] for p in shown["pairs"]} == {
        "renumbered",
        "changed",
        "added",
        "removed",
        "moved",
    }


def test_cli_compare_in_english_has_no_chinese_label(tmp_path, capsys):
    assert main(["compare", *_files(tmp_path), "--changes-only"]) == 0
    out = capsys.readouterr().out
    assert "+ added" in out and "− removed" in out
    labels = re.sub(r"第[一二三四五六七]条", "", out)  # article addresses are the document's
    assert not re.search(r"[\u4e00-\u9fff]", labels)


def _library(tmp_path):
    library = tmp_path / "lib"
    library.mkdir()
    for date in ("2015-03-15", "2023-03-13"):
        (library / f"示例法({date}).md").write_text(OLD, encoding="utf-8")
    return str(library)


def test_cli_versions_lists_statuses_in_the_language(tmp_path, capsys, monkeypatch):
    library = _library(tmp_path)
    assert main(["versions", "--library", library]) == 0
    out = capsys.readouterr().out
    assert "superseded" in out and "current" in out and out.splitlines()[-1] == "1 work"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["versions", "--library", library]) == 0
    out = capsys.readouterr().out
    assert "已被取代" in out and "现行" in out and out.splitlines()[-1] == "1 部作品"
    assert not LATIN_WORD.findall(out.replace(".md", ""))
    assert main(["versions", "--library", library, "--json"]) == 0
    statuses = [v["status"] for v in json.loads(capsys.readouterr().out)["works"][0]["versions"]]
    assert statuses == ["superseded", "current"]


def test_cli_errors_follow_lang(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["versions", "--library", str(tmp_path / "nowhere")]) == 2
    assert "错误：不是文件夹" in capsys.readouterr().err
