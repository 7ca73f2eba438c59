"""No content is ever dropped silently: every line of every law that is not pure markup reaches
the text of some passage (what the reader shows and what search indexes)."""

from __future__ import annotations

import re

import pytest

from viewer.core.document.markdown_model import parse_document
from viewer.core.text.folding import drop_invisible

# Lines that are markup only: comments, table delimiter rows, thematic breaks, empty headings.
_MARKUP_ONLY = re.compile(
    r"^\s*(?:<!--(?:(?!-->).)*-->|\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?|[-*_]{3,}|#{1,6})\s*$"
)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_LINE_MARKERS = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)")


def content_pieces(line: str) -> list[str]:
    """The words of a source line as a reader sees them: markers stripped, table cells apart,
    invisible characters (zero-width spaces, BOMs) folded away as the text model folds them."""
    line = drop_invisible(line)
    if not line.strip() or _MARKUP_ONLY.match(line):
        return []
    line = _LINE_MARKERS.sub("", line)
    line = re.sub(r"\s#+\s*$", "", line)  # closing hashes of a heading
    line = _LINK.sub(r"\1", line)  # a link shows its text
    cells = line.strip().strip("|").split("|") if line.lstrip().startswith("|") else [line]
    return [" ".join(cell.split()) for cell in cells if cell.strip()]


def missing_lines(text: str, document) -> list[str]:
    """Source lines whose words are in no passage of `document` (nor its title or metadata)."""
    shown = [document.title, *document.metadata.values(), *(p.text for p in document.passages())]
    haystack = " ".join(" ".join(shown).split())
    return [
        line
        for line in text.split("\n")
        if any(piece not in haystack for piece in content_pieces(line))
    ]


def test_table_between_table_comments_is_kept_and_rendered():
    text = (
        "# 补充规定\n\n为统一认定罪名，作如下补充：\n\n<!-- TABLE -->\n| 刑法条文 | 罪名 |\n"
        "|-----|-----|\n| 第152条第2款 | 走私废物罪 |\n| 第244条之一 | 雇用童工从事危重劳动罪 |\n"
        "<!-- TABLE END -->\n\n本规定自公布之日起施行。\n"
    )
    for render_html in (True, False):
        document = parse_document(text, render_html=render_html)
        tables = [p for p in document.passages() if p.kind == "table"]
        assert len(tables) == 1
        assert "雇用童工从事危重劳动罪" in tables[0].text
        assert missing_lines(text, document) == []
    (rendered,) = [p for p in parse_document(text).passages() if p.kind == "table"]
    assert "<table>" in rendered.html and rendered.html.count("<tr>") == 3  # header + 2 rows


def test_comment_only_blocks_are_still_dropped_but_text_around_a_comment_is_not():
    text = "# 标题\n\n<!-- INFO END -->\n\n<!--\n多行注释\n-->\n\n正文<!-- 注 -->继续。\n"
    passages = [p.text for p in parse_document(text).passages()]
    assert passages == ["正文继续。"]


@pytest.mark.parametrize(
    "render_html",
    [False, pytest.param(True, marks=pytest.mark.slow)],  # rendering every law: ~70 s
    ids=["indexed", "shown"],
)
def test_every_content_line_of_every_law_reaches_a_passage(laws_dir, render_html):
    failures, plain = {}, []
    for path in sorted(laws_dir.rglob("*.md")):
        if path.name == "SOURCE.md":
            continue
        text = path.read_text(encoding="utf-8")
        document = parse_document(text, render_html=render_html)
        missing = missing_lines(text, document)
        if missing:
            failures[str(path.relative_to(laws_dir))] = missing[:3]
        if any("plain text" in warning for warning in document.warnings):
            plain.append(path.name)
    assert not failures, f"{len(failures)} files lose text, e.g. {list(failures.items())[:5]}"
    assert not plain, f"real laws must never hit the rendering limits: {plain[:5]}"
