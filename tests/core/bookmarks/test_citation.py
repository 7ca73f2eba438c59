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
