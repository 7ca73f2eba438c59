"""A code's book opened on its own (民法典 · 物权编): the window title and an export's file name
name the book, as the library list does, while citations keep the code's title."""

from __future__ import annotations

from tests.core.library.test_library_books import BOOK
from viewer.core.document.cache import document_from_json, document_to_json
from viewer.core.document.markdown_model import parse_document


def test_a_books_document_names_its_book_beside_the_codes_title(tmp_path):
    document = parse_document(BOOK.format(book="物权编", article="第二百零五条"))
    assert document.title == "中华人民共和国民法典"  # what citations use: 《中华人民共和国民法典》
    assert document.book == "物权编"
    assert document.shown_title == "中华人民共和国民法典 · 物权编"
    again = document_from_json(document_to_json(document), tmp_path / "物权编.md")
    assert again.shown_title == document.shown_title  # the cache and the start-up helper


def test_a_document_with_one_title_is_shown_by_it():
    document = parse_document("# 中华人民共和国电子商务法\n\n第一条 为了保障电子商务。\n")
    assert document.book == "" and document.shown_title == "中华人民共和国电子商务法"


def test_a_books_export_is_titled_with_its_book(tmp_path):
    """Printed, or saved as PDF, Word or HTML, 物权编 says so in its title and page header."""
    from viewer.core.export.briefing import briefing_export
    from viewer.core.export.html_writer import to_html

    document = parse_document(BOOK.format(book="物权编", article="第二百零五条"))
    doc = briefing_export(document)
    assert doc.title == "中华人民共和国民法典 · 物权编"
    assert "中华人民共和国民法典 · 物权编" in to_html(doc, for_print=True)
    single = briefing_export(parse_document("# 中华人民共和国电子商务法\n\n第一条 为了。\n"))
    assert single.title == "中华人民共和国电子商务法"
