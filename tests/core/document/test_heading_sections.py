"""A heading passage belongs to its own section: search results, bookmarks and citations label
it with itself, never with the section above it (issue 8, item 5)."""

from __future__ import annotations

from tests.conftest import BRIEFING
from tests.core.library.test_library import indexed
from viewer.core.bookmarks.anchoring import heading_at
from viewer.core.document.markdown_model import load_document, parse_document
from viewer.core.search.engine import DocumentSearch

HEADING = "“小马哥”+“互联网+”= 场面火爆"


def test_every_heading_passage_is_its_own_section():
    document = load_document(BRIEFING)
    headings = [p for p in document.passages() if p.kind == "heading"]
    assert headings
    for passage in headings:
        assert passage.heading == passage.text, passage.text


def test_passages_under_a_heading_keep_it():
    doc = parse_document("## 章\n\n### 甲节\n\n甲。\n\n### 乙节\n\n乙。\n")
    labels = [(p.text, p.heading) for p in doc.panes[0].passages]
    assert labels == [
        ("章", "章"),
        ("甲节", "甲节"),
        ("甲。", "甲节"),
        ("乙节", "乙节"),
        ("乙。", "乙节"),
    ]


def test_a_heading_hit_in_the_briefing_is_listed_under_itself(tmp_path):
    document = load_document(BRIEFING)
    results = DocumentSearch(document, index_root=tmp_path).search("场面火爆")
    hit = next(h for h in results.hits if h.text == HEADING)
    assert hit.heading == HEADING  # the panel's "pane › heading" line, not "… › 导读"


def test_heading_at_a_heading_is_that_heading():
    document = load_document(BRIEFING)
    passage = next(p for p in document.passages() if p.text == HEADING)
    pane = document.pane(passage.pane_id)
    start = pane.passage_starts()[pane.passages.index(passage)]
    assert heading_at(document, pane.id, start + 2) == HEADING


def test_a_heading_hit_in_a_library_is_listed_under_itself(tmp_path):
    root = tmp_path / "lib"
    root.mkdir()
    (root / "法.md").write_text(
        "# 某法\n\n## 第一章\n\n### 导读\n\n前言。\n\n### 场面火爆\n\n正文。\n", encoding="utf-8"
    )
    _index, search = indexed(root)
    hits = search.search("场面火爆").documents[0].passages
    assert [(h.text, h.heading) for h in hits] == [("场面火爆", "场面火爆")]


def test_a_section_cut_into_parts_keeps_its_heading_in_every_part():
    from viewer.core.document.markdown_model import MAX_PANE_CHARS

    paragraph = "这一段属于第二节的正文内容。" * 20
    count = MAX_PANE_CHARS // len(paragraph) + 20
    text = "## 大章\n\n### 第一节\n\n甲。\n\n### 第二节\n\n" + "\n\n".join([paragraph] * count)
    doc = parse_document(text)
    assert len(doc.panes) >= 2  # the pane was cut into parts
    for pane in doc.panes[1:]:
        assert pane.passages[0].heading == "第二节", pane.title


def test_a_pane_is_titled_as_its_heading_reads(tmp_path):
    """Laws write "第三章  决定和接收" (two spaces); the heading renders with one. The pane
    title must read the same, or every hit is located "第三章  决定和接收 › 第三章 决定和接收"."""
    doc = parse_document("# 法\n\n## 第三章  决定和接收\n\n第十七条 决定。\n")
    pane = doc.panes[0]
    assert pane.title == pane.passages[0].text == "第三章 决定和接收"
    assert pane.id == "第三章-决定和接收"  # ids (bookmarks, --pane) are unchanged
    hits = DocumentSearch(doc, index_root=tmp_path).search("决定").hits
    assert hits and all(h.heading == h.pane_title for h in hits)
