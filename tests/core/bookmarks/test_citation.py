from __future__ import annotations

from tests.conftest import BRIEFING
from viewer.core.bookmarks.citation import cite, format_citation
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.document.markdown_model import load_document
from viewer.core.i18n import language


def _full() -> str:
    return format_citation(
        "微信红包的模式", "标题", pane="互联网+金融", heading="小标题", source="某报", date="2015"
    )


def test_full_citation_labels_its_source_in_the_interface_language():
    assert _full() == "“微信红包的模式”——《标题》，互联网+金融 › 小标题。Source: 某报, 2015."
    language.set_language("zh")
    assert _full() == "“微信红包的模式”——《标题》，互联网+金融 › 小标题。来源：某报，2015。"


def test_missing_parts_are_left_out_and_inner_quotes_nest():
    assert format_citation("他说“好”", "《标题》") == "“他说‘好’”——《标题》。"
    assert (
        format_citation("a\n b", "T", pane="P", heading="P", date="2015")
        == "“a b”——《T》，P。2015."
    )


def test_cite_bookmark_uses_document_metadata():
    doc = load_document(BRIEFING)
    with BookmarkLibrary() as library:
        bookmark = library.add_quote(doc, "微信红包的模式也可以复制在保险业")
        text = cite(library.resolve_one(bookmark.id, doc), doc)
    assert text == (
        "“微信红包的模式也可以复制在保险业”——《马化腾为深圳党政领导干部讲“互联网+”，"
        "深圳市与腾讯签约合作》，互联网+金融。Source: 中文网络报道，署名“小政”"
        "（原文未注明刊发媒体）, 2015."
    )


def test_a_pane_and_section_spelled_with_other_spacing_are_named_once():
    text = format_citation("决定。", "法", pane="第三章  决定和接收", heading="第三章 决定和接收")
    assert text == "“决定。”——《法》，第三章  决定和接收。"


def _chapter_two(path, text: str):
    """A law written to `path`, loaded, and its pane 第二章."""
    path.write_text(text, encoding="utf-8")
    document = load_document(path)
    return document, next(p for p in document.panes if "第二章" in p.title)


def test_a_passage_of_a_law_is_cited_by_its_article_and_version(tmp_path):
    """Copy Citation on a selection or a paragraph gives what `show --at` gives: the article
    and the version date, not the chapter (issue 9 trial)."""
    from viewer.core.bookmarks.citation import cite_passage

    document, pane = _chapter_two(
        tmp_path / "浙江省价格条例(2013-11-22).md",
        "# 浙江省价格条例\n\n## 第二章 经营者价格行为\n\n"
        "第七条 经营者应当遵守价格法律。\n\n第八条 经营者应当明码标价。\n",
    )
    start = pane.text.index("明码标价")
    assert cite_passage(document, pane.id, "明码标价", start) == (
        "“明码标价”——《浙江省价格条例》（2013年11月22日）第八条。"
    )


def test_a_briefing_passage_keeps_its_pane_and_heading_form():
    from viewer.core.bookmarks.citation import cite_passage

    document = load_document(BRIEFING)
    passage = next(p for p in document.passages() if "微信红包的模式" in p.text)
    pane = document.pane(passage.pane_id)
    start = pane.text.index("微信红包的模式")
    text = cite_passage(document, pane.id, "微信红包的模式", start)
    assert text.startswith("“微信红包的模式”——《") and pane.title in text


def test_a_quote_from_the_first_of_several_paragraphs_is_cited_as_its_clause(tmp_path):
    """第七条 quoted whole is 第七条; its first paragraph alone is 第七条第一款, as its second
    is 第七条第二款 (issue 9 trial: the first said 第七条 while quoting one 款)."""
    from viewer.core.bookmarks.citation import cite_passage

    document, pane = _chapter_two(
        tmp_path / "某条例(2013-11-22).md",
        "# 某条例\n\n## 第二章 经营\n\n第六条 经营者应当守法。\n\n"
        "第七条 经营者应当明码标价。\n\n标价应当清楚。\n\n第八条 一段。\n",
    )
    text = pane.text
    first = text.index("第七条")
    second = text.index("标价应当清楚")
    whole = text[first : second + len("标价应当清楚。")]
    assert cite_passage(document, pane.id, "第七条 经营者应当明码标价。", first).endswith(
        "（2013年11月22日）第七条第一款。"
    )
    assert cite_passage(document, pane.id, "标价应当清楚。", second).endswith("第七条第二款。")
    assert cite_passage(document, pane.id, whole, first).endswith("（2013年11月22日）第七条。")
    assert cite_passage(
        document, pane.id, "经营者应当守法。", text.index("经营者应当守法")
    ).endswith("第六条。")
