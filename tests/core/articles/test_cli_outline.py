"""`outline` and `show` from the command line, as scripts use them."""

import json
from pathlib import Path

from tests.conftest import LAWS, shared_path
from viewer.cli.main import main

from .test_structure import LAW


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_show_returns_exact_text_and_official_citation(tmp_path, capsys):
    path = tmp_path / "示例法.md"
    path.write_text(LAW, encoding="utf-8")
    code, out, _ = _run(
        capsys, "show", "--document", str(path), "--at", "第3条第3款第(2)项", "--json"
    )
    assert code == 0
    shown = json.loads(out)
    assert shown["address"] == "第三条第三款第（二）项"
    assert shown["text"] == "（二）涉及供水的：\n1. 城市供水；\n2. 农村供水。"
    assert shown["citation"] == "《中华人民共和国示例法》（2019年修正）第三条第三款第（二）项"


def test_show_unknown_address_exits_2_naming_the_nearest(tmp_path, capsys):
    path = tmp_path / "示例法.md"
    path.write_text(LAW, encoding="utf-8")
    code, out, err = _run(capsys, "show", "--document", str(path), "--at", "第18条")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "第十七条之一" in err and "第十七条" in err


def test_outline_lists_articles_and_reports_problems(tmp_path, capsys):
    path = tmp_path / "坏编号.md"
    path.write_text("第一条 甲。\n\n第十条 乙。\n\n第十条 丙。\n", encoding="utf-8")
    code, out, _ = _run(capsys, "outline", "--document", str(path), "--json")
    assert code == 0
    outline = json.loads(out)
    assert [u["address"] for u in outline["units"]] == ["第一条", "第十条", "第十条（第2处）"]
    assert len(outline["problems"]) == 2


def test_outline_of_a_document_without_structure(tmp_path, capsys):
    path = tmp_path / "随笔.md"
    path.write_text("一段。\n\n两段。\n", encoding="utf-8")
    code, out, _ = _run(capsys, "outline", "--document", str(path), "--json")
    assert code == 0
    assert [u["address"] for u in json.loads(out)["units"]] == ["第1段", "第2段"]


def test_show_chapter_and_article_of_a_real_law(capsys):
    path = shared_path(LAWS) / "刑法" / "刑法.md"
    code, out, _ = _run(capsys, "show", "--document", str(path), "--at", "第十七条之一", "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["text"].startswith("第十七条之一 已满七十五周岁的人故意犯罪的")
    assert "\n" not in shown["text"]
    assert shown["citation"].startswith("《中华人民共和国刑法》（")


def test_show_paragraph_item_and_chapter_of_a_real_law(capsys):
    path = str(shared_path(LAWS) / "民法商法" / "电子签名法(2019-04-23).md")
    code, out, _ = _run(capsys, "show", "--document", path, "--at", "第3条第3款第2项", "--json")
    assert code == 0
    assert json.loads(out)["text"] == "（二）涉及停止供水、供热、供气等公用事业服务的；"
    code, out, _ = _run(capsys, "show", "--document", path, "--at", "第二章", "--json")
    source = Path(path).read_text(encoding="utf-8")
    chapter = source[source.index("## 第二章") : source.index("## 第三章")]
    expected = [line for line in chapter.removeprefix("## ").splitlines() if line.strip()]
    assert json.loads(out)["text"].splitlines() == expected


def test_outline_text_of_a_document_without_numbering_lists_its_paragraphs(tmp_path, capsys):
    path = tmp_path / "随笔.md"
    path.write_text("# 随笔\n\n一段话。\n\n两段话。\n", encoding="utf-8")
    code, out, _ = _run(capsys, "outline", "--document", str(path))
    assert code == 0
    assert out.splitlines() == ["随笔", "  第1段  一段话。", "  第2段  两段话。"]


def test_outline_and_show_take_the_document_as_a_plain_argument(tmp_path, capsys):
    path = tmp_path / "示例法.md"
    path.write_text(LAW, encoding="utf-8")
    code, out, _ = _run(capsys, "outline", str(path), "--json")
    assert code == 0 and json.loads(out)["units"]
    code, out, _ = _run(capsys, "show", str(path), "--at", "第3条", "--json")
    assert code == 0 and json.loads(out)["address"] == "第三条"


def test_outline_without_a_document_says_what_is_missing(capsys):
    try:
        main(["outline"])
    except SystemExit as stop:
        assert stop.code == 2
    _, err = capsys.readouterr()
    assert "FILE or --document FILE" in err
