"""Numeral folding in search: 第26条 finds 第二十六条 and the reverse; nothing else changes."""

import pytest

from viewer.core.document.markdown_model import parse_document
from viewer.core.search.engine import DocumentSearch
from viewer.core.search.query_parser import parse_query
from viewer.core.text.numeral_variants import numeral_variants

TEXT = (
    "# 示例法\n\n第二十六条 违反本法的，处罚款。\n\n依照第26条规定处理。\n\n"
    "第十七条之一 老年人从轻。\n\n全年共26个项目，2019年完成。\n"
)


@pytest.mark.parametrize(
    ("text", "variants"),
    [
        ("第26条", ["第二十六条"]),
        ("第二十六条", ["第26条"]),
        ("第２６条", ["第二十六条", "第26条"]),
        ("第十七条之一", ["第17条之1"]),
        ("违反第3条第2款", ["违反第三条第二款"]),
        ("第三章", ["第3章"]),
        ("26", []),
        ("2019年", []),
        ("第一次会议", []),
    ],
)
def test_variants(text, variants):
    assert numeral_variants(text) == variants


@pytest.fixture
def search(tmp_path):
    searcher = DocumentSearch(parse_document(TEXT), index_root=tmp_path / "index")
    yield searcher
    searcher.close()


def test_arabic_query_finds_chinese_numerals_and_the_reverse(search):
    arabic = search.search("第26条")
    chinese = search.search("第二十六条")
    assert arabic.total == chinese.total == 2
    texts = {hit.text for hit in arabic.hits}
    assert texts == {"第二十六条 违反本法的，处罚款。", "依照第26条规定处理。"}
    assert search.search("第17条之1").hits[0].text.startswith("第十七条之一")


def test_plain_numbers_are_not_folded(search):
    assert search.search("26").total == 2  # 第26条 and 26个: the digits, as before
    assert parse_query("26").render() == "26"


def test_an_excluded_article_is_excluded_in_both_spellings(search):
    # 处 is in 第二十六条's own text and in the passage citing 第26条: both must go
    for query in ("处 -第26条", "处 -第二十六条", "处 NOT 第26条"):
        texts = {hit.text for hit in search.search(query).hits}
        assert texts == set(), query
    kept = {hit.text for hit in search.search("第26条 -第十七条之一").hits}
    assert len(kept) == 2
    negated = parse_query("罚款 -第26条")
    assert [[t.render() for t in clause] for clause in negated.clauses] == [
        ["罚款"],
        ["-第26条"],
        ["-第二十六条"],
    ]
