"""The command line follows LANG, and --lang before or after a command (issue 15)."""

from __future__ import annotations

import pytest

from viewer.cli import main as cli


def test_help_follows_lang_and_is_all_chinese(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("用法：briefing-viewer")
    assert "本次运行的界面语言" in shown and "显示本帮助信息并退出" in shown
    assert "options" not in shown and "show this help" not in shown


def test_lang_option_beats_lang_for_the_help(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("usage: briefing-viewer") and "interface language" in shown


def test_a_bad_option_is_reported_in_chinese(monkeypatch, capsys):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    with pytest.raises(SystemExit):
        cli.main(["--theme", "pink"])
    assert "错误：参数 --theme：无效的选项：'pink'" in capsys.readouterr().err


def test_lang_before_a_command_reaches_the_command(monkeypatch, tmp_path):
    seen = {}

    def fake_run(argv):
        from viewer.core.i18n import language

        seen["argv"], seen["language"] = argv, language.current()
        return 0

    monkeypatch.setattr("viewer.cli.outline.run_outline", fake_run)
    assert cli.main(["--lang", "zh", "outline", "x.md"]) == 0
    assert seen == {"argv": ["x.md"], "language": "zh"}
