"""Excerpt memo (摘编): grouping, notes, citation styles, and what each writer makes of it."""

from __future__ import annotations

import io

import pytest
from docx import Document as read_docx

from tests.core.export.law_bookmarks import bookmark_laws
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.export.docx_writer import to_docx
from viewer.core.export.html_writer import to_html
from viewer.core.export.markdown_writer import to_markdown
from viewer.core.export.memo import MemoOptions, build_memo


@pytest.fixture
def items(laws_dir):
    with BookmarkLibrary() as library:
        yield bookmark_laws(library, laws_dir)


def _excerpts(memo):
    return [e for s in memo.sections for e in s.excerpts]


def test_grouped_by_document_then_pane_with_official_citations(items):
    memo = build_memo(items)
    top = [s.heading for s in memo.sections if s.level == 1]
    assert top == ["中华人民共和国会计法", "中华人民共和国价格法", "中华人民共和国公路法"]
    excerpts = _excerpts(memo)
    assert len(excerpts) == 9
    first = excerpts[0]
    assert first.quote.startswith("第二条")
    assert first.citation == "《中华人民共和国会计法》（2017年修正）第二条"
    assert memo.sources[0] == "《中华人民共和国会计法》（2017年修正）"
    assert len(memo.sources) == 3


def test_gbt7714_style_and_notes_left_out(items):
    memo = build_memo(items, MemoOptions(style="gbt7714", include_notes=False))
    first = _excerpts(memo)[0]
    assert first.citation.endswith("第二条[Z]. 2017-11-04.")
    assert first.citation.startswith("全国人民代表大会常务委员会. 中华人民共和国会计法")
    assert all(not e.note for e in _excerpts(memo))


def test_group_by_tag_and_colour_lists_each_quote_once(items):
    by_tag = build_memo(items, MemoOptions(group_by="tag"))
    assert [s.heading for s in by_tag.sections] == ["标签0", "标签1"]
    by_colour = build_memo(items, MemoOptions(group_by="color"))
    for memo in (by_tag, by_colour):
        quotes = [e.quote for e in _excerpts(memo)]
        assert len(quotes) == len(set(quotes)) == 9


def test_untagged_bookmarks_come_last(items):
    r, document = items[0]
    from dataclasses import replace

    untagged = [(replace(r, bookmark=replace(r.bookmark, tags=())), document), *items[1:]]
    headings = [s.heading for s in build_memo(untagged, MemoOptions(group_by="tag")).sections]
    assert headings[-1] == "No tag"


def test_docx_reads_back_with_heading_styles_each_quote_and_note_once(items):
    memo = build_memo(items)
    word = read_docx(io.BytesIO(to_docx(memo)))
    styles = [(p.style.name, p.text) for p in word.paragraphs]
    assert styles[0] == ("Title", "Excerpt Memo")
    headings = {text: style for style, text in styles if style.startswith("Heading")}
    assert headings["中华人民共和国会计法"] == "Heading 1"
    assert headings["Sources"] == "Heading 1"
    assert any(style == "Heading 2" for style in headings.values())
    texts = [text for _, text in styles]
    for excerpt in _excerpts(memo):
        assert texts.count(excerpt.quote) == 1
        assert ("Quote", excerpt.quote) in styles
        assert texts.count("— " + excerpt.citation) == 1
        if excerpt.note:
            assert texts.count("Note: " + excerpt.note) == 1
    notes = [t for s, t in styles if s == "Note"]
    assert len(notes) == 6  # every bookmark but the second of each law has a note
    assert "《中华人民共和国公路法》（2017年修正）" in texts  # the list of sources
    assert word.core_properties.author == ""


def test_html_is_escaped_and_self_contained(items):
    r, document = items[0]
    from dataclasses import replace

    hostile = replace(r.bookmark, note='<script>alert(1)</script><img src="http://x/y.png">')
    memo = build_memo([(replace(r, bookmark=hostile), document)])
    html = to_html(memo)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "http" not in html.replace('lang="zh-CN"', "").replace("http://x/y.png", "")


def test_markdown_memo_keeps_quotes_notes_and_sources(items):
    memo = build_memo(items)
    text = to_markdown(memo)
    assert text.startswith("# Excerpt Memo\n")
    assert "## Sources" in text
    assert "> — 《中华人民共和国价格法》" in text
    for excerpt in _excerpts(memo):
        assert text.count(excerpt.quote) == 1


def test_markdown_escapes_markup_in_a_note(items):
    r, document = items[0]
    from dataclasses import replace

    marked = replace(r.bookmark, note="# 不是标题 *也不是强调* [链接](x)")
    text = to_markdown(build_memo([(replace(r, bookmark=marked), document)]))
    assert "Note: \\# 不是标题 \\*也不是强调\\* \\[链接\\](x)" in text


def test_a_bookmark_whose_text_is_gone_is_listed_last_with_its_title(items):
    from dataclasses import replace

    from viewer.core.bookmarks.anchoring import ORPHAN, Resolution

    r, _document = items[0]
    orphan = replace(r, resolution=Resolution(ORPHAN, 0.0))
    memo = build_memo([*items[1:], (orphan, None)])
    last = memo.sections[-1]
    assert last.heading == "Bookmarks that could not be placed"
    assert [e.quote for e in last.excerpts] == [" ".join(r.bookmark.quote.split())]
    assert last.excerpts[0].citation == "《中华人民共和国会计法》"
    assert memo.sources[-1] == "《中华人民共和国会计法》"


def test_docx_pages_are_headed_and_numbered(items):
    from docx.oxml.ns import qn

    memo = build_memo(items)
    word = read_docx(io.BytesIO(to_docx(memo)))
    section = word.sections[0]
    assert section.header.paragraphs[0].text == memo.title
    footer = section.footer.paragraphs[0]
    fields = [f.get(qn("w:instr")) for f in footer._p.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]  # Word fills in the numbers on every page
    assert footer.text.replace(" ", "") == "Pageof"
