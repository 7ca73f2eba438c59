"""Library search results export: the full hit list as CSV and Markdown."""

from __future__ import annotations

import csv
import io

from tests.core.library.test_library import indexed
from viewer.core.export import search_results
from viewer.core.export.search_results import COLUMNS, all_result_rows, to_csv, to_markdown


def _library(tmp_path, count: int = 130):
    root = tmp_path / "lib"
    root.mkdir()
    for i in range(count):
        (root / f"条例{i:03d}(2020-01-{1 + i % 28:02d}).md").write_text(
            f"# 第{i}号条例\n\n## 第一章 总则\n\n第一条 经营者集中应当申报。\n\n"
            f"第二条 本条例自公布之日起施行，经营者集中另行规定。\n",
            encoding="utf-8",
        )
    return root


def test_every_matching_document_is_exported_beyond_one_page(tmp_path, monkeypatch):
    monkeypatch.setattr(search_results, "PAGE", 40)  # several pages of the public search API
    _index, search = indexed(_library(tmp_path))
    rows = all_result_rows(search, "经营者集中")
    assert len({r.path for r in rows}) == 130
    first = rows[0]
    assert first.hits == 2 and first.date.startswith("2020-01-")
    assert {r.address for r in rows} == {"第一条", "第二条"}
    assert all("经营者集中" in r.snippet and "<" not in r.snippet for r in rows)


def test_csv_and_markdown_hold_every_row_with_all_columns(tmp_path):
    _index, search = indexed(_library(tmp_path, 5))
    rows = all_result_rows(search, "申报")
    table = list(csv.reader(io.StringIO(to_csv(rows).lstrip("\ufeff"))))
    assert tuple(table[0]) == COLUMNS  # the English interface's names are the source texts
    assert len(table) == len(rows) + 1 == 6
    assert table[1][3] == "第一条" and table[1][4] == "1"
    text = to_markdown(rows, "申报")
    assert text.startswith("# Library search: 申报")
    assert text.count("\n| 第") == 5
    assert "5 documents, 5 hit excerpts" in text


def test_csv_cells_never_run_as_formulas():
    row = search_results.ResultRow("=HYPERLINK(1)", "a.md", "", "", 1, "-2+3")
    table = list(csv.reader(io.StringIO(to_csv([row]).lstrip("\ufeff"))))
    assert table[1][0] == "'=HYPERLINK(1)" and table[1][5] == "'-2+3"


def test_memo_of_search_hits_cites_each_article(tmp_path, laws_dir):
    import shutil

    from tests.core.export.law_bookmarks import LAWS
    from viewer.core.document.markdown_model import load_document
    from viewer.core.export.hit_memo import hit_memo
    from viewer.core.export.search_results import all_documents

    root = tmp_path / "laws"
    for name in LAWS:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(laws_dir / name, root / name)
    _index, search = indexed(root)
    documents = all_documents(search, "会计帐簿")
    memo = hit_memo(documents, load_document, query="会计帐簿")
    excerpts = [e for s in memo.sections for e in s.excerpts]
    assert memo.sources == ["《中华人民共和国会计法》（2017年修正）"]
    assert len(excerpts) == sum(len(d.passages) for d in documents) > 0
    articles = 0
    for excerpt in excerpts:
        assert "会计帐簿" in excerpt.quote
        article = excerpt.quote.split(" ", 1)[0]
        if article.startswith("第") and article.endswith("条"):
            assert excerpt.citation == f"《中华人民共和国会计法》（2017年修正）{article}"
            articles += 1
    assert articles >= 2


def test_hit_memo_skips_a_document_deleted_since_indexing(tmp_path):
    from viewer.core.document.markdown_model import load_document
    from viewer.core.export.hit_memo import hit_memo
    from viewer.core.export.search_results import all_documents

    root = _library(tmp_path, 3)
    _index, search = indexed(root)
    documents = all_documents(search, "申报")
    (root / documents[0].rel_path).unlink()
    memo = hit_memo(documents, load_document, query="申报")
    assert len(memo.sources) == 2
    assert memo.subtitle == "2 excerpts from 2 documents"
