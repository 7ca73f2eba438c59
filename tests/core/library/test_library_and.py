"""An AND of plain words in a library document: the passages holding every word, exactly as the
Ctrl+F rule (snippets.text_matches) decides passage by passage."""

from __future__ import annotations

import pytest

from viewer.core.library.passages import passage_matches
from viewer.core.library.texts import DocText, encode_row
from viewer.core.search.query_parser import parse_query
from viewer.core.search.snippets import match_spans, text_matches

PASSAGES = [
    "人民法院依法判决。",
    "人民法院应当公开审理。",
    "判决书由人民法院送达，人民法院人民法院。",
    "当事人不服判决的，可以上诉。",
    "人民 法院 判决",  # the words apart, with spaces
    "第五条 人民法院判决判决。",
]


@pytest.fixture
def doc() -> DocText:
    rows = [(f"p{n}", "pane", "", "paragraph", text) for n, text in enumerate(PASSAGES)]
    return DocText("法.md", *encode_row("法", [("pane", "总则")], rows))


@pytest.mark.parametrize(
    "query",
    [
        "人民法院 判决",
        "判决 人民法院 审理",
        "人民法院 -判决",
        "人民法院 判决 OR 上诉",
        '"人民法院" 判决',
    ],
)
def test_and_of_words_equals_the_passage_by_passage_rule(doc, query):
    parsed = parse_query(query)
    found = passage_matches(parsed, doc)
    expected = {
        n: len(match_spans(parsed, part))
        for n, part in enumerate(doc.parts)
        if text_matches(parsed, part)
    }
    assert found == expected
    if query == "人民法院 判决":
        assert sorted(found) == [0, 2, 5]
