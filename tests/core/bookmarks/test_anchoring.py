"""Re-anchoring bookmarks on edited copies of briefing.md and of a long law."""

from __future__ import annotations

import pytest

from tests.conftest import BRIEFING
from viewer.core.base.errors import BookmarkError
from viewer.core.bookmarks.anchor_text import DocumentText, normalize, normalize_with_offsets
from viewer.core.bookmarks.anchoring import (
    EXACT,
    FUZZY,
    MOVED,
    ORPHAN,
    anchor_for_passage,
    anchor_for_quote,
    anchor_for_range,
    resolve,
)
from viewer.core.document.markdown_model import parse_document

QUOTE = "中国的网民数量是6.43亿、美国是2.8亿"


@pytest.fixture
def briefing() -> str:
    return BRIEFING.read_text(encoding="utf-8")


@pytest.fixture
def criminal_law(laws_dir) -> str:
    path = laws_dir / "刑法" / "刑法.md"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return path.read_text(encoding="utf-8")


def test_normalize_keeps_offsets_into_the_original():
    text = "互联网 +\n传统产业，Ｕber"
    normal, offsets = normalize_with_offsets(text)
    assert normal == "互联网+传统产业,uber"
    assert [text[i] for i in offsets] == [c for c in text if not c.isspace()]
    assert normalize("互聯網") == "互联网"


def test_anchor_stores_quote_context_position_heading_and_fingerprint(briefing):
    doc = parse_document(briefing)
    a = anchor_for_quote(doc, QUOTE)
    pane = doc.pane(a.pane_id)
    assert pane.text[a.start : a.end] == a.quote == QUOTE
    assert pane.text[: a.start].endswith(a.prefix) and len(a.prefix) == 32
    assert pane.text[a.end :].startswith(a.suffix) and len(a.suffix) == 32
    assert a.heading == "互联网 + 传统产业 = 更大生产力"
    assert a.fingerprint == doc.fingerprint
    assert resolve(a, doc).status == EXACT


def test_selection_edges_are_trimmed_and_bad_ranges_rejected(briefing):
    doc = parse_document(briefing)
    pane = doc.panes[0]
    a = anchor_for_range(doc, pane.id, 0, 12)
    assert a.quote == pane.text[:12].strip()
    with pytest.raises(BookmarkError):
        anchor_for_range(doc, pane.id, 5, 5)
    with pytest.raises(BookmarkError):
        anchor_for_range(doc, "no-such-pane", 0, 3)
    with pytest.raises(BookmarkError, match="does not occur"):
        anchor_for_quote(doc, "文档里没有这句话")


def test_whole_paragraph_anchor(briefing):
    doc = parse_document(briefing)
    passage = next(p for p in doc.passages() if p.kind == "paragraph" and "补课" in p.text)
    a = anchor_for_passage(doc, passage.id)
    assert a.quote == passage.text
    assert resolve(a, doc).status == EXACT


def test_text_inserted_before_the_passage_moves_it(briefing):
    doc = parse_document(briefing)
    a = anchor_for_quote(doc, QUOTE)
    inserted = "## 讲座要点\n\n这是后来插入的一段新文字，用来检验书签的定位。\n"
    edited = parse_document(briefing.replace("## 讲座要点\n", inserted, 1))
    r = resolve(a, edited)
    assert r.status == MOVED and r.score > 0.9
    assert r.text == QUOTE and r.start > a.start and r.pane_id == a.pane_id


def test_sections_reordered(briefing):
    doc = parse_document(briefing)
    finance = anchor_for_quote(doc, "微信红包的模式也可以复制在保险业")
    point = anchor_for_quote(doc, QUOTE)
    # Swap two panes, and two subsections inside 讲座要点.
    fin_start, traffic_start = briefing.index("## 互联网+金融"), briefing.index("## 互联网+交通")
    end = briefing.index("## 深圳市与腾讯")
    swapped = (
        briefing[:fin_start]
        + briefing[traffic_start:end]
        + briefing[fin_start:traffic_start]
        + briefing[end:]
    )
    sub1 = swapped.index("### 互联网 + 传统产业")
    sub2 = swapped.index("### “互联网+”未来瞄准")
    sub2_end = swapped.index("## 互联网+交通")
    swapped = swapped[:sub1] + swapped[sub2:sub2_end] + swapped[sub1:sub2] + swapped[sub2_end:]
    edited = parse_document(swapped)
    assert [p.title for p in edited.panes][2] == "互联网+交通"
    assert resolve(finance, edited).status in (EXACT, MOVED)
    assert resolve(finance, edited).text == finance.quote
    r = resolve(point, edited)
    assert r.status == MOVED and r.text == QUOTE


def test_word_changed_inside_quote_is_fuzzy_with_score(briefing):
    doc = parse_document(briefing)
    a = anchor_for_quote(doc, QUOTE)
    edited = parse_document(briefing.replace("网民数量是6.43亿", "网民人数是6.43亿"))
    r = resolve(a, edited)
    assert r.status == FUZZY
    assert 0.75 < r.score < 1.0
    assert r.text == "中国的网民人数是6.43亿、美国是2.8亿"


def test_punctuation_width_and_whitespace_changes_are_still_found(briefing):
    doc = parse_document(briefing)
    a = anchor_for_quote(doc, "据小政派出的观察帅哥说,昨天深圳市民中心礼堂楼上楼下全部都坐满满")
    changed = briefing.replace("据小政派出的观察帅哥说,昨天", "据小政派出的观察帅哥说，\n昨天")
    r = resolve(a, parse_document(changed))
    assert r.status in (EXACT, MOVED) and r.score > 0.9
    assert "，" in r.text
    # And a quote typed with full-width punctuation finds the half-width text.
    assert (
        anchor_for_quote(doc, "据小政派出的观察帅哥说， 昨天").quote
        == "据小政派出的观察帅哥说,昨天"
    )


def test_deleted_passage_becomes_orphan(briefing):
    doc = parse_document(briefing)
    paragraph = next(p.text for p in doc.passages() if p.text.startswith("如果智能终端布局不利"))
    a = anchor_for_quote(doc, paragraph[:40])
    r = resolve(a, parse_document(briefing.replace(paragraph, "")))
    assert r.status == ORPHAN and not r.found


def test_same_quote_twice_context_picks_the_right_one(briefing):
    doc = parse_document(briefing)
    pane = doc.panes[0]
    second = pane.text.index("“互联网+”", pane.text.index("“互联网+”") + 1)
    a = anchor_for_range(doc, pane.id, second, second + len("“互联网+”"))
    inserted = briefing.replace("### 导读\n", "### 导读\n\n插入一句：“互联网+”与本段无关。\n", 1)
    r = resolve(a, parse_document(inserted))
    assert r.status == MOVED
    new_pane = parse_document(inserted).panes[0].text
    assert new_pane[: r.start].endswith(a.prefix[-10:])
    assert new_pane[r.end :].startswith(a.suffix[:10])


def test_law_insertions_word_change_width_and_duplicates(criminal_law):
    doc = parse_document(criminal_law)
    theft = anchor_for_quote(
        doc, "盗窃公私财物，数额较大的，或者多次盗窃、入户盗窃、携带凶器盗窃、扒窃的"
    )
    murder = anchor_for_quote(doc, "故意杀人的，处死刑、无期徒刑或者十年以上有期徒刑；情节较轻的")
    # The 2nd occurrence of a repeated clause: the one after "使用暴力致人伤残、死亡的，".
    clause = "依照本法第二百三十四条、第二百三十二条的规定定罪处罚"
    text = DocumentText(doc)
    hit = text.norm.find(normalize("使用暴力致人伤残、死亡的，" + clause))
    pane, start, _ = text.to_pane_span(hit, hit + 1)
    pane_text = doc.panes[pane].text
    start = pane_text.index(clause, start)
    repeated = anchor_for_range(doc, doc.panes[pane].id, start, start + len(clause))

    edited = criminal_law.replace(
        "第二百三十二条 故意杀人的", "第二百三十一条之一 新增条文。\n\n第二百三十二条 故意杀人的"
    )
    edited = edited.replace("数额较大的，或者多次盗窃", "数额较大的,或者多次盗窃")
    edited = edited.replace("携带凶器盗窃、扒窃的", "携带凶器盗窃、扒窃公私财物的")
    edited_doc = parse_document(edited)
    r = resolve(theft, edited_doc)
    assert r.status == FUZZY and r.score > 0.8 and "扒窃公私财物的" in r.text
    assert resolve(murder, edited_doc).status == MOVED
    r = resolve(repeated, edited_doc)
    assert r.status == MOVED
    assert edited_doc.pane(r.pane_id).text[: r.start].endswith("使用暴力致人伤残、死亡的，")

    gone = criminal_law.replace(
        "第二百三十二条 故意杀人的，处死刑、无期徒刑或者十年以上有期徒刑；情节较轻的，"
        "处三年以上十年以下有期徒刑。",
        "",
    )
    assert resolve(murder, parse_document(gone)).status == ORPHAN
