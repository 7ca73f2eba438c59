"""A memo of passages selected in the reading view: one excerpt per passage touched."""

from __future__ import annotations

from tests.core.export.law_bookmarks import LAWS
from viewer.core.document.markdown_model import load_document
from viewer.core.export.memo import build_memo
from viewer.core.export.selection_memo import selection_items


def test_a_selection_over_three_articles_gives_three_cited_excerpts(laws_dir):
    document = load_document(laws_dir / LAWS[0])
    pane = next(p for p in document.panes if "第二条" in p.text)
    start = pane.text.index("会计事务。")  # the end of 第二条 ...
    end = pane.text.index("第四条") + len("第四条 单位负责人")  # ... to the start of 第四条
    items = selection_items(document, pane.id, start, end)
    memo = build_memo(items)
    excerpts = [e for s in memo.sections for e in s.excerpts]
    assert [e.quote for e in excerpts] == [
        "会计事务。",
        "第三条 各单位必须依法设置会计帐簿，并保证其真实、完整。",
        "第四条 单位负责人",
    ]
    assert [e.citation[-3:] for e in excerpts] == ["第二条", "第三条", "第四条"]
    assert all(e.citation.startswith("《中华人民共和国会计法》（2017年修正）") for e in excerpts)


def test_an_empty_or_blank_selection_gives_nothing(laws_dir):
    document = load_document(laws_dir / LAWS[0])
    pane = document.panes[0]
    assert selection_items(document, pane.id, 5, 5) == []
    assert selection_items(document, "no-such-pane", 0, 10) == []
