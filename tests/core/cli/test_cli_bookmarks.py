"""`python -m viewer bookmarks ...` end to end, as a script would run it."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys

import pytest

from tests.conftest import BRIEFING, ROOT

QUOTE = "中国的网民数量是6.43亿、美国是2.8亿"


@pytest.fixture
def cli(tmp_path):
    data = tmp_path / "userdata"

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "viewer", "--data-dir", str(data), "bookmarks", *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    return run


@pytest.fixture
def copy(tmp_path):
    path = tmp_path / "briefing.md"
    shutil.copy(BRIEFING, path)
    return path


def test_add_prints_json_and_bad_quote_is_one_line_exit_2(cli, copy):
    result = cli(
        "add", "--document", str(copy), "--quote", QUOTE, "--note", "n", "--tag", "数据", "中美"
    )
    assert result.returncode == 0, result.stderr
    added = json.loads(result.stdout)
    assert added["quote"] == QUOTE and added["tags"] == ["数据", "中美"]
    assert added["status"] == "exact" and added["pane"] == "讲座要点"
    bad = cli("add", "--document", str(copy), "--quote", "这句话不在文档里")
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.count("\n") == 1 and "does not occur" in bad.stderr


def test_default_document_is_briefing(cli):
    result = cli("add", "--quote", "看看现场火爆的程度")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"] == str(BRIEFING.resolve())


def test_list_json_statuses_after_editing(cli, copy):
    quotes = {
        "moved": QUOTE,
        "fuzzy": "微信红包的模式也可以复制在保险业",
        "orphan": "过江龙再强,也打不过地头蛇",
        "exact": "看看现场火爆的程度",
    }
    ids = {}
    for status, quote in quotes.items():
        result = cli("add", "--document", str(copy), "--quote", quote)
        ids[json.loads(result.stdout)["id"]] = status
    text = copy.read_text(encoding="utf-8")
    text = text.replace("## 讲座要点\n", "## 讲座要点\n\n新插入的段落。\n", 1)
    text = text.replace("可以复制在保险业", "可以移植到保险业").replace(quotes["orphan"], "")
    copy.write_text(text, encoding="utf-8")
    result = cli("list", "--document", str(copy), "--json")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert {item["id"]: item["status"] for item in listed} == ids
    for item in listed:
        assert {"id", "quote", "note", "tags", "pane", "status", "score"} <= item.keys()
        expected = {"exact": (1.0, 1.0), "moved": (0.8, 1.0), "fuzzy": (0.75, 0.99)}
        low, high = expected.get(item["status"], (0.0, 0.75))
        assert low <= item["score"] <= high, item
    plain = cli("list")  # every document; this copy still exists, so the same statuses
    assert "4 bookmarks: 1 in place, 1 moved, 2 need attention" in plain.stdout


def test_export_and_import(cli, copy, tmp_path):
    cli("add", "--document", str(copy), "--quote", QUOTE, "--note", "备注")
    md = cli("export", "--document", str(copy), "--format", "md")
    assert md.returncode == 0 and "## 讲座要点" in md.stdout and "- Note: 备注" in md.stdout
    out = tmp_path / "export.json"
    result = cli("export", "--document", str(copy), "--format", "json", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["bookmarks"][0]["quote"] == QUOTE
    first = cli("import", str(out))
    assert first.stdout.strip() == "Imported 0 bookmarks (1 already present)."
    other = tmp_path / "other-data"
    fresh = subprocess.run(
        [sys.executable, "-m", "viewer", "--data-dir", str(other), "bookmarks", "import", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert fresh.stdout.strip() == "Imported 1 bookmark (0 already present)."
    missing = cli("import", str(tmp_path / "nope.json"))
    assert missing.returncode == 2 and missing.stderr.startswith("briefing-viewer: error:")


def _export_json(cli, copy, tmp_path, *quotes):
    for quote in quotes:
        assert cli("add", "--document", str(copy), "--quote", quote).returncode == 0
    out = tmp_path / "export.json"
    assert cli("export", "--all", "--format", "json", "--output", str(out)).returncode == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_imported_paths_are_never_opened_until_the_user_opens_them(cli, copy, tmp_path):
    payload = _export_json(cli, copy, tmp_path, QUOTE, "看看现场火爆的程度")
    fifo = tmp_path / "fifo.md"
    os.mkfifo(fifo)  # opening it for reading would block `list --all` forever
    secret = tmp_path / "secret.md"  # a readable file the import names: must stay unread
    secret.write_text(copy.read_text(encoding="utf-8") + "\n\n附加。\n", encoding="utf-8")
    payload["bookmarks"][0]["document_path"] = str(fifo)
    payload["bookmarks"][1]["document_path"] = str(secret)
    crafted = tmp_path / "crafted.json"
    crafted.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")

    other = tmp_path / "other-data"

    def run(*args):
        command = [sys.executable, "-m", "viewer", "--data-dir", str(other), "bookmarks", *args]
        return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)

    assert run("import", str(crafted)).returncode == 0
    listed = run("list", "--all", "--json")
    assert listed.returncode == 0, listed.stderr
    assert [item["status"] for item in json.loads(listed.stdout)] == ["orphan", "orphan"]
    assert "imported: open its document" in run("list", "--all").stdout

    opened = run("list", "--document", str(secret), "--json")  # the user opens that document
    # Both are listed: the other one's quote and title match this document too (by design).
    assert {item["status"] for item in json.loads(opened.stdout)} == {"exact"}
    after = {i["quote"]: i["status"] for i in json.loads(run("list", "--all", "--json").stdout)}
    assert after["看看现场火爆的程度"] == "exact"


def test_a_fifo_in_place_of_a_bookmarked_document_does_not_hang_list_all(cli, copy):
    assert cli("add", "--document", str(copy), "--quote", QUOTE).returncode == 0
    copy.unlink()
    os.mkfifo(copy)
    listed = cli("list", "--all", "--json")  # the fixture's timeout fails a hang
    assert listed.returncode == 0, listed.stderr
    assert [item["status"] for item in json.loads(listed.stdout)] == ["orphan"]


def _targets(tmp_path):
    victim = tmp_path / "victim.md"
    victim.write_text("原来的内容", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(victim)
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    device = tmp_path / "null-device"
    try:  # a character device like /dev/null, made here so nothing real is at stake
        os.mknod(device, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    except (PermissionError, OSError):
        device = None
    return victim, {"symbolic link": link, "FIFO": fifo, "device": device}


def test_export_refuses_symlink_fifo_and_device_targets(cli, copy, tmp_path):
    assert cli("add", "--document", str(copy), "--quote", QUOTE).returncode == 0
    victim, targets = _targets(tmp_path)
    checks = {"symbolic link": os.path.islink, "FIFO": lambda p: stat.S_ISFIFO(os.stat(p).st_mode)}
    checks["device"] = lambda p: stat.S_ISCHR(os.stat(p).st_mode)
    for kind, target in targets.items():
        if target is None:
            continue
        result = cli("export", "--document", str(copy), "--format", "md", "--output", str(target))
        assert result.returncode == 2 and result.stderr.count("\n") == 1, (kind, result.stderr)
        assert kind in result.stderr and "not a regular file" in result.stderr
        assert checks[kind](target), f"the {kind} was replaced"
    assert victim.read_text(encoding="utf-8") == "原来的内容"
    assert not list(tmp_path.glob(".*.tmp"))  # no temp file left behind


def test_cli_messages_follow_lang_while_json_keys_stay(tmp_path, copy):
    """LANG=zh_CN.UTF-8: the summary, statuses and errors in Chinese; --json unchanged."""
    data = tmp_path / "userdata"

    def run(lang: str, *args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "LANG": lang}
        command = [sys.executable, "-m", "viewer", "--data-dir", str(data), "bookmarks", *args]
        return subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )

    run("en_US.UTF-8", "add", "--document", str(copy), "--quote", QUOTE, "--color", "blue")
    chinese = run("zh_CN.UTF-8", "list", "--document", str(copy))
    assert chinese.returncode == 0, chinese.stderr
    assert chinese.stdout.splitlines()[-1] == "1 个书签：1 个位置未变"
    assert chinese.stdout.startswith("位置未变")
    english = run("en_US.UTF-8", "list", "--document", str(copy))
    assert english.stdout.splitlines()[-1] == "1 bookmark: 1 in place"
    as_json = [run(lang, "list", "--json").stdout for lang in ("zh_CN.UTF-8", "en_US.UTF-8")]
    assert as_json[0] == as_json[1]
    assert json.loads(as_json[0])[0]["status"] == "exact"
    error = run("zh_CN.UTF-8", "add", "--document", str(copy), "--quote", "x", "--color", "red")
    assert error.returncode == 2 and error.stderr.startswith("briefing-viewer：错误：未知颜色")


def test_help_names_carry_and_export_takes_dash_o(tmp_path):
    """`bookmarks --help` points to `bookmarks carry`; `export -o FILE` works like the other
    commands' -o."""
    import subprocess
    import sys

    run = [sys.executable, "-m", "viewer", "--data-dir", str(tmp_path / "data"), "bookmarks"]
    shown = subprocess.run([*run, "--help"], capture_output=True, text=True, encoding="utf-8")
    assert "bookmarks carry --help" in " ".join(shown.stdout.split())
    out = tmp_path / "marks.json"
    done = subprocess.run(
        [*run, "export", "--all", "--format", "json", "-o", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert out.exists()


def test_a_mistyped_bookmarks_command_lists_carry_too(capsys):
    from viewer.cli.main import main

    try:
        main(["bookmarks", "lst"])
    except SystemExit as exit_:
        assert exit_.code == 2
    err = capsys.readouterr().err
    assert "'carry'" in err and "'list'" in err
