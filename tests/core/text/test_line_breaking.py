"""Word joiners for Chinese line breaking go into text only, never into tags or attributes."""

from __future__ import annotations

from viewer.core.text.line_breaking import WORD_JOINER, join_punctuation, strip_joiners


def test_joiners_glue_marks_to_their_neighbours_and_nothing_else_changes():
    html = '<p title="“属性”">他说：“你好。”（一）《法》</p><a href="#x">链接</a>。'
    joined = join_punctuation(html)
    assert strip_joiners(joined) == html
    assert 'title="“属性”"' in joined  # attributes untouched
    assert f"好{WORD_JOINER}。{WORD_JOINER}”" in joined
    assert f"“{WORD_JOINER}你" in joined and f"《{WORD_JOINER}法{WORD_JOINER}》" in joined


def test_text_without_those_marks_is_returned_as_is():
    html = "<p>没有标点的文字 and ASCII, punctuation.</p>"
    assert join_punctuation(html) is html


def test_a_stray_space_next_to_a_mark_no_longer_allows_a_break_there():
    # "登记手续 。" is in the laws corpus: the space let the 。 start a line
    assert join_punctuation("<p>登记手续 。</p>") == "<p>登记手续\u00a0。</p>"
    assert join_punctuation("<p>A “ B ” C</p>") == "<p>A “\u00a0B\u00a0” C</p>"
