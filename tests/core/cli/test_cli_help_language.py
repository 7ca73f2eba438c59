"""Every command's --help speaks the language of LANG, argparse's own words included (issue 15)."""

from __future__ import annotations

import re

import pytest

from viewer.cli import main as cli
from viewer.cli.help_format import wrap

COMMANDS = [c.split() for c in cli.COMMANDS] + [
    ["bookmarks", sub] for sub in ("add", "list", "export", "import")
]
CJK = re.compile(r"[\u3400-\u9fff]")
# Three English words in a row: a sentence left untranslated. Values a user types
# (exact, moved, ...) stand alone or in brackets, so they do not count.
ENGLISH_RUN = re.compile(r"\b[a-z]+'?[a-z]* [a-z]+ [a-z]+\b")


def _help(monkeypatch, capsys, lang: str, argv: list[str]) -> str:
    monkeypatch.setenv("LANG", lang)
    with pytest.raises(SystemExit) as stop:
        cli.main([*argv, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def _body(shown: str) -> tuple[str, list[str]]:
    """The text after the usage block, and each option's help (its second column)."""
    body = shown.split("\n\n", 1)[1]
    helps = [m.group(1) for m in re.finditer(r"^  \S.*?(?: {2,}|\n {10,})(\S.*)$", body, re.M)]
    return body, helps


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_chinese_help_has_no_english_sentence(monkeypatch, capsys, argv):
    shown = _help(monkeypatch, capsys, "zh_CN.UTF-8", argv)
    assert shown.startswith("用法：")
    body, helps = _body(shown)
    assert "选项：\n" in body and "options" not in body and ":\n" not in body
    assert not ENGLISH_RUN.findall(body), body
    assert helps and all(CJK.search(h) for h in helps), helps
    assert CJK.search(body.split("\n\n", 1)[0])  # the description


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_english_help_has_no_chinese_outside_examples(monkeypatch, capsys, argv):
    shown = _help(monkeypatch, capsys, "en_US.UTF-8", argv)
    assert shown.startswith("usage: ")
    body, helps = _body(shown)
    assert "options:\n" in body
    # an address as a reader types it ("e.g. 第二十六条") is an example, not a label
    examples = re.compile(r"《…》|e\.g\. .*")
    assert helps and not [h for h in helps if CJK.search(examples.sub("", h))], helps


def test_positional_arguments_heading_has_a_full_width_colon(monkeypatch, capsys):
    shown = _help(monkeypatch, capsys, "zh_CN.UTF-8", ["compare"])
    assert "\n位置参数：\n" in shown and "位置参数:" not in shown


def test_a_missing_argument_is_reported_in_chinese(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    with pytest.raises(SystemExit):
        cli.main(["show", "briefing.md"])
    assert "错误：缺少必需的参数：--at" in capsys.readouterr().err


def test_main_help_names_every_format_and_command_unbroken(monkeypatch, capsys):
    shown = _help(monkeypatch, capsys, "zh_CN.UTF-8", [])
    assert "（.md、.html、.docx、.pdf）" in shown
    for command in ("compare", "versions", "convert", "cited-by", "memo"):
        assert command in shown
    assert "cited-\n" not in shown


def test_wrapping_breaks_between_chinese_characters_not_inside_words():
    lines = wrap("甲乙丙丁，戊己 cited-by 庚辛（壬癸）子丑寅卯", 12)
    assert all(len(line.encode("gbk")) <= 12 for line in lines), lines
    assert "cited-by" in "\n".join(lines)
    assert not any(line.startswith(("，", "）")) or line.endswith("（") for line in lines)
