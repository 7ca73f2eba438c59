"""DocumentSearch on briefing.md: query features, forgiving matching, counts, snippets."""

from __future__ import annotations

import re

import pytest

from tests.conftest import BRIEFING
from viewer.core.document.markdown_model import load_document, parse_document
from viewer.core.search.engine import DocumentSearch
from viewer.core.text.folding import fold


@pytest.fixture(scope="module")
def document():
    return load_document(BRIEFING)


@pytest.fixture(scope="module")
def search(document, tmp_path_factory):
    return DocumentSearch(document, index_root=tmp_path_factory.mktemp("indexes"))


def _containing(document, fragment: str) -> set[str]:
    """Truth by a plain scan, as Ctrl+F would count."""
    return {p.id for p in document.passages() if fold(fragment) in fold(p.text)}


def _ids(results) -> set[str]:
    return {h.passage_id for h in results.hits}


@pytest.mark.parametrize(
    "query", ["互联网+", "互联网", "红包", "微信红包", "6.43亿", "7.43万亿", "连接一切", "网", "亿"]
)
def test_counts_equal_a_substring_scan(search, document, query):
    truth = _containing(document, query)
    assert truth, f"{query} should occur in briefing.md"
    results = search.search(query)
    assert results.total == len(truth)
    assert _ids(results) == truth


def test_plus_term_counts_verbatim_not_the_bare_word(search, document):
    plus, bare = _containing(document, "互联网+"), _containing(document, "互联网")
    assert len(plus) < len(bare)
    assert search.search("互联网+").total == len(plus)


def test_match_count_counts_every_occurrence(search, document):
    expected = sum(p.text.count("互联网+") for p in document.passages())
    assert search.search("互联网+").match_count == expected


@pytest.mark.parametrize(
    ("typed", "plain"),
    [("ｕｂｅｒ", "uber"), ("UBER", "uber"), ("微信紅包", "微信红包"), ("互联网＋", "互联网+")],
)
def test_forgiving_matching(search, typed, plain):
    assert search.search(typed).total == search.search(plain).total > 0


def test_full_width_comma_matches_ascii_comma(search, document):
    assert "过江龙再强,也打不过" in "".join(p.text for p in document.passages())
    assert search.search("过江龙再强，也打不过").total == 1


def test_separators_must_match_exactly(search):
    assert search.search("再强也打").total == 0  # the text has a comma between them


def test_and_or_not(search, document):
    both = _containing(document, "深圳") & _containing(document, "腾讯")
    assert _ids(search.search("深圳 腾讯")) == both
    either = _containing(document, "红包") | _containing(document, "保险")
    assert _ids(search.search("红包 OR 保险")) == either
    without = _containing(document, "红包") - _containing(document, "保险")
    assert _ids(search.search("红包 -保险")) == without
    assert _ids(search.search("红包 NOT 保险")) == without


def test_phrase_with_spaces(search, document):
    truth = _containing(document, "互联网 + 传统产业")
    assert truth and _ids(search.search('"互联网 + 传统产业"')) == truth


def test_pane_filter_by_title_or_id(search, document):
    finance = {p.id for p in document.panes if "金融" in p.title}
    results = search.search("红包 pane:金融")
    assert results.total and {h.pane_id for h in results.hits} <= finance
    everywhere = search.search("互联网+")
    assert search.search("互联网+ -pane:金融").total == everywhere.total - sum(
        everywhere.pane_counts.get(p, 0) for p in finance
    )
    assert search.search("互联网+", pane=next(iter(finance))).total == sum(
        everywhere.pane_counts.get(p, 0) for p in finance
    )


def test_single_characters_are_fast_and_exact(search, document):
    for char in "网亿包腾":
        results = search.search(char)
        assert results.total == len(_containing(document, char))
        assert results.elapsed_ms < 200


@pytest.mark.parametrize(
    "query", ["互联网+", "6.43亿", "7.43万亿", "微信紅包", "ＵＢＥＲ", "信息经济"]
)
def test_highlights_cover_exactly_the_query_text(search, query):
    results = search.search(query)
    assert results.hits
    for hit in results.hits:
        assert hit.spans
        for start, end in hit.spans:
            assert fold(hit.text[start:end]) == fold(query)
        marked = re.findall(r"<mark>(.*?)</mark>", hit.snippet)
        assert marked and all(fold(m) == fold(query) for m in marked)


def test_snippet_is_html_escaped():
    doc = parse_document("# T\n\n## P\n\n比较 a<b 与 互联网+ 的 & 关系\n")
    hit = DocumentSearch(doc).search("互联网+").hits[0]
    assert "&lt;" in hit.snippet and "&amp;" in hit.snippet
    assert "<mark>互联网+</mark>" in hit.snippet


def test_no_match_suggests_a_query_that_matches(search):
    assert search.search("火星人").total == 0
    assert search.search("深圳 火星人").suggestion == "深圳"
    assert search.search("互联网火星人").suggestion == "互联网"
    suggestion = search.search("红包 pane:交通").suggestion
    assert suggestion and search.search(suggestion).total > 0


def test_odd_queries_never_raise(search):
    for query in ['"连接一切', "OR", "-", "NOT", "pane:", "，", "((", "*", "\\", '""', "   "]:
        search.search(query)


def test_results_carry_what_the_panel_needs(search, document):
    results = search.search("红包", limit=1)
    assert len(results.hits) == 1 and results.total == len(_containing(document, "红包"))
    hit = results.hits[0]
    passage = document.passage(hit.passage_id)
    assert hit.text == passage.text and hit.pane_id == passage.pane_id
    assert hit.pane_title == document.pane(hit.pane_id).title
    assert hit.document == str(BRIEFING) and hit.title == document.title
    assert sum(results.pane_counts.values()) == results.total
