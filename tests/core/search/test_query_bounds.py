"""Queries as people really type or paste them: IME quotation marks, huge and repetitive
queries. Each is answered, with the same hits as its plain form, and the work is bounded."""

from __future__ import annotations

import json

import pytest

from tests.conftest import BRIEFING
from tests.core.library.test_library import indexed, write
from viewer.core.document.markdown_model import load_document
from viewer.core.search.engine import DocumentSearch
from viewer.core.search.query_parser import MAX_LONE_CHARS, MAX_TERM_CHARS, MAX_TERMS, parse_query
from viewer.core.search.suggest import MAX_CHECKS, suggest

IME_QUOTES = ["“连接一切”", "「连接一切」", "『连接一切』", "＂连接一切＂"]


@pytest.fixture(scope="module")
def search(tmp_path_factory):
    document = load_document(BRIEFING)
    return DocumentSearch(document, index_root=tmp_path_factory.mktemp("indexes"))


@pytest.fixture
def library(tmp_path):
    root = tmp_path / "lib"
    write(root, "a/反垄断法.md", "反垄断法", "经营者集中达到申报标准的，应当事先申报。")
    write(root, "a/网络安全法.md", "网络安全法", "网络运营者应当履行安全保护义务。")
    return indexed(root)[1]


@pytest.mark.parametrize("typed", IME_QUOTES)
def test_ime_quotes_are_phrase_quotes(typed):
    parsed = parse_query(f"腾讯 {typed} -微信")
    assert [[t.folded for t in c] for c in parsed.clauses] == [["腾讯"], ["连接一切"], ["微信"]]
    assert parsed.clauses[1][0].phrase and parsed.clauses[2][0].negated


def test_ime_quotes_keep_spaces_and_operator_words_inside():
    assert [t.folded for t in parse_query("「deep OR learning」").positive_terms] == [
        "deep or learning"
    ]


@pytest.mark.parametrize("typed", IME_QUOTES)
def test_ime_quoted_phrase_finds_what_ascii_quotes_find(search, typed):
    ascii_quoted = search.search('"连接一切"')
    assert ascii_quoted.total > 0
    results = search.search(typed)
    assert results.total == ascii_quoted.total
    assert [h.passage_id for h in results.hits] == [h.passage_id for h in ascii_quoted.hits]


def test_ime_quoted_phrase_in_the_library(library):
    assert library.search("“经营者集中”").total_documents == 1
    assert library.search("「经营者集中」 OR 『安全保护』").total_documents == 2


def test_repeated_words_are_searched_once_without_a_notice():
    parsed = parse_query("红包 红包 “红包” 紅包 红包 OR 红包")
    assert [[t.folded for t in c] for c in parsed.clauses] == [["红包"]]
    assert parsed.notice is None


def test_many_terms_are_cut_to_the_first_ones_and_the_query_says_so():
    parsed = parse_query(" OR ".join(f"词{i}" for i in range(1000)))
    assert [t.folded for t in parsed.positive_terms] == [f"词{i}" for i in range(MAX_TERMS)]
    assert f"first {MAX_TERMS}" in parsed.notice


def test_a_pasted_sentence_as_one_word_is_cut_and_says_so():
    parsed = parse_query("法" * 50_000)
    assert len(parsed.positive_terms[0].folded) == MAX_TERM_CHARS
    assert parsed.notice


def test_ten_thousand_words_in_the_library_are_answered(library):
    query = " ".join(["经营者", "申报"] * 5_000)
    results = library.search(query)  # was RecursionError
    assert results.total_documents == 1
    assert results.notice is None  # 2 distinct words: nothing was left out


def test_ten_thousand_distinct_words_in_the_library_say_they_were_cut(library):
    results = library.search(" ".join(f"经营{i}" for i in range(10_000)))
    assert results.total_documents == 0
    assert f"first {MAX_TERMS}" in results.notice


def test_ten_thousand_words_in_a_document_use_the_index(search):
    results = search.search(" ".join(["连接一切", "腾讯"] * 5_000))
    assert results.total == search.search("连接一切 腾讯").total > 0
    assert results.notice is None  # not "Search is running without an index"
    many = search.search(" ".join(f"腾讯{i}" for i in range(10_000)))
    assert many.total == 0 and f"first {MAX_TERMS}" in many.notice


def test_suggestion_work_is_bounded():
    calls = []

    def exists(term):
        calls.append(term)
        return False

    parsed = parse_query(" ".join(f"缺{i}词无{i}" for i in range(80)))
    assert suggest(parsed, lambda q: False, exists) is None
    assert len(calls) <= MAX_CHECKS


def test_not_chains_parse(search):
    parsed = parse_query("红包 " + "NOT 微信 " * 12_000)
    assert [[t.folded for t in c] for c in parsed.clauses] == [["红包"], ["微信"]]


def test_the_cli_says_when_a_library_query_was_shortened(tmp_path):
    from tests.core.cli.test_cli_search import _run

    folder = tmp_path / "library"
    write(folder, "a/红包法.md", "红包法", "红包应当依法发放。")
    query = " OR ".join(["红包"] + [f"保险{i}" for i in range(1000)])
    out = _run(tmp_path / "data", "--json", "--library", str(folder), query)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["total_documents"] == 1 and f"first {MAX_TERMS}" in result["notice"]
    text = _run(tmp_path / "data", "--library", str(folder), query).stdout
    assert text.startswith(f"note: Query shortened to its first {MAX_TERMS} words")


def test_single_characters_are_capped_and_the_query_says_so():
    parsed = parse_query("法 法 " + " OR ".join("法院人民国家规定") + " 网 -网")
    kept = [t.folded for t in parsed.positive_terms]
    assert kept == ["法", "法", "院", "人", "民"]  # 网 is the fifth distinct single character
    assert f"first {MAX_LONE_CHARS} single characters" in parsed.notice
    assert parse_query("法 法 法 法 法 法").notice is None
    assert parse_query("法律 法规 a法").notice is None  # a word ending in a lone char counts


def test_single_curly_quotes_are_phrase_quotes_and_odd_phrases_round_trip():
    terms = parse_query("‘连接 一切’ 腾讯").positive_terms
    assert [t.folded for t in terms] == ["连接 一切", "腾讯"]
    for query in ['「他说"连接一切"」', '『「"“’』', '"“a”" 「‘b’」', "＂「c」＂"]:
        parsed = parse_query(query)
        assert parse_query(parsed.render()).clauses == parsed.clauses, query
