"""Comparing two versions article by article: a synthetic pair whose every edit is known."""

import json

from tests.conftest import LAWS, shared_path
from viewer.cli.main import main
from viewer.core.document.markdown_model import load_document, parse_document
from viewer.core.versions.comparison import compare_documents

A = "为了规范示例活动，保护当事人的合法权益，制定本法。"
B = "本法适用于在中华人民共和国境内开展的示例活动。"
C = "国务院示例主管部门负责全国的示例监督管理工作。"
D = "示例经营者应当在每年三月三十一日前报送上一年度的经营报告。"
D2 = "示例经营者应当在每年四月三十一日前报送上一年度的经营报告。"
E = "违反本法规定，构成犯罪的，依法追究刑事责任。"
F = "县级以上地方人民政府应当将示例工作纳入国民经济和社会发展规划。"
G = "任何单位和个人有权对违反本法的行为进行举报，有关部门应当及时处理。"
NEW = "国家鼓励示例技术的研究开发和推广应用，支持相关标准的制定。"
NUM = "一二三四五六七"


def _law(*bodies: str) -> str:
    articles = [f"第{NUM[k]}条 {body}" for k, body in enumerate(bodies)]
    return "# 示例法\n\n" + "\n\n".join(articles) + "\n"


OLD = _law(A, B, C, D, E, F, G)
# insert one article first (renumbers all), delete C, change one character of D, move E last
NEW_TEXT = _law(NEW, A, B, D2, F, G, E)


def test_synthetic_edits_give_exact_pairs_statuses_and_spans(tmp_path, capsys):
    (tmp_path / "old.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.md").write_text(NEW_TEXT, encoding="utf-8")
    assert main(["compare", str(tmp_path / "old.md"), str(tmp_path / "new.md"), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["summary"] == {
        "same": 0,
        "changed": 1,
        "renumbered": 4,
        "added": 1,
        "removed": 1,
        "moved": 1,
    }
    rows = [(p["old"], p["new"], p["status"]) for p in shown["pairs"]]
    assert rows == [
        (None, "第一条", "added"),
        ("第一条", "第二条", "renumbered"),
        ("第二条", "第三条", "renumbered"),
        ("第三条", None, "removed"),
        ("第四条", "第四条", "changed"),
        ("第六条", "第五条", "renumbered"),
        ("第七条", "第六条", "renumbered"),
        ("第五条", "第七条", "moved"),
    ]
    changed = shown["pairs"][4]
    assert changed["old_text"] == f"第四条 {D}" and changed["new_text"] == f"第四条 {D2}"
    (old_span,), (new_span,) = changed["old_spans"], changed["new_spans"]
    assert changed["old_text"][slice(*old_span)] == "三"
    assert changed["new_text"][slice(*new_span)] == "四"
    assert shown["pairs"][3]["old_text"] == f"第三条 {C}" and shown["pairs"][3]["new_text"] == ""


def test_changes_only_leaves_out_unchanged_pairs(tmp_path, capsys):
    (tmp_path / "old.md").write_text(_law(A, B, C), encoding="utf-8")
    (tmp_path / "new.md").write_text(_law(A, B, C + "并公告。"), encoding="utf-8")
    argv = ["compare", str(tmp_path / "old.md"), str(tmp_path / "new.md"), "--json"]
    assert main([*argv, "--changes-only"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["summary"]["same"] == 2
    assert [(p["old"], p["status"]) for p in shown["pairs"]] == [("第三条", "changed")]


def test_documents_without_articles_compare_by_paragraph():
    old = parse_document("# 报告\n\n第一段文字，讲述背景。\n\n第二段文字，讲述措施。\n")
    new = parse_document(
        "# 报告\n\n第一段文字，讲述背景。\n\n新增的一段。\n\n第二段文字，讲述措施。\n"
    )
    comparison = compare_documents(old, new)
    assert [p.status for p in comparison.pairs] == ["same", "added", "renumbered"]


def test_lifa_2015_to_2023_renumbered_articles_follow_their_text():
    laws = shared_path(LAWS) / "宪法相关法"
    comparison = compare_documents(
        load_document(laws / "立法法(2015-03-15).md"), load_document(laws / "立法法(2023-03-13).md")
    )
    by_old = {p.old.address: p for p in comparison.pairs if p.old}
    # 2015 第八十八条 (法律的效力高于行政法规…) is 2023 第九十九条, text unchanged
    assert by_old["第八十八条"].new.address == "第九十九条"
    assert by_old["第八十八条"].status == "renumbered"
    assert by_old["第一百零五条"].new.address == "第一百二十条"
    assert comparison.summary["added"] == 16
    assert comparison.summary["same"] + comparison.summary["renumbered"] == 60


def test_two_different_documents_are_said_to_share_few_articles(tmp_path, capsys):
    other = "# 另一法\n\n" + "\n\n".join(
        f"第{NUM[k]}条 {text}"
        for k, text in enumerate(["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未。"] * 7)
    )
    unrelated = compare_documents(parse_document(OLD), parse_document(other))
    assert not unrelated.related
    assert "few articles in common" in unrelated.summary_line()
    versions = compare_documents(parse_document(OLD), parse_document(NEW_TEXT))
    assert versions.related and "few articles" not in versions.summary_line()
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(other, encoding="utf-8")
    assert main(["compare", str(old), str(new), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["related"] is False


def test_a_rewritten_law_is_still_two_versions():
    """矿产资源法 2024 rewrote the 2009 text: under a tenth of the articles pair up, the title
    says they are versions."""
    laws = shared_path(LAWS) / "经济法"
    comparison = compare_documents(
        load_document(laws / "矿产资源法(2009-08-27).md"),
        load_document(laws / "矿产资源法(2024-11-08).md"),
    )
    counts = comparison.summary
    assert counts["same"] + counts["changed"] + counts["renumbered"] < len(comparison.pairs) / 10
    assert comparison.related and "few articles" not in comparison.summary_line()
