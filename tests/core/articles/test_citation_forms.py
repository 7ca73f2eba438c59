"""Citations in official form: title, version, article; never a file path."""

from tests.conftest import BRIEFING, LAWS, shared_path
from viewer.core.articles.citation_forms import cite_unit, clean_source
from viewer.core.document.addresses import resolve
from viewer.core.document.markdown_model import load_document, parse_document
from viewer.core.document.structure import parse_structure

LAW = """# 中华人民共和国电子签名法

2004年8月28日 第十届全国人民代表大会常务委员会第十一次会议通过

2019年4月23日 第十三届全国人民代表大会常务委员会第十次会议《关于修改<中华人民共和国建筑法>\
等八部法律的决定》第二次修正

<!-- INFO END -->

## 第一章 总 则

第十五条 电子签名人应当妥善保管电子签名制作数据。
"""


def test_official_form_names_title_version_and_article():
    doc = parse_document(LAW)
    s = parse_structure(doc)
    citation = cite_unit(doc, s, resolve(s, "第15条"))
    assert citation.official == "《中华人民共和国电子签名法》（2019年修正）第十五条"
    assert citation.gbt7714 == (
        "全国人民代表大会常务委员会. 中华人民共和国电子签名法（2019年修正）: "
        "第十五条[Z]. 2019-04-23."
    )


def test_a_version_without_amendment_is_cited_by_its_date():
    doc = parse_document(
        "# 某某条例\n\n2004年8月28日 国务院令第1号公布\n\n## 第一章\n\n第一条 甲。\n"
    )
    s = parse_structure(doc)
    assert cite_unit(doc, s, s.articles[0]).official == "《某某条例》（2004年8月28日）第一条"


def test_real_law_file_from_the_corpus():
    path = shared_path(LAWS) / "民法商法" / "电子签名法(2019-04-23).md"
    doc = load_document(path)
    s = parse_structure(doc)
    official = cite_unit(doc, s, resolve(s, "第十五条"), path.name).official
    assert official == "《中华人民共和国电子签名法》（2019年修正）第十五条"


def test_briefing_citation_has_pane_heading_source_date_and_no_path():
    doc = load_document(BRIEFING)
    s = parse_structure(doc)
    passage = next(p for p in doc.passages() if p.kind == "paragraph" and p.heading)
    citation = cite_unit(doc, s, s.unit_at(passage.id)).official
    pane = doc.pane(passage.pane_id).title
    assert citation.startswith(f"《{doc.title}》，{pane} › {passage.heading}。")
    assert "2015" in citation and "Source: " in citation  # our label, in the interface language
    assert "/" not in citation and ".txt" not in citation


def test_clean_source_drops_file_names_only():
    assert clean_source("中文网络报道；原文见 shared/seed/000_f38.txt") == "中文网络报道"
    assert clean_source("新华社，2015") == "新华社，2015"


def test_a_bookmark_in_a_law_is_cited_by_its_article():
    from viewer.core.bookmarks.citation import cite
    from viewer.core.bookmarks.library import BookmarkLibrary

    path = shared_path(LAWS) / "民法商法" / "电子签名法(2019-04-23).md"
    doc = load_document(path)
    with BookmarkLibrary() as library:
        bookmark = library.add_quote(
            doc, "不得仅因为其采用电子签名、数据电文的形式而否定其法律效力"
        )
        text = cite(library.resolve_one(bookmark.id, doc), doc)
    assert text == (
        "“不得仅因为其采用电子签名、数据电文的形式而否定其法律效力”——"
        "《中华人民共和国电子签名法》（2019年修正）第三条第二款。"
    )
