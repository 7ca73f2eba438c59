"""Version families: which library documents are versions of one work, and which is in force."""

import json

from tests.conftest import LAWS, shared_path
from viewer.cli.main import main
from viewer.core.versions.families import version_families, work_of


def _law(title: str, *history: str, body: str = "第一条 为了规范示例活动，制定本法。") -> str:
    lines = [f"# {title}", "", *[f"{h}\n" for h in history], "<!-- INFO END -->", "", body, ""]
    return "\n".join(lines)


def _write(root, name: str, text: str) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _statuses(work):
    return [(v.path, v.date, v.status) for v in work.versions]


def test_versions_grouped_by_normalised_title_latest_is_current(tmp_path):
    _write(tmp_path, "a/示例法(2015-03-15).md", _law("中华人民共和国示例法"))
    _write(tmp_path, "b/示例法(2023-03-13).md", _law("示例法"))
    _write(tmp_path, "c/其他法(2020-01-01).md", _law("其他法"))
    works = version_families(tmp_path)
    work = work_of(works, "a/示例法(2015-03-15).md")
    assert _statuses(work) == [
        ("a/示例法(2015-03-15).md", "2015-03-15", "superseded"),
        ("b/示例法(2023-03-13).md", "2023-03-13", "current"),
    ]
    assert work.newer_than("a/示例法(2015-03-15).md").date == "2023-03-13"
    assert work.newer_than("b/示例法(2023-03-13).md") is None
    assert len(works) == 2


def test_date_from_preamble_when_the_name_has_none_and_front_matter_status_wins(tmp_path):
    _write(
        tmp_path,
        "示例条例.md",
        _law("示例条例", "2001年5月1日 国务院令第1号公布", "2019年4月23日 国务院令第9号修正"),
    )
    _write(tmp_path, "示例条例(2024-01-01).md", _law("示例条例", "2024年1月1日 国务院修订"))
    repealed = "---\nstatus: repealed\n---\n" + _law("示例条例", "1990年1月1日 国务院公布")
    _write(tmp_path, "旧/示例条例.md", repealed)
    (work,) = version_families(tmp_path)
    assert _statuses(work) == [
        ("旧/示例条例.md", "1990-01-01", "repealed"),
        ("示例条例.md", "2019-04-23", "superseded"),
        ("示例条例(2024-01-01).md", "2024-01-01", "current"),
    ]


def test_same_title_from_different_enacting_bodies_is_not_merged(tmp_path):
    # a national law and a city's regulation that happen to share a title are two works
    _write(
        tmp_path,
        "国家/档案条例(2010-01-01).md",
        _law("档案条例", "2010年1月1日 第十一届全国人民代表大会常务委员会第十二次会议通过"),
    )
    _write(
        tmp_path,
        "地方/档案条例(2020-01-01).md",
        _law("档案条例", "2020年1月1日 上海市第十五届人民代表大会常务委员会第三次会议通过"),
    )
    works = version_families(tmp_path)
    assert [[v.status for v in w.versions] for w in works] == [["current"], ["current"]]


def test_books_of_one_code_are_parts_not_versions(tmp_path):
    for book in ("总则", "物权编"):
        text = _law(
            f"中华人民共和国民法典\n\n# {book}", "2020年5月28日 第十三届全国人民代表大会通过"
        )
        _write(tmp_path, f"民法典/{book}.md", text)
    works = version_families(tmp_path)
    assert sorted(w.title for w in works) == [
        "中华人民共和国民法典 · 总则",
        "中华人民共和国民法典 · 物权编",
    ]


def test_copies_of_one_version_are_both_current(tmp_path):
    _write(tmp_path, "行政法/广告法(2021-04-29).md", _law("中华人民共和国广告法"))
    _write(tmp_path, "经济法/广告法(2021-04-29).md", _law("中华人民共和国广告法"))
    (work,) = version_families(tmp_path)
    assert [v.status for v in work.versions] == ["current", "current"]


def test_cli_versions_json_keys(tmp_path, capsys):
    _write(tmp_path, "示例法(2015-03-15).md", _law("示例法"))
    _write(tmp_path, "示例法(2023-03-13).md", _law("示例法"))
    assert main(["versions", "--library", str(tmp_path), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert main(["versions", str(tmp_path), "--json"]) == 0  # the folder alone, as `ls DIR`
    assert json.loads(capsys.readouterr().out) == shown
    assert shown == {
        "works": [
            {
                "title": "示例法",
                "versions": [
                    {"path": "示例法(2015-03-15).md", "date": "2015-03-15", "status": "superseded"},
                    {"path": "示例法(2023-03-13).md", "date": "2023-03-13", "status": "current"},
                ],
            }
        ]
    }


def test_laws_corpus_every_multi_version_title_grouped():
    works = version_families(shared_path(LAWS))
    multi = [w for w in works if len(w.versions) > 1]
    # 105 titles appear in 2+ files; 民法典's eight books are parts of one code, not versions
    assert len(multi) == 104
    lifa = next(w for w in multi if w.title == "中华人民共和国立法法")
    assert [(v.date, v.status) for v in lifa.versions] == [
        ("2015-03-15", "superseded"),
        ("2023-03-13", "current"),
    ]
    assert all(sum(v.status == "current" for v in w.versions) >= 1 for w in multi)


def test_library_search_can_leave_out_superseded_versions(tmp_path):
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.search import LibrarySearch
    from viewer.core.versions.families import superseded_paths

    _write(tmp_path, "示例法(2015-03-15).md", _law("示例法", body="第一条 旧的规定应当遵守。"))
    _write(tmp_path, "示例法(2023-03-13).md", _law("示例法", body="第一条 新的规定应当遵守。"))
    index = LibraryIndex(tmp_path)
    index.update()
    search = LibrarySearch(index)
    everything = search.search("应当遵守")
    assert {d.rel_path for d in everything.documents} == {
        "示例法(2015-03-15).md",
        "示例法(2023-03-13).md",
    }
    old = superseded_paths(version_families(tmp_path))
    assert old == frozenset({"示例法(2015-03-15).md"})
    current = search.search("应当遵守", exclude=old)
    assert [d.rel_path for d in current.documents] == ["示例法(2023-03-13).md"]


def test_cli_versions_without_a_folder_says_how(capsys):
    try:
        main(["versions"])
    except SystemExit as exit_:
        assert exit_.code == 2
    assert "versions DIR" in capsys.readouterr().err
