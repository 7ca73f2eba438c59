"""A file whose title holds the query matches even when its text does not: a law's text says
本法, so searching the law's name must find the law itself, first."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.core.library.index import LibraryIndex
from viewer.core.library.search import LibrarySearch


def law(folder: Path, rel: str, title: str, *articles: str) -> None:
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "\n\n".join(articles)
    path.write_text(f"# {title}\n\n## 第一章 总则\n\n{body}\n", encoding="utf-8")


@pytest.fixture
def search(tmp_path) -> LibrarySearch:
    root = tmp_path / "lib"
    law(
        root,
        "法律/网络安全法(2016-11-07).md",
        "中华人民共和国网络安全法",
        "第一条 为了保障网络安全，维护网络空间主权，制定本法。",
        "第二条 在中华人民共和国境内建设、运营网络，适用本法。",
    )
    for n in range(3):
        law(
            root,
            f"条例/条例{n}.md",
            f"关键信息基础设施安全保护条例{n}",
            f"第一条 根据《中华人民共和国网络安全法》，制定本条例。第{n}项。",
        )
    law(
        root,
        "地方/实施办法.md",
        "某省网络安全法实施办法",
        "第一条 根据《网络安全法》，结合本省实际，制定本办法。",
    )
    law(
        root,
        "其他/专利法.md",
        "中华人民共和国专利法",
        "第一条 为了保护专利权人的合法权益，制定本法。",
    )
    index = LibraryIndex(root)
    index.update()
    return LibrarySearch(index)


def test_the_law_named_in_the_query_comes_first(search):
    results = search.search("网络安全法")
    paths = [d.rel_path for d in results.documents]
    assert paths[0] == "法律/网络安全法(2016-11-07).md"
    assert results.total_documents == 5 and results.total_exact
    first = results.documents[0]
    assert first.title_match and first.hits == 0 and first.passages == []
    assert paths[1] == "地方/实施办法.md"  # in its title too, which says more besides
    assert results.documents[1].title_match and results.documents[1].hits == 1
    assert not any(d.title_match for d in results.documents[2:])  # their texts cite it
    assert all(d.hits == 1 for d in results.documents[1:])


def test_title_words_in_any_order_and_the_text_or_title_rule(search):
    # both words in the title (an AND), neither passage holds both
    found = search.search("专利法 中华人民共和国")
    assert [d.rel_path for d in found.documents] == ["其他/专利法.md"]
    assert found.documents[0].title_match
    assert search.search("国专利").total_documents == 1  # any part of the title
    # a negated word the title holds: no title match
    assert search.search("网络安全法 -中华人民共和国").documents[0].rel_path != (
        "法律/网络安全法(2016-11-07).md"
    )


def test_filters_and_pane_queries_leave_title_matches_out(search):
    only_rules = search.search("网络安全法", categories=["条例"])
    assert {d.rel_path for d in only_rules.documents} == {f"条例/条例{n}.md" for n in range(3)}
    assert search.search("网络安全法 pane:总则").total_documents == 4  # passages only
    superseded = frozenset({"法律/网络安全法(2016-11-07).md"})
    assert search.search("网络安全法", exclude=superseded).total_documents == 4
    assert search.search("不存在的法").total_documents == 0


def test_pages_with_title_matches_list_every_file_once(search):
    everything = [d.rel_path for d in search.search("网络安全法", limit=50).documents]
    pages = [search.search("网络安全法", limit=2, offset=o).documents for o in (0, 2, 4)]
    assert [d.rel_path for page in pages for d in page] == everything
    assert len(set(everything)) == len(everything) == 5


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("网络安全法", [1, 3]),
        ("安全法 OR 专利法", [1, 2, 3, 4]),
        ("网络安全法 -实施", [1]),
        ('"数据安全法"', [4]),
        ("法 中华人民共和国", [1, 2, 4]),
        ("办法中华", []),  # not across two titles
        ("ＧＤＰ", [5]),  # full width as an input method types it, folded
        ("-网络", []),  # nothing positive: searched as text, no title match
    ],
)
def test_title_index_follows_the_ctrl_f_rule(query, expected):
    from viewer.core.library.title_matches import TitleIndex
    from viewer.core.search.query_parser import parse_query
    from viewer.core.text.folding import fold

    titles = ["中华人民共和国网络安全法", "中华人民共和国专利法", "某省网络安全法实施办法"]
    titles += ["中华人民共和国数据安全法", "GDP核算办法"]
    index = TitleIndex((n, fold(t)) for n, t in enumerate(titles, 1))
    assert sorted(index.matches(parse_query(query))) == expected


def test_a_file_of_one_heading_neither_breaks_the_search_nor_is_lost(tmp_path):
    """Its only text is its title: no passage, no text field in the index (its length was None
    and every search of the library failed, then the index was rebuilt at every launch)."""
    root = tmp_path / "lib"
    law(
        root,
        "法律/网络安全法.md",
        "中华人民共和国网络安全法",
        "第一条 为了保障网络安全，制定本法。",
    )
    (root / "空白文件.md").write_text("# 空白文件\n", encoding="utf-8")
    index = LibraryIndex(root)
    index.update()
    search = LibrarySearch(index)
    found = search.search("网络安全法")
    assert not found.damaged and [d.rel_path for d in found.documents] == ["法律/网络安全法.md"]
    blank = search.search("空白文件")  # found by its title
    assert [d.rel_path for d in blank.documents] == ["空白文件.md"]
    assert not search.search("保障").damaged


def test_a_named_law_and_a_topic_word_find_the_law_s_passages_first(tmp_path):
    """个人信息保护法 敏感个人信息: the law names itself only in its title; its passages on the
    topic are what the reader wants, before the files citing the law near the topic."""
    root = tmp_path / "lib"
    law(
        root,
        "法律/个人信息保护法.md",
        "中华人民共和国个人信息保护法",
        "第二十八条 敏感个人信息是一旦泄露或者非法使用的个人信息。",
        "第二十九条 处理敏感个人信息应当取得个人的单独同意。",
        "第三十条 个人信息处理者应当告知个人。",
    )
    law(
        root,
        "条例/数据条例.md",
        "网络数据安全管理条例",
        "第一条 处理敏感个人信息，依照《中华人民共和国个人信息保护法》的规定。",
    )
    law(root, "条例/其他.md", "其他条例", "第一条 依照《个人信息保护法》办理。")
    index = LibraryIndex(root)
    index.update()
    search = LibrarySearch(index)
    results = search.search("个人信息保护法 敏感个人信息")
    assert [d.rel_path for d in results.documents] == ["法律/个人信息保护法.md", "条例/数据条例.md"]
    assert results.total_documents == 2 and results.total_exact
    first = results.documents[0]
    assert first.hits == 2 and first.title_match
    assert all("<mark>敏感个人信息</mark>" in h.snippet for h in first.passages)
    pages = [search.search("个人信息保护法 敏感个人信息", limit=1, offset=o) for o in (0, 1)]
    assert [p.documents[0].rel_path for p in pages] == [d.rel_path for d in results.documents]
    assert search.search("个人信息保护法 不存在的词").total_documents == 0
    # the law named by a word still shows that word where its passages hold it
    named = search.search("个人信息 处理者").documents[0]
    assert named.rel_path == "法律/个人信息保护法.md" and named.title_match
    snippets = [h.snippet for h in named.passages]
    assert snippets == ["第三十条 <mark>个人信息处理者</mark>应当告知个人。"]
    # a name too short for the title (保护法 covers under half of it) brings nothing in
    assert search.search("保护法 敏感个人信息").total_documents == 1


def test_the_country_alone_names_no_law():
    from viewer.core.library.title_matches import TitleIndex, covered

    index = TitleIndex([(1, "中华人民共和国民法典"), (2, "中华人民共和国网络安全法")])
    assert covered("中华人民共和国") == covered("人民") == 0
    assert covered("中华人民共和国民法典") == covered("民法典") == 3
    assert index.named("中华人民共和国") == [] and index.named("中华") == []
    assert index.named("民法典") == [1] and index.named("网络安全") == [2]


def test_short_titles_leave_the_country_out_but_never_everything():
    from viewer.core.library.titles import short_title

    assert short_title("中华人民共和国民法典 · 物权编") == "民法典 · 物权编"
    assert short_title("中华人民共和国") == "中华人民共和国"
    assert short_title("上海市不动产登记若干规定") == "上海市不动产登记若干规定"


@pytest.mark.parametrize("query", ["安全 规定", "网络 安全 规定", "规定 规定", "数据 出境"])
def test_the_title_boost_from_the_title_index_equals_the_per_file_test(query):
    from viewer.core.library.title_boost import boost_by_title
    from viewer.core.library.title_matches import TitleIndex
    from viewer.core.search.query_parser import parse_query
    from viewer.core.text.folding import fold

    titles = [
        "网络安全审查办法",
        "数据出境安全评估办法",
        "网络数据安全管理条例",
        "关于安全生产的规定",
    ]
    titles += ["某市网络安全规定", "规定", ""]
    folded = {n: fold(t) for n, t in enumerate(titles)}
    paths = {n: f"{n}.md" for n in folded}
    found = {n: 1.0 + n / 10 for n in folded}  # scores the index gave
    index = TitleIndex(folded.items())
    parsed = parse_query(query)
    by_file = boost_by_title(dict(found), parsed, paths, folded)
    by_index = boost_by_title(dict(found), parsed, paths, folded, index.holding)
    assert by_index[:] == by_file[:]
    assert by_index[0][1] > found[int(by_index[0][0].split(".")[0])]  # a title word counted


def test_the_title_index_finds_every_title_holding_a_word_once_and_no_other():
    import random

    from viewer.core.library.title_matches import TitleIndex

    rng = random.Random(9)
    alphabet = "法条例规定安全网络数据中华人民共和国"
    titles = ["".join(rng.choices(alphabet, k=rng.randint(1, 12))) for _ in range(3_000)]
    titles[::7] = [""] * len(titles[::7])  # files without a title are not indexed
    index = TitleIndex((n, title) for n, title in enumerate(titles))
    for word in ("法", "安全", "条例规定", "中华人民", "法法", "不在"):
        expected = [n for n, title in enumerate(titles) if title and word in title]
        assert index.holding(word) == expected  # a title holding the word twice: once
    keyed = TitleIndex((f"{n}.md", title) for n, title in enumerate(titles))  # keys not numbers
    assert keyed.holding("安全") == [f"{n}.md" for n in index.holding("安全")]


def test_the_title_index_keeps_no_object_per_title():
    import sys

    from viewer.core.library.title_matches import TitleIndex

    titles = [(n * 3 + 1000, f"第{n}号规定") for n in range(20_000)]
    before = sys.getallocatedblocks()
    index = TitleIndex(titles)
    kept = sys.getallocatedblocks() - before
    assert kept < 1_000, kept  # an object per title would be 20,000
    assert index.holding("第19999号") == [19999 * 3 + 1000]
