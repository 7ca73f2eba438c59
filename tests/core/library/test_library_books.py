"""A code's books in a library (trial D4): 民法典's files share one title; each row names its
book, read from the file, and the books come in the code's order, not by path."""

from __future__ import annotations

import io
import json

import pytest

from viewer.cli.library import open_library_search, results_json, search_exact
from viewer.core.document.books import title_sort_key
from viewer.core.library.index import LibraryIndex

BOOK = """# 中华人民共和国民法典

# {book}

2020年5月28日 第十三届全国人民代表大会第三次会议通过

<!-- INFO END -->

## 第一章  一般规定

{article} 本编调整相关的民事关系。
"""
# named so that the path order (人格权编, 总则, 物权编) is not the code's
BOOKS = {"人格权编": "第九百八十九条", "总则": "第一条", "物权编": "第二百零五条"}
IN_ORDER = [f"中华人民共和国民法典 · {name}" for name in ("总则", "物权编", "人格权编")]


@pytest.fixture
def code(tmp_path):
    root = tmp_path / "laws"
    (root / "民法典").mkdir(parents=True)
    for name, article in BOOKS.items():
        text = BOOK.format(book=name, article=article)
        (root / "民法典" / f"{name}.md").write_text(text, encoding="utf-8")
    (root / "电子商务法.md").write_text("# 中华人民共和国电子商务法\n\n第一条 民法典。\n")
    return root


def _listed(entries) -> list[str]:
    books = [e for e in entries if "民法典" in e.title]
    return [e.title for e in sorted(books, key=lambda e: title_sort_key(e.title, e.book_order))]


def test_each_book_is_titled_apart_and_listed_in_the_code_s_order(code):
    index = LibraryIndex(code)
    assert _listed(index.entries()) == IN_ORDER  # before indexing: from each file's head
    index.update(procs=1)
    assert _listed(index.manifest().values()) == IN_ORDER  # indexed
    assert index.manifest()["电子商务法.md"].title == "中华人民共和国电子商务法"


def test_a_search_naming_the_code_lists_its_books_in_order_with_their_names(code):
    search = open_library_search(str(code), stderr=io.StringIO())
    try:
        data = json.loads(results_json(search_exact(search, "民法典", 10)))
    finally:
        search.close()
    books = [d for d in data["documents"] if d["title_match"]]
    assert [d["title"] for d in books] == IN_ORDER
    assert {"document", "title", "category", "date", "hits", "title_match"} <= set(books[0])
