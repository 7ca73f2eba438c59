"""Go to: every way a reader writes an address lands on the same unit."""

import pytest

from viewer.core.document.addresses import AddressNotFound, canonical, resolve
from viewer.core.document.markdown_model import parse_document
from viewer.core.document.structure import parse_structure

from .test_structure import LAW


@pytest.fixture
def law():
    text = LAW + "\n" + "\n\n".join(f"第{n}条 条文{n}。" for n in range(18, 30)) + "\n"
    return parse_structure(parse_document(text))


@pytest.mark.parametrize(
    ("query", "address"),
    [
        ("第26条", "第二十六条"),
        ("第二十六条", "第二十六条"),
        ("26", "第二十六条"),
        ("２６", "第二十六条"),
        (" 第 26 条 ", "第二十六条"),
        ("第三条第三款", "第三条第三款"),
        ("第3条第3款", "第三条第三款"),
        ("第三条第三款第（二）项", "第三条第三款第（二）项"),
        ("第3条第3款第(2)项", "第三条第三款第（二）项"),
        ("第三条第三款第二项", "第三条第三款第（二）项"),
        ("第三条第（二）项", "第三条第三款第（二）项"),
        ("第二章", "第二章"),
        ("第一节", "第二章第一节"),
        ("第17条之1", "第十七条之一"),
        ("第十七条之一", "第十七条之一"),
        ("第二章 › 第十七条", "第十七条"),
        ("第1段", "第1段"),
    ],
)
def test_go_to_forms(law, query, address):
    assert resolve(law, query).address == address


def test_policy_address():
    text = "一、总体要求\n\n（一）指导思想。\n\n二、任务\n\n（一）甲。\n\n（二）乙。"
    doc = parse_document(text)
    s = parse_structure(doc)
    assert resolve(s, "二、（二）").address == "二、（二）"
    assert resolve(s, "二、(二)").address == "二、（二）"
    assert s.text(resolve(s, "二、（二）")) == "（二）乙。"


def test_unknown_address_names_the_nearest(law):
    with pytest.raises(AddressNotFound) as error:
        resolve(law, "第31条")
    assert error.value.nearest[:2] == ["第二十九条", "第二十八条"]
    assert "第二十九条" in str(error.value)


def test_canonical_rejects_text():
    assert canonical("互联网") == ""
