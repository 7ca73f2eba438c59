"""Tokenisation shared by index, query builder and exact matcher."""

from __future__ import annotations

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
