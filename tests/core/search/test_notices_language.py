"""The notices of a document search (a shortened query, ranking before the index, index
trouble) reach the reader in the interface language."""

from __future__ import annotations

import re

import pytest

from tests.conftest import BRIEFING
from viewer.core.document.markdown_model import load_document
from viewer.core.i18n import language
from viewer.core.search.engine import DocumentSearch
from viewer.core.search.query_parser import (
    MAX_LONE_CHARS,
    MAX_QUERY_CHARS,
    MAX_TERM_CHARS,
    MAX_TERMS,
    parse_query,
)

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
OVERSIZED = (
    " ".join(f"词{i}" for i in range(MAX_TERMS + 3))  # too many words
    + " "
    + " ".join(chr(0x4E00 + i) for i in range(MAX_LONE_CHARS + 2))  # too many single characters
    + " "
    + "长" * (MAX_TERM_CHARS + 5)  # one word too long
    + " 填" * MAX_QUERY_CHARS  # and too long in all
)


@pytest.fixture(scope="module")
def document():
    return load_document(BRIEFING)


def test_an_oversized_query_says_what_was_left_out_in_english():
    notice = parse_query(OVERSIZED).notice
    assert f"Only the first {MAX_QUERY_CHARS:,} characters of the query were read." in notice
    assert f"Query shortened to its first {MAX_TERMS} words" in notice
    assert f"Words longer than {MAX_TERM_CHARS} characters were cut." in notice


def test_an_oversized_query_says_what_was_left_out_in_chinese():
    language.set_language("zh")
    notice = parse_query(OVERSIZED).notice
    assert f"搜索词只读取了前 {MAX_QUERY_CHARS:,} 个字符。" in notice
    assert f"搜索词已缩减为前 {MAX_TERMS} 个词" in notice
    assert f"超过 {MAX_TERM_CHARS} 个字符的词已截短。" in notice
    assert not LATIN_WORD.search(notice), notice


def test_ranking_before_the_index_is_noted_in_the_language_of_the_search(document, tmp_path):
    search = DocumentSearch(document, index_root=tmp_path)
    search.scan_while_indexing = True
    english = search.search("红包").notice
    assert english == "Ranked by number of matches until the search index is ready."
    language.set_language("zh")
    assert search.search("红包").notice == "索引建好之前，结果按匹配次数排序。"


def test_a_rebuilt_index_is_reported_in_the_language_of_the_moment(document, tmp_path):
    """Index trouble is found once, but its notice is worded each time it is shown."""
    first = DocumentSearch(document, index_root=tmp_path)
    first.open()
    folder = first.index_location
    first.close()
    (folder / "viewer-manifest.json").write_text("{}", encoding="utf-8")  # damaged
    search = DocumentSearch(document, index_root=tmp_path)
    search.open()
    assert search.search("红包").notice.startswith("The search index was damaged")
    language.set_language("zh")
    assert search.search("红包").notice.startswith("搜索索引已损坏，已重新建立（")
