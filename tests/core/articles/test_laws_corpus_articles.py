"""Every 第X条 line of the laws corpus is an addressable article (see docs/articles.md)."""

import re

import pytest

from viewer.core.document.markdown_model import parse_document
from viewer.core.document.structure import parse_structure
from viewer.core.document.textio import read_document_text

LINE = re.compile(r"^第[〇零一二三四五六七八九十百千0-9]+条(.?)", re.M)


@pytest.mark.slow
def test_parser_finds_every_article_line_of_the_corpus(laws_dir):
    regex_total = parsed_total = 0
    not_articles = []
    for path in sorted(laws_dir.rglob("*.md")):
        text = read_document_text(path).text
        lines = LINE.findall(text)
        structure = parse_structure(parse_document(text, path=path, render_html=False))
        regex_total += len(lines)
        parsed_total += len(structure.articles)
        # A line is an article when 第X条 (之X) is followed by a space; the rest are sentences
        # wrapped onto a new line (第三十一条的决定》…), which must not count.
        sentences = [c for c in lines if c not in (" ", "\u3000", "之", "【", "")]
        not_articles += sentences
        assert len(structure.articles) == len(lines) - len(sentences), path.name
    assert regex_total > 140_000
    assert parsed_total == regex_total - len(not_articles)
    assert len(not_articles) <= 3
