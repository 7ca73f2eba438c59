"""Markdown -> topic panes and passages, on small made-up files and on a real law."""

from __future__ import annotations

import pytest

from viewer.core.document.markdown_model import (
    MAX_PANE_CHARS,
    OVERVIEW_TITLE,
    load_document,
    parse_document,
)

LAW = "民法商法/电子商务法(2018-08-31).md"


def test_level_two_headings_become_panes_and_first_h1_is_the_title():
    doc = parse_document(
        "# 标题\n\n引言。\n\n## 第一章\n\n甲。\n\n### 第一节\n\n乙。\n\n## 第二章\n\n丙。\n"
    )
    assert doc.title == "标题"
    assert [p.title for p in doc.panes] == [OVERVIEW_TITLE, "第一章", "第二章"]
    first = doc.panes[1]
    assert [h.text for h in first.headings] == ["第一章", "第一节"]
    assert first.passages[-1].heading == "第一节"
    assert first.text.endswith("乙。")


def test_front_matter_sets_metadata_title_and_pane_level():
    text = (
        "---\ntitle: 简报\nsource: 某报\ndate: 2015-04-01\npanes: 3\n---\n"
        "## 大节\n\n### 小节甲\n\n甲\n\n### 小节乙\n\n乙\n"
    )
    doc = parse_document(text)
    assert doc.title == "简报"
    assert doc.metadata == {"source": "某报", "date": "2015-04-01", "panes": "3"}
    assert [p.title for p in doc.panes] == [OVERVIEW_TITLE, "小节甲", "小节乙"]


def test_panes_none_keeps_one_pane():
    doc = parse_document("---\npanes: none\n---\n## 甲\n\n一\n\n## 乙\n\n二\n")
    assert len(doc.panes) == 1


def test_document_without_headings_is_one_pane_named_after_nothing_lost():
    doc = parse_document("第一段。\n\n第二段。\n")
    assert len(doc.panes) == 1
    assert doc.panes[0].text == "第一段。\n第二段。"


def test_malformed_front_matter_is_reported_and_text_is_kept():
    doc = parse_document("---\ntitle: 没有结束\n\n正文一段。\n")
    assert doc.warnings and "closing" in doc.warnings[0]
    assert "正文一段。" in doc.panes[0].text


def test_front_matter_lines_that_are_not_key_value_are_reported():
    doc = parse_document("---\ntitle: 好\n这不是键值\n---\n正文\n")
    assert doc.title == "好"
    assert any("not understood" in w for w in doc.warnings)


def test_passage_ids_are_stable_when_text_is_inserted_elsewhere():
    before = parse_document("## 甲\n\n第一段。\n\n第二段。\n")
    after = parse_document("## 新章\n\n新增。\n\n## 甲\n\n插入一段。\n\n第一段。\n\n第二段。\n")
    ids_before = {p.text: p.id for p in before.passages()}
    ids_after = {p.text: p.id for p in after.passages()}
    for text in ("第一段。", "第二段。"):
        assert ids_before[text] == ids_after[text]


def test_repeated_passages_get_distinct_ids():
    doc = parse_document("同一句。\n\n同一句。\n")
    ids = [p.id for p in doc.passages()]
    assert len(set(ids)) == 2


def test_rendered_html_carries_the_passage_anchor_and_plain_text_drops_markup():
    doc = parse_document("这是**重点**和[链接](https://example.org)。\n")
    passage = doc.panes[0].passages[0]
    assert f'<a name="{passage.id}"></a>' in passage.html
    assert passage.text == "这是重点和链接。"


def test_fenced_code_is_one_passage_even_with_blank_lines():
    doc = parse_document("```\n甲\n\n乙\n```\n\n之后。\n")
    kinds = [p.kind for p in doc.passages()]
    assert kinds == ["code", "paragraph"]


def test_huge_pane_is_cut_into_numbered_parts():
    paragraph = "条文内容" * 50
    text = "## 大章\n\n" + "\n\n".join(f"第{i}条 {paragraph}" for i in range(2000))
    doc = parse_document(text)
    assert len(doc.panes) > 1
    assert doc.panes[0].title.startswith("大章 (1/")
    assert all(len(p.text) < MAX_PANE_CHARS * 1.2 for p in doc.panes)
    assert sum(len(p.passages) for p in doc.panes) == 2001


def test_real_law_chapters_become_panes(laws_dir):
    doc = load_document(laws_dir / LAW)
    assert doc.title == "中华人民共和国电子商务法"
    titles = [p.title for p in doc.panes]
    assert titles[0] == OVERVIEW_TITLE  # the dated preamble before <!-- INFO END -->
    assert "第一章 总则" in titles and "第七章 附则" in titles
    chapter_two = doc.panes[titles.index("第二章 电子商务经营者")]
    assert "第一节 一般规定" in [h.text for h in chapter_two.headings]
    assert not any("INFO END" in p.text for p in doc.passages())


@pytest.mark.parametrize("name", ["刑法/刑法.md", "宪法/宪法.md"])
def test_large_real_documents_parse(laws_dir, name):
    path = laws_dir / name
    if not path.exists():
        pytest.skip(f"{path} not in this corpus")
    doc = load_document(path)
    assert len(doc.panes) > 3
    assert doc.char_count > 10_000


def test_passage_starts_are_offsets_into_pane_text():
    doc = parse_document("## 甲\n\n第一段。\n\n𠮷第二段。\n\n- 列表\n")
    pane = doc.panes[0]
    for passage, start in zip(pane.passages, pane.passage_starts(), strict=True):
        assert pane.text[start : start + len(passage.text)] == passage.text
