"""Finding references in text: internal, external, chains, bare law names, what is not one."""

from viewer.core.articles.references import passage_references


def _refs(text, known=None):
    return [
        (r.kind, r.text, r.title, r.address, r.relative)
        for r in passage_references("p", text, known)
    ]


def test_internal_forms():
    refs = _refs("依照本法第二十条规定，前款所列、前两款规定的，本条第一款和第十七条之一除外。")
    assert refs == [
        ("internal", "本法第二十条", "", "第二十条", ""),
        ("internal", "前款", "", "", "前款"),
        ("internal", "前两款", "", "", "前两款"),
        ("internal", "本条第一款", "", "第一款", ""),
        ("internal", "第十七条之一", "", "第十七条之一", ""),
    ]


def test_external_forms_and_chains():
    refs = _refs("依照《中华人民共和国民事诉讼法》第一百二十二条、第一百二十三条和《民法典》处理。")
    assert refs == [
        (
            "external",
            "《中华人民共和国民事诉讼法》第一百二十二条",
            "中华人民共和国民事诉讼法",
            "第一百二十二条",
            "",
        ),
        ("external", "第一百二十三条", "中华人民共和国民事诉讼法", "第一百二十三条", ""),
        ("external", "《民法典》", "民法典", "", ""),
    ]


def test_a_bare_law_name_before_an_article_is_external():
    refs = _refs(
        "依照民事诉讼法第一百一十九条、第一百二十条的规定；报复陷害案（刑法第二百五十四条）"
    )
    assert [(r[0], r[2], r[3]) for r in refs] == [
        ("external", "民事诉讼法", "第一百一十九条"),
        ("external", "民事诉讼法", "第一百二十条"),
        ("external", "刑法", "第二百五十四条"),
    ]


def test_second_paragraph_of_a_chain_keeps_its_article():
    refs = _refs("违反本法第二十条第一款、第二款规定；在刑法第二百四十六条中增加一款作为第三款")
    assert [r[3] for r in refs] == [
        "第二十条第一款",
        "第二十条第二款",
        "第二百四十六条",
        "第二百四十六条第三款",
    ]


def test_what_is_not_a_reference():
    assert _refs("第一条 为了规范电子签名行为，制定本法。") == []
    assert _refs("航空器应当批准。 第四十二条 空中交通管制员应当") == []
    assert _refs("申领《社会团体法人登记证书》和《药品经营许可证》") == []
    assert _refs("第十三届全国人民代表大会常务委员会第十次会议") == []


def test_a_known_title_list_picks_the_law_name():
    known = {"著作权法"}.__contains__
    refs = _refs("根据计算机软件著作权法第十条", known)
    assert refs[0][:4] == ("external", "著作权法第十条", "著作权法", "第十条")
