"""`python -m viewer search` end to end, in a subprocess with a temporary data dir."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import BRIEFING, ROOT
from viewer.core.document.markdown_model import load_document
from viewer.core.text.folding import fold


def _run(tmp_path, *args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "viewer", "--data-dir", str(tmp_path), "search", *args]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=ROOT)


def test_json_one_object_per_query(tmp_path):
    out = _run(tmp_path, "--json", "--document", str(BRIEFING), "互联网+", "6.43亿", "火星人")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 3
    first, second, third = (json.loads(line) for line in lines)
    truth = sum("互联网+" in p.text for p in load_document(BRIEFING).passages())
    assert first["query"] == "互联网+" and first["total"] == truth
    hit = second["hits"][0]
    assert set(hit) >= {"document", "title", "pane", "passage_id", "text", "snippet", "score"}
    assert "<mark>6.43亿</mark>" in hit["snippet"] and "[6.43亿]" in hit["snippet_text"]
    for start, end in hit["spans"]:
        assert fold(hit["text"][start:end]) == "6.43亿"
    assert third["total"] == 0 and third["hits"] == []


def test_default_document_and_limit(tmp_path):
    out = _run(tmp_path, "--json", "--limit", "2", "互联网")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert len(result["hits"]) == 2 and result["total"] > 2
    assert result["hits"][0]["document"] == str(BRIEFING)
    assert (tmp_path / "cache" / "indexes").is_dir()


def test_a_limit_below_one_is_refused_in_one_line(tmp_path):
    for limit in ("0", "-1", "abc"):
        out = _run(tmp_path, "--json", "--limit", limit, "互联网")
        assert out.returncode == 2 and out.stdout == ""
        assert f"{limit} is not a number of hits" in out.stderr and "Traceback" not in out.stderr


def test_readable_listing_and_suggestion(tmp_path):
    out = _run(tmp_path, "深圳 腾讯 协议", "深圳 火星人")
    assert out.returncode == 0, out.stderr
    assert "[深圳]" in out.stdout and "[腾讯]" in out.stdout
    assert "深圳 火星人: no matches; did you mean: 深圳" in out.stdout


def test_pane_option(tmp_path):
    out = _run(tmp_path, "--json", "--pane", "金融", "红包")
    result = json.loads(out.stdout)
    assert result["total"] > 0 and all("金融" in h["pane_title"] for h in result["hits"])


def test_bad_document_is_one_line_on_stderr_exit_2(tmp_path):
    out = _run(tmp_path, "--document", str(tmp_path / "missing.md"), "红包")
    assert out.returncode == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr


def test_library_search_groups_hits_by_document(tmp_path):
    folder = tmp_path / "library"
    (folder / "金融").mkdir(parents=True)
    (folder / "金融" / "红包管理办法(2015-03-01).md").write_text(
        "# 红包管理办法\n\n## 总则\n\n微信红包应当依法发放。\n\n红包金额有上限。\n",
        encoding="utf-8",
    )
    (folder / "交通.md").write_text("# 交通条例\n\n## 总则\n\n打车软件。\n", encoding="utf-8")
    out = _run(tmp_path / "data", "--json", "--library", str(folder), "红包")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert [d["title"] for d in result["documents"]] == ["红包管理办法"]
    assert result["documents"][0]["hits"] == 2
    assert {hit["document"] for hit in result["hits"]} == {
        str(folder / "金融" / "红包管理办法(2015-03-01).md")
    }
    assert all("<mark>红包</mark>" in hit["snippet"] for hit in result["hits"]), result["hits"]


def test_usage_error_exit_2(tmp_path):
    assert _run(tmp_path).returncode == 2


def test_an_empty_query_is_a_usage_error_not_no_matches(tmp_path):
    out = _run(tmp_path, "红包", " ")
    assert out.returncode == 2 and out.stdout == "" and "empty query" in out.stderr


def test_library_date_bounds_say_what_they_leave_out(tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    for name, head in (
        ("旧法(2010-01-01).md", ""),
        ("新法.md", "2021年3月1日 某会议通过\n\n2021年6月1日 施行\n\n"),
        ("无日期法.md", ""),
    ):
        title = name.split("(")[0].removesuffix(".md")
        text = f"# {title}\n\n{head}## 总则\n\n第一条 经营者应当依法纳税。\n"
        (folder / name).write_text(text, encoding="utf-8")
    data = tmp_path / "data"
    out = _run(data, "--json", "--library", str(folder), "--from", "２０２１", "纳税")
    result = json.loads(out.stdout)
    assert [d["title"] for d in result["documents"]] == ["新法"]
    assert result["documents"][0]["date"] == "2021-03-01"  # enacted, not in force
    assert result["undated_left_out"] == 1
    out = _run(data, "--library", str(folder), "--to", "2020-12", "纳税")
    assert "旧法" in out.stdout and "新法" not in out.stdout
    assert "1 document without a date" in out.stdout
    out = _run(data, "--library", str(folder), "--to", "2020-13", "纳税")
    assert out.returncode == 2 and "2020-13 is not a date" in out.stderr
    out = _run(data, "--library", str(folder), "--from", "2022", "--to", "2020", "纳税")
    assert out.returncode == 2 and "--from 2022-01-01 is after --to 2020-12-31" in out.stderr


def test_a_query_starting_with_a_minus_is_a_query_not_an_option(tmp_path):
    out = _run(tmp_path, "--json", "腾讯", "-腾讯 深圳")
    assert out.returncode == 0, out.stderr
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert second["query"] == "-腾讯 深圳"  # as typed, nothing added
    assert second["total"] > 0 and all("腾讯" not in hit["text"] for hit in second["hits"])
    assert _run(tmp_path, "-x", "腾讯").returncode == 2  # a mistyped option still says so
