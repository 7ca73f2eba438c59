"""Numerals as laws write them: every form a reader types maps to the same number."""

import pytest

from viewer.core.text.numerals import ordinal, parse_ordinal, to_chinese, to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("一百二十", 120),
        ("一百零五", 105),
        ("一百一十", 110),
        ("一千零一十", 1010),
        ("一千二百六十", 1260),
        ("二〇一九", 2019),
        ("两百", 200),
        ("26", 26),
        ("２６", 26),
        ("一万零五", 10005),
    ],
)
def test_to_int_reads_every_written_form(text, value):
    assert to_int(text) == value


@pytest.mark.parametrize("text", ["", "条", "abc", "二三十", "第"])
def test_to_int_rejects_what_is_not_a_numeral(text):
    assert to_int(text) is None


@pytest.mark.parametrize(
    ("value", "text"),
    [(1, "一"), (10, "十"), (15, "十五"), (20, "二十"), (105, "一百零五"), (110, "一百一十")]
    + [(120, "一百二十"), (1010, "一千零一十"), (1260, "一千二百六十"), (0, "零")],
)
def test_to_chinese_writes_article_numerals(value, text):
    assert to_chinese(value) == text


def test_round_trip_over_every_article_number_a_law_uses():
    for value in range(0, 2000):
        assert to_int(to_chinese(value)) == value


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("第一百二十条之一", (120, "条", 1)),
        ("第26条", (26, "条", 0)),
        ("第２６条", (26, "条", 0)),
        ("第二十六条", (26, "条", 0)),
        ("26", (26, "", 0)),
        ("第三章", (3, "章", 0)),
        ("第17条之1", (17, "条", 1)),
        ("第条", None),
        ("第二十六号", None),
    ],
)
def test_parse_ordinal(text, parsed):
    assert parse_ordinal(text) == parsed


def test_ordinal_prints_the_law_form():
    assert ordinal(120, "条", 1) == "第一百二十条之一"
    assert ordinal(26, "条") == "第二十六条"
