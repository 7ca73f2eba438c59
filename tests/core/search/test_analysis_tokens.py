"""Tokenisation shared by index, query builder and exact matcher."""

from __future__ import annotations

import random
import re

from viewer.core.text import tokens
from viewer.core.text.folding import fold
from viewer.core.text.tokens import covered_by_units, exact_pattern, index_tokens, units


def _texts(text: str) -> list[str]:
    return [t.text for t in index_tokens(fold(text))]


def test_cjk_runs_become_bigrams_with_a_final_unigram():
    assert _texts("微信红包") == ["微信", "信红", "红包", "包"]
    assert _texts("网") == ["网"]


def test_every_token_has_its_own_position_and_char_offsets():
    tokens = list(index_tokens(fold("互联网+金融")))
    assert [t.pos for t in tokens] == list(range(len(tokens)))
    assert [(t.text, t.start, t.end) for t in tokens][:4] == [
        ("互联", 0, 2),
        ("联网", 1, 3),
        ("网", 2, 3),
        ("+", 3, 4),
    ]


def test_decimals_stay_whole_and_plus_is_a_token():
    assert _texts("网民数量是6.43亿") == ["网民", "民数", "数量", "量是", "是", "6.43", "亿"]
    assert "+" in _texts("互联网+")


def test_folding_applies_before_tokenising():
    assert _texts("ＵＢＥＲ 微信紅包") == _texts("uber 微信红包")


def test_punctuation_is_a_separator():
    assert [u.text for u in units(fold("“连接一切”的能力，尤其"))] == ["连接一切", "的能力", "尤其"]
    assert covered_by_units("互联网+") and not covered_by_units("互联网 +")


def test_exact_pattern_respects_word_edges_only_for_words():
    assert exact_pattern("uber").search("优步(uber)进场")
    assert not exact_pattern("uber").search("ubers")
    assert not exact_pattern("6.4").search("6.43亿")
    assert not exact_pattern("43").search("6.43亿")
    assert exact_pattern("联网").search("互联网")  # CJK: plain substring


def _lookaround_pattern(term: str) -> re.Pattern[str]:
    """The word-edge rule as one regex (what exact_pattern compiled before): the reference."""
    cjk = tokens._CJK
    word = rf"[^\W_{cjk}]"
    body = r"\s+".join(re.escape(p) for p in term.strip().split())
    head, tail = term.strip()[0], term.strip()[-1]
    before = after = ""
    if tokens.is_word_char(head):
        before = rf"(?<!{word})" + (r"(?<!\d\.)" if head.isdigit() else "")
    if tokens.is_word_char(tail):
        after = rf"(?!{word})" + (r"(?!\.\d)" if tail.isdigit() else "")
    return re.compile(before + body + after)


def test_word_edges_checked_in_python_match_the_lookaround_regex_everywhere():
    chars = "ab6４4.._ 中网+²é\n１"
    terms = ["a", "ab", "6", "4", "6.4", "b 6", "a.", ".4", "网a", "a中", "+", "é", "１", "²"]
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        term = rng.choice(terms)
        expected = [m.span() for m in _lookaround_pattern(term).finditer(text)]
        pattern = exact_pattern(term)
        assert [m.span() for m in pattern.finditer(text)] == expected, (term, text)
        assert (pattern.search(text) is not None) == bool(expected), (term, text)


def test_a_word_char_is_a_letter_or_digit_that_is_not_cjk():
    word = re.compile(rf"[^\W_{tokens._CJK}]")
    for code in [
        *range(0x3200),
        *range(0x3400, 0x3500),
        0x4E00,
        0x9FFF,
        0xA000,
        0xAC00,
        0xD7AF,
        0xD7B0,
        0xF900,
        0xFAFF,
        0xFB00,
        0xFF21,
        0x20000,
        0x3134F,
        0x31350,
        0x1D400,
    ]:
        char = chr(code)
        assert tokens.is_word_char(char) == bool(word.fullmatch(char)), hex(code)


def test_fast_token_fields_equal_index_tokens():
    from viewer.core.text.tokens import index_token_fields

    samples = [
        "",
        "网",
        "微信红包",
        "互联网+金融 6.43亿 Uber's 2.18% #tag a&b",
        "第一条　为了规范电子签名行为，确立电子签名的法律效力。\n第二条 本法所称",
        "ＵＢＥＲ 微信紅包，“连接一切”。x1.2.3 々〇 かな 한글 𠀀𠀁",
    ]
    for text in samples:
        folded = fold(text)
        assert list(index_token_fields(folded)) == [tuple(t) for t in index_tokens(folded)]
