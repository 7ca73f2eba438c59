"""Bookmarks carried from one version to the next follow their article, originals stay."""

import json

from tests.conftest import LAWS, shared_path
from viewer.cli.main import main
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.document.markdown_model import load_document
from viewer.core.versions.article_units import compare_units
from viewer.core.versions.carry import carry_bookmarks

from .test_compare import D2, NEW, A, B, C, D, _law


def _versions(tmp_path):
    old, new = tmp_path / "示例法(2015-01-01).md", tmp_path / "示例法(2023-01-01).md"
    old.write_text(_law(A, B, C, D), encoding="utf-8")
    new.write_text(_law(NEW, A, B, D2), encoding="utf-8")  # renumbered, C removed, D changed
    return load_document(old), load_document(new)


def test_carried_bookmarks_land_in_the_renumbered_article_and_originals_stay(tmp_path):
    old, new = _versions(tmp_path)
    with BookmarkLibrary() as library:
        library.add_quote(old, "本法适用于在中华人民共和国境内", note="scope")
        library.add_quote(old, "全国的示例监督管理工作")  # article removed in the new version
        library.add_quote(old, "每年三月三十一日前报送")  # one character changed
        carried = carry_bookmarks(library, old, new)
        rows = [(c.status, c.old_address, c.new_address) for c in carried]
        assert rows == [
            ("exact", "第二条", "第三条"),
            ("orphan", "第三条", ""),
            ("fuzzy", "第四条", "第四条"),
        ]
        assert carried[0].copy.note == "scope" and carried[1].copy is None
        assert carried[2].copy.quote == "每年四月三十一日前报送"
        assert len(library.for_document(old)) == 3  # originals kept
        # a second carry adds nothing, and the new version lists each place once
        again = carry_bookmarks(library, old, new)
        assert [c.copy for c in again] == [None, None, None]
        listed = library.for_document(new)
        assert sorted(r.bookmark.quote for r in listed) == [
            "本法适用于在中华人民共和国境内",
            "每年四月三十一日前报送",
        ]


def test_cli_bookmarks_carry_reports_each_status(tmp_path, capsys):
    old, new = _versions(tmp_path)
    with BookmarkLibrary() as library:
        library.add_quote(old, "本法适用于在中华人民共和国境内")
    argv = ["bookmarks", "carry", "--from", str(old.path), "--to", str(new.path), "--json"]
    assert main(argv) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["summary"] == {"exact": 1, "moved": 0, "fuzzy": 0, "orphan": 0}
    assert shown["bookmarks"][0]["old"] == "第二条" and shown["bookmarks"][0]["new"] == "第三条"


def test_cli_carry_counts_with_a_measure_word_and_a_dry_run_says_would(tmp_path, capsys):
    old, new = _versions(tmp_path)
    with BookmarkLibrary() as library:
        library.add_quote(old, "本法适用于在中华人民共和国境内")
        library.add_quote(old, "全国的示例监督管理工作")
    argv = ["bookmarks", "carry", "--from", str(old.path), "--to", str(new.path)]
    assert main(["--lang", "zh", *argv, "--dry-run"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == "将迁移 2 个书签：1 个位置未变，1 个未找到"
    assert main(["--lang", "en", *argv, "--dry-run"]) == 0
    assert (
        capsys.readouterr().out.splitlines()[-1]
        == "Would carry 2 bookmarks: 1 in place, 1 not found"
    )
    assert main(["--lang", "zh", *argv]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "已迁移 2 个书签：1 个位置未变，1 个未找到"


def test_no_chinese_catalogue_counts_bookmarks_with_tiao():
    """书签 take 个 everywhere (条 is for articles)."""
    from tests.test_translations import _chinese_translations

    bad = [t for _, _, t in _chinese_translations() if "条书签" in t]
    assert not bad


def test_lifa_bookmark_on_every_article_2015_to_2023():
    laws = shared_path(LAWS) / "宪法相关法"
    old = load_document(laws / "立法法(2015-03-15).md")
    new = load_document(laws / "立法法(2023-03-13).md")
    with BookmarkLibrary() as library:
        for unit in compare_units(old):
            library.add_quote(old, unit.body[:30].split("\n")[0])
        carried = carry_bookmarks(library, old, new)
    counts = {s: sum(c.status == s for c in carried) for s in ("exact", "moved", "fuzzy", "orphan")}
    assert counts == {"exact": 85, "moved": 2, "fuzzy": 16, "orphan": 2}
    by_old = {c.old_address: c for c in carried}
    assert (by_old["第八十八条"].status, by_old["第八十八条"].new_address) == (
        "exact",
        "第九十九条",
    )
    # 2015 第七十二条 was split: its opening sentence is now 第八十条
    assert (by_old["第七十二条"].status, by_old["第七十二条"].new_address) == ("moved", "第八十条")
