"""Paging through library results reaches every matching document once (issue 8, item 7)."""

from __future__ import annotations

import pytest

from tests.core.library.test_library import indexed


@pytest.fixture
def many(tmp_path):
    root = tmp_path / "many"
    root.mkdir()
    for i in range(45):
        words = "经营者集中" if i % 3 else "经营者 集中"  # a third match only unquoted
        (root / f"条例{i:02d}.md").write_text(
            f"# 第{i}号条例\n\n## 一\n\n第一条 {words}应当申报。\n", encoding="utf-8"
        )
    return root


@pytest.mark.parametrize("query", ["条例", "经营者集中", '"经营者集中"', "申报 -集中"])
def test_pages_joined_equal_the_whole_result(many, query):
    _index, search = indexed(many)
    whole = search.search(query, limit=1000)
    search.clear_cache()
    results = search.search(query, limit=7)
    pages = 1
    while results.has_more:
        results.extend(search.search(query, limit=7, offset=len(results.documents)))
        pages += 1
        assert pages < 100
    assert [d.rel_path for d in results.documents] == [d.rel_path for d in whole.documents]
    assert results.total_documents == whole.total_documents == len(whole.documents)
    assert results.total_exact and not results.has_more
    assert results.total == whole.total
