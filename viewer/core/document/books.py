"""Which book of a many-book code a file holds, read from the file itself.

民法典's eight files each open with the code's title and then their own (`# 中华人民共和国民法典`,
`# 物权编`, then the dates): one title for eight rows that looked alike and sorted by path
(人格权编 first). A second `#` title before the first `##` heading names the book; its place in
the code is its `第N编` when the title says so, else the number of its first article (总则
begins at 第一条, 物权编 at 第二百零五条), so the books list in the code's own order.
"""

from __future__ import annotations

import re

from viewer.core.text.numerals import to_int

SEPARATOR = " · "  # between a code's title and its book: 中华人民共和国民法典 · 总则
HEAD_CHARS = 4096  # a book's title and its first article are near the top: no more is read
_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$")
_BOOK_NUMBER = re.compile(r"^第([一二三四五六七八九十百零〇\d]+)编")
_ARTICLE = re.compile(r"^第([一二三四五六七八九十百千零〇\d]+)条", re.M)


def book_of(body: str) -> tuple[str, int]:
    """(the book's name, its place in the code) from a Markdown body without front matter,
    or ("", 0) when the file has a single title."""
    book = book_name(body)
    return book, book_place(book, body)


def book_name(body: str) -> str:
    """The book a file of a code holds (物权编), or "" when the file has a single title."""
    titles = []
    for raw in body[:HEAD_CHARS].split("\n"):
        line = raw.strip()
        if line.startswith("##") or line.startswith("<!-- INFO END"):
            break
        match = _TITLE.match(line)
        if match:
            titles.append(match.group(1))
    return " ".join(titles[1].split()) if len(titles) >= 2 else ""


def book_place(book: str, body: str) -> int:
    """Where `book` stands in its code: its 第N编, else its first article's number (0: none)."""
    if not book:
        return 0
    number = _BOOK_NUMBER.match(book)
    if number and to_int(number.group(1)):
        return to_int(number.group(1))
    article = _ARTICLE.search(body, 0, HEAD_CHARS)
    return (to_int(article.group(1)) or 0) if article else 0


def titled(title: str, book: str) -> str:
    return f"{title}{SEPARATOR}{book}" if book else title


def title_sort_key(title: str, book_order: int) -> str:
    """Sorts a code's books by their place in it (code-point order would put 人格权编 first)."""
    if not book_order:
        return title
    code = title.rpartition(SEPARATOR)[0] or title
    return f"{code}\0{book_order:09d}\0{title}"
