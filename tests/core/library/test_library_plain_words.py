"""Plain-word counts in the passages the index named equal a check of each passage's text:
touching matches (判决判决, 人民法院判决) merge into one whichever way the joins are looked for
(a scan of the whole text, or an `in` per passage of several matches)."""

from __future__ import annotations

import pytest

from viewer.core.library import plain_words
from viewer.core.library.plain_words import word_counts
from viewer.core.library.texts import DocText, encode_row
from viewer.core.search.query_parser import parse_query
from viewer.core.search.snippets import match_spans, text_matches

PASSAGES = [
    "人民法院依法判决，判决书送达。",
    "判决判决人民法院判决。",
    "人民法院法院判决书，人民法院判决。",
    "当事人不服判决的，可以上诉。" * 12,  # long: the text is far longer than its matches
    "民法院判决人民。",
    "无关的条文。" * 20,
    "人民法院人民法院判决判决判决。",
]


@pytest.fixture
def doc() -> DocText:
    rows = [(f"p{n}", "pane", "", "paragraph", text) for n, text in enumerate(PASSAGES)]
    return DocText("法.md", *encode_row("法", [("pane", "总则")], rows))


@pytest.mark.parametrize("scan_per_call", [0, 10**9])  # joins by passage / in the whole text
@pytest.mark.parametrize(
    "query", ["人民法院 判决", "判决", "判决 OR 上诉", "人民 人民法院", "判决 法院 OR 人民"]
)
def test_counts_equal_a_check_of_each_passage(doc, monkeypatch, scan_per_call, query):
    monkeypatch.setattr(plain_words, "_SCAN_PER_CALL", scan_per_call)
    parsed = parse_query(query)
    expected = {
        n: len(match_spans(parsed, part))
        for n, part in enumerate(doc.parts)
        if text_matches(parsed, part)
    }
    assert word_counts(parsed, doc, list(range(len(doc.parts)))) == expected
    if query == "人民法院 判决":
        assert expected[1] == 1 and expected[6] == 1  # all touching: one match each
