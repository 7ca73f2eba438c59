"""Version-aware resolution against a library, and the `refs` command."""

import json

import pytest

from viewer.cli.main import main
from viewer.core.articles.catalog import build_catalog
from viewer.core.articles.resolution import Resolver
from viewer.core.document.markdown_model import load_document

HEAD = "# 中华人民共和国示例法\n\n{} 全国人民代表大会常务委员会{}\n\n## 第一章 总则\n\n"
LAW_2015 = HEAD.format("2015年3月1日", "通过") + "\n\n".join(
    f"第{n}条 旧条文{n}。" for n in range(1, 11)
)
LAW_2020 = HEAD.format("2020年6月1日", "修订") + "\n\n".join(
    f"第{n}条 新条文{n}。" for n in range(1, 21)
)


def _citing(date: str) -> str:
    return (
        f"# 某省示例条例\n\n{date} 某省人民代表大会常务委员会通过\n\n## 第一章\n\n"
        "第一条 根据《中华人民共和国示例法》第五条、第十五条和《示例法》，制定本条例。\n\n"
        "第二条 违反本条例第一条的，依照《不存在法》处理。\n\n"
        "本条所称单位，包括前款规定的机构。\n\n"
        "第三条 依照本条例第九十九条处理。\n"
    )


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "laws"
    (root / "法").mkdir(parents=True)
    (root / "法" / "示例法(2015-03-01).md").write_text(LAW_2015, encoding="utf-8")
    (root / "法" / "示例法(2020-06-01).md").write_text(LAW_2020, encoding="utf-8")
    return root


def _resolve(library, tmp_path, date):
    path = tmp_path / "条例.md"
    path.write_text(_citing(date), encoding="utf-8")
    resolver = Resolver(build_catalog(library))
    return {r.reference.text: r for r in resolver.document_references(load_document(path))}


def test_resolves_to_the_version_in_force_on_the_citing_date(library, tmp_path):
    refs = _resolve(library, tmp_path, "2018年1月1日")
    first = refs["《中华人民共和国示例法》第五条"]
    assert first.status == "resolved"
    assert first.target.path == "法/示例法(2015-03-01).md"
    assert first.target.address == "第五条"
    # 第十五条 exists only in the 2020 version: not in the version in force in 2018
    assert refs["第十五条"].status == "no_such_article"
    assert refs["《示例法》"].target.date == "2015-03-01"


def test_a_later_citing_document_gets_the_later_version(library, tmp_path):
    refs = _resolve(library, tmp_path, "2021年1月1日")
    assert refs["第十五条"].status == "resolved"
    assert refs["第十五条"].target.path == "法/示例法(2020-06-01).md"


def test_an_earlier_citing_document_is_told_the_version_is_missing(library, tmp_path):
    refs = _resolve(library, tmp_path, "2010年1月1日")
    missing = refs["《中华人民共和国示例法》第五条"]
    assert missing.status == "version_missing"
    assert missing.target.date == "2015-03-01"  # the nearest version is offered
    assert "2015-03-01" in missing.note


def test_internal_and_unknown_references(library, tmp_path):
    refs = _resolve(library, tmp_path, "2018年1月1日")
    assert refs["本条例第一条"].status == "resolved"
    assert refs["前款"].target.address == "第二条第一款"
    assert refs["《不存在法》"].status == "not_in_library"
    assert refs["本条例第九十九条"].status == "no_such_article"


def test_refs_cli_json_keys(library, tmp_path, capsys):
    path = tmp_path / "条例.md"
    path.write_text(_citing("2018年1月1日"), encoding="utf-8")
    assert main(["refs", "--document", str(path), "--library", str(library), "--json"]) == 0
    refs = json.loads(capsys.readouterr().out)["refs"]
    assert {"text", "passage_id", "kind", "status", "target"} <= set(refs[0])
    external = next(r for r in refs if r["text"] == "《中华人民共和国示例法》第五条")
    assert external["kind"] == "external"
    assert external["target"] == {
        "path": "法/示例法(2015-03-01).md",
        "title": "中华人民共和国示例法",
        "date": "2015-03-01",
        "address": "第五条",
    }
    assert str(tmp_path) not in json.dumps(refs, ensure_ascii=False)


def test_show_an_article_of_a_cited_document_in_the_right_version(library, tmp_path, capsys):
    path = tmp_path / "条例.md"
    path.write_text(_citing("2018年1月1日"), encoding="utf-8")
    argv = ["show", "--document", str(path), "--library", str(library), "--json"]
    assert main([*argv, "--at", "《示例法》第5条"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["text"] == "第5条 旧条文5。"  # the 2015 version, in force in 2018
    assert shown["citation"] == "《中华人民共和国示例法》（2015年3月1日）第五条"
    assert main([*argv, "--at", "《不存在法》第1条"]) == 2
    assert "not in the library" in capsys.readouterr().err


def test_refs_cli_speaks_lang_while_json_stays(library, tmp_path, capsys):
    path = tmp_path / "条例.md"
    path.write_text(_citing("2018年1月1日"), encoding="utf-8")
    argv = ["refs", "--lang", "zh", "--document", str(path), "--library", str(library)]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("不在文库中  《不存在法》") for line in lines), lines
    assert any("本文档中没有第九十九条" in line for line in lines), lines
    assert main([*argv, "--json"]) == 0
    refs = {r["text"]: r for r in json.loads(capsys.readouterr().out)["refs"]}
    assert refs["《不存在法》"]["status"] == "not_in_library"
    assert main(["show", "--lang", "zh", "--document", str(path), "--at", "第99条"]) == 2
    assert capsys.readouterr().err.startswith("briefing-viewer：错误：本文档中没有第99条")


def test_refs_lines_in_chinese_say_each_thing_once_with_full_width_marks(library, tmp_path, capsys):
    path = tmp_path / "条例.md"
    path.write_text(_citing("2018年1月1日"), encoding="utf-8")
    argv = ["refs", "--lang", "zh", "--document", str(path), "--library", str(library)]
    assert main(argv) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "不在文库中  《不存在法》" in lines, lines
    resolved = next(line for line in lines if "《中华人民共和国示例法》第五条" in line)
    assert resolved.endswith("→ 中华人民共和国示例法（2015-03-01）第五条"), resolved
    assert not [line for line in lines if "->" in line or "(" in line or line.endswith(" ")]
