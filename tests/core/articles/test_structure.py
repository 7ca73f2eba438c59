"""A document's official structure: every passage gets an address, odd numbering is reported."""

from viewer.core.document.markdown_model import parse_document
from viewer.core.document.structure import parse_structure

LAW = """# 中华人民共和国示例法

2019年4月23日 第十三届全国人民代表大会常务委员会第十次会议第二次修正

## 第一章 总 则

第一条 为了规范示例行为，制定本法。

第二条 本法所称示例，是指示例。

本法所称数据，是指数据。

第三条 当事人可以约定。

当事人约定的文书有效。

前款规定不适用下列文书：

（一）涉及婚姻的；

（二）涉及供水的：

1. 城市供水；

2. 农村供水。

## 第二章 罚 则

### 第一节 一般规定

第十七条 违反本法的，处罚款。

第十七条之一 已满七十五周岁的人，可以从轻。
"""


def _structure(text: str):
    return parse_structure(parse_document(text))


def test_law_units_get_canonical_addresses():
    s = _structure(LAW)
    addresses = [u.address for u in s.units]
    for expected in (
        "第一章",
        "第一条",
        "第二条第二款",
        "第三条第三款",
        "第三条第三款第（二）项",
        "第三条第三款第（二）项第2目",
        "第二章第一节",
        "第十七条之一",
    ):
        assert expected in addresses
    article = s.find("第十七条之一")
    assert s.text(article) == "第十七条之一 已满七十五周岁的人，可以从轻。"
    assert article.breadcrumb == "第二章 › 第一节 › 第十七条之一"
    # a division's own breadcrumb said "第二章 › 第二章第一节" (the status bar, trial round 6)
    assert s.find("第二章第一节").breadcrumb == "第二章 › 第一节"
    assert s.find("第一章").breadcrumb == "第一章"


def test_an_item_of_a_single_paragraph_article_skips_the_paragraph():
    s = _structure("第五条 符合下列条件的：\n\n（一）能够表现；\n\n（二）能够保证。\n")
    items = [u.address for u in s.units if u.kind == "项"]
    assert items == ["第五条第（一）项", "第五条第（二）项"]


def test_every_passage_has_an_address():
    doc = parse_document(LAW)
    s = parse_structure(doc)
    for passage in doc.passages():
        assert s.address_of(passage.id), passage.text
    first = next(p for p in doc.passages() if p.text.startswith("第一条"))
    assert s.address_of(first.id) == "第一条"
    preamble = next(p for p in doc.passages() if p.text.startswith("2019年"))
    assert s.address_of(preamble.id) == "第1段"


def test_chapter_text_is_its_heading_and_articles():
    s = _structure(LAW)
    chapter = s.find("第二章")
    assert s.text(chapter).splitlines() == [
        "第二章 罚 则",
        "第一节 一般规定",
        "第十七条 违反本法的，处罚款。",
        "第十七条之一 已满七十五周岁的人，可以从轻。",
    ]


def test_policy_document_levels():
    text = (
        "# 通知\n\n一、总体要求\n\n（一）指导思想。坚持。\n\n（二）基本原则。\n\n"
        "1. 统筹。\n\n（1）协调。\n\n二、重点任务\n\n说明文字。\n"
    )
    s = _structure(text)
    addresses = [u.address for u in s.units]
    assert addresses == [
        *("一、", "一、（一）", "一、（二）", "一、（二）1.", "一、（二）1.（1）", "二、"),
    ]
    explanation = next(p for p in s.passages if p.text == "说明文字。")
    assert s.address_of(explanation.id) == "二、"


def test_document_without_structure_gets_paragraph_addresses():
    s = _structure("随便一段话。\n\n又一段话。\n\n第三段。\n")
    assert [u.address for u in s.units] == ["第1段", "第2段", "第3段"]
    assert s.problems == []


def test_malformed_numbering_is_reported_not_crashed_on():
    text = "第一条 甲。\n\n第三条 乙。\n\n第十条 丙。\n\n第十条 丁。\n\n第九条 戊。\n"
    s = _structure(text)
    articles = [u.address for u in s.articles]
    assert articles == ["第一条", "第三条", "第十条", "第十条（第2处）", "第九条"]
    assert s.text(s.find("第十条（第2处）")) == "第十条 丁。"
    joined = "\n".join(map(str, s.problems))
    assert "gap: 第一条 → 第三条" in joined
    assert "第十条 appears more than once" in joined
    assert "backwards: 第十条 → 第九条" in joined


def test_numbering_problems_speak_the_interface_language_of_the_moment():
    """A structure parsed in English shows its problems in Chinese once the reader switches
    (the outline panel said "编号问题 1 处：numbering goes backwards: …")."""
    from viewer.core.i18n import language

    s = _structure("第一条 甲。\n\n第三条 乙。\n\n第三条 丙。\n\n第二条 丁。\n")
    language.set_language("zh")
    shown = [str(p) for p in s.problems]
    assert shown == [
        "编号不连续：第一条 → 第三条",
        "第三条重复出现（第三条 → 第三条），后出现者的地址为第三条（第2处）",
        "编号倒退：第三条 → 第二条",
    ]


def test_article_after_a_zero_width_space_and_arabic_numbers():
    s = _structure("\u200b\n第一条 甲。\n\n第2条 乙。\n")
    assert [u.address for u in s.articles] == ["第一条", "第二条"]
