"""The query language: operators, phrases, pane filters, and never an error."""

from __future__ import annotations

import random

import pytest

from viewer.core.search.query_parser import parse_query


def _shape(query: str):
    parsed = parse_query(query)
    clauses = [[("-" if t.negated else "") + t.folded for t in c] for c in parsed.clauses]
    return clauses, list(parsed.panes), list(parsed.excluded_panes)


def test_words_are_anded():
    assert _shape("深圳 腾讯 协议")[0] == [["深圳"], ["腾讯"], ["协议"]]


def test_or_binds_tighter_than_and():
    assert _shape("深圳 腾讯 OR 阿里")[0] == [["深圳"], ["腾讯", "阿里"]]


def test_minus_and_not_negate():
    assert _shape("红包 -微信")[0] == [["红包"], ["-微信"]]
    assert _shape("红包 NOT 微信")[0] == [["红包"], ["-微信"]]


def test_quoted_phrase_keeps_spaces_and_operator_words():
    assert _shape('"deep OR learning" x')[0] == [["deep or learning"], ["x"]]


def test_pane_filters():
    assert _shape("红包 pane:金融")[1] == ["金融"]
    assert _shape('pane:"互联网+ 金融" -pane:交通')[1:] == (["互联网+ 金融"], ["交通"])


def test_full_width_syntax_is_understood():
    assert _shape("红包 －微信")[0] == [["红包"], ["-微信"]]
    assert _shape("＂连接一切＂")[0] == [["连接一切"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"连接一切', [["连接一切"]]),  # unbalanced quote dropped
        ("-红包", [["-红包"]]),  # nothing positive: plain text
        ("OR", [["or"]]),
        ("红包 OR", [["红包"]]),
        ("NOT", [["not"]]),
        ("-", [["-"]]),
        ("pane:", [["pane:"]]),
    ],
)
def test_odd_input_becomes_plain_text(query, expected):
    parsed = parse_query(query)
    assert [[("-" if t.negated else "") + t.folded for t in c] for c in parsed.clauses] == expected


def test_render_round_trips():
    for query in ["深圳 腾讯 OR 阿里", '"a b" -c pane:金融', "互联网+"]:
        assert parse_query(parse_query(query).render()) == parse_query(query).__class__(
            parse_query(query).render(), *_fields(parse_query(query))
        )


def _fields(parsed):
    return parsed.clauses, parsed.panes, parsed.excluded_panes, parsed.plain_text


def test_random_input_never_raises():
    rng = random.Random(7)
    alphabet = list('"-: 　OR NOT pane:红包＂（）()+＋,，“”\\*?') + ["OR", "NOT", "pane:"]
    for _ in range(2000):
        parse_query("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))))
