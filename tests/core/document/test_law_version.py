"""A law's version date, the same wherever it is read (the list before indexing, the index, the
Info panel, citations): the latest 通过/修正/修订 line of the preamble, never the 施行 date and
never a date inside an article (issue 9 trial: 民法典·附则 showed "no date")."""

from __future__ import annotations

from pathlib import Path

from viewer.core.document.law_version import document_version, head_version
from viewer.core.document.markdown_model import parse_document
from viewer.core.library.parse import parse_library_file
from viewer.core.library.scan import LibraryEntry, quick_metadata

# as 民法典/附则.md: two titles, no chapter heading, an article that names a date
BOOK_END = """# 中华人民共和国民法典

# 附则

2020年5月28日 第十三届全国人民代表大会第三次会议通过

2021年1月1日 施行

<!-- INFO END -->

##

第一千二百六十条 本法自2021年1月1日起施行。《中华人民共和国婚姻法》同时废止。
"""
AMENDED = """# 某某法

（2007年8月30日第十届全国人民代表大会常务委员会第二十九次会议通过）

2022年6月24日 第十三届全国人民代表大会常务委员会第三十五次会议修正

2022年8月1日 施行

## 第一章 总则

第一条 为了……，制定本法。
"""


def _all_dates(tmp_path: Path, text: str, name: str = "law.md") -> set[str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    document = parse_document(text, path=tmp_path / name, render_html=False)
    entry = LibraryEntry(name, len(text), 1)
    quick_metadata(tmp_path, entry)
    return {
        document_version(document, name).date,
        head_version(text, name)[1].date,
        parse_library_file(str(tmp_path), name)["date"],
        entry.date,
    }


def test_a_book_without_chapters_is_dated_by_its_preamble_not_its_articles(tmp_path):
    assert _all_dates(tmp_path, BOOK_END) == {"2020-05-28"}


def test_the_latest_amendment_wins_and_coming_into_force_does_not(tmp_path):
    assert _all_dates(tmp_path, AMENDED) == {"2022-06-24"}
    version = document_version(parse_document(AMENDED, render_html=False))
    assert version.label == "2022年修正"


def test_the_file_names_date_wins_over_the_preamble(tmp_path):
    assert _all_dates(tmp_path, AMENDED, "某某法(2018-10-26).md") == {"2018-10-26"}


def test_the_laws_civil_code_books_share_one_date(laws_dir):
    from viewer.core.library.scan import scan_folder

    books = [e for e in scan_folder(laws_dir) if e.rel_path.startswith("民法典/")]
    for entry in books:
        quick_metadata(laws_dir, entry)
    assert len(books) == 8 and {e.date for e in books} == {"2020-05-28"}
