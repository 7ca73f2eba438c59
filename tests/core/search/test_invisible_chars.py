"""Zero-width characters and BOMs inside words (`红\\u200b包`, pasted from web pages and Word)
are invisible to the reader, so they are invisible to search and bookmarks too."""

from __future__ import annotations

import pytest

from tests.core.library.test_library import indexed, write
from viewer.core.bookmarks.anchoring import anchor_for_quote, resolve
from viewer.core.document.markdown_model import parse_document
from viewer.core.search.engine import DocumentSearch

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u2063"]
PLAIN = (
    "# 通知\n\n## 金融\n\n春节期间红包雨活动暂停。\n\n## 交通\n\n**微信**红包不得用于支付车费。\n"
)


def _doc(text: str):
    return parse_document(text)


@pytest.mark.parametrize("mark", INVISIBLE)
def test_a_word_split_by_an_invisible_character_is_found(tmp_path, mark):
    document = _doc(PLAIN.replace("红包", f"红{mark}包"))
    results = DocumentSearch(document, index_root=tmp_path).search("红包")
    assert results.total == 2
    for hit in results.hits:  # spans point at the word in the text the hit carries
        assert [hit.text[s:e] for s, e in hit.spans] == ["红包"]
    assert "红包雨" in results.hits[0].text or "红包雨" in results.hits[1].text


@pytest.mark.parametrize("mark", INVISIBLE)
def test_a_query_holding_an_invisible_character_finds_the_plain_word(tmp_path, mark):
    search = DocumentSearch(_doc(PLAIN), index_root=tmp_path)
    assert search.search(f"红{mark}包").total == 2
    assert search.search(f'"红{mark}包雨"').total == 1


@pytest.mark.parametrize("mark", INVISIBLE)
def test_bookmark_quotes_ignore_invisible_characters(mark):
    split = _doc(PLAIN.replace("红包", f"红{mark}包"))
    plain = _doc(PLAIN)
    anchor = anchor_for_quote(split, "红包雨活动")
    assert resolve(anchor, split).status == "exact"
    assert resolve(anchor, plain).status == "exact"
    typed = anchor_for_quote(plain, f"红{mark}包雨活动")
    assert typed.quote == "红包雨活动"


def test_the_library_finds_words_split_by_invisible_characters(tmp_path):
    root = tmp_path / "lib"
    write(root, "a/红包法.md", "支付法", "发放红\u200b包应当实名。")
    write(root, "a/其他法.md", "其他法", "没有那个词。")
    results = indexed(root)[1].search("红包")
    assert results.total_documents == 1
    hit = results.hits[0]
    assert [hit.text[s:e] for s, e in hit.spans] == ["红包"]


def test_titles_and_pane_filters_ignore_invisible_characters(tmp_path):
    text = "---\ntitle: 红\u200b包管理办法\n---\n\n## 红\u200b包专题\n\n发放红包应当实名。\n"
    document = _doc(text)
    assert document.title == "红包管理办法"
    search = DocumentSearch(document, index_root=tmp_path)
    assert search.search("实名 pane:红包").total == 1
    root = tmp_path / "lib"
    (root / "a").mkdir(parents=True)
    (root / "a" / "办法.md").write_text(text, encoding="utf-8")
    results = indexed(root)[1].search("实名 pane:红包")
    assert results.total_documents == 1 and results.documents[0].title == "红包管理办法"
