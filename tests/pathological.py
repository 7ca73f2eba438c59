"""Pathological Markdown, generated (never committed): the shapes that hung or crashed the app.

Each shape is a function returning (text, word): the document's text and a word that occurs in
it as plain content, so a test can check the file opens, keeps its text and is still found.
Shared by tests/core/test_pathological.py and benchmarks/pathological.py.
"""

from __future__ import annotations

WORD = "标记词"  # occurs in every shape as ordinary text
SENTENCE = "依法治国，建设社会主义法治国家。"


def _doc(body: str) -> str:
    return f"# 病态文档\n\n{WORD}开头。\n\n{body}\n\n结尾{WORD}。\n"


def nested_dashes(depth: int = 4_000) -> str:
    return _doc("- " * depth + WORD)


def nested_indented_list(depth: int = 4_000) -> str:
    return _doc("\n".join("  " * i + f"- 第{i}层" for i in range(depth)))


def nested_quotes(depth: int = 4_000) -> str:
    return _doc("> " * depth + WORD)


def square_brackets(count: int = 200_000) -> str:
    return _doc("[" * count + WORD)


def round_brackets(count: int = 200_000) -> str:
    return _doc("(" * count + WORD)


def link_openers(count: int = 100_000) -> str:
    return _doc("[a](" * count + WORD)


def mixed_emphasis(count: int = 100_000) -> str:
    return _doc("*_" * count + WORD)


def entities(count: int = 80_000) -> str:
    return _doc("&amp;&#20013;&lt;" * (count // 3) + WORD)


def link_references(count: int = 30_000) -> str:
    uses = "\n\n".join(f"见[条{i}]。{SENTENCE}" for i in range(0, count, 10))
    defs = "\n".join(f"[条{i}]: https://example.org/{i}" for i in range(count))
    return _doc(f"{uses}\n\n{defs}")


def headings(count: int = 100_000) -> str:
    return _doc("\n\n".join(f"### 小节{i}" for i in range(count)))


def panes(count: int = 60_000) -> str:
    return _doc("\n\n".join(f"## 第{i}章\n\n{SENTENCE}" for i in range(count)))


def backticks(count: int = 200_000) -> str:
    return _doc("`" * count + WORD)


def backtick_pairs(count: int = 100_000) -> str:
    return _doc("`a" * count + WORD)


def heading_spaces(count: int = 100_000) -> str:
    return _doc("# 空格" + " " * count + WORD)


def unclosed_comments(count: int = 100_000) -> str:
    return _doc("<!--" * count + WORD)


def bracket_lines(count: int = 100_000) -> str:
    return _doc("\n".join(f"[条{i}" for i in range(count)) + WORD)


def html_tags(count: int = 50_000) -> str:
    return _doc("<div>" * count + WORD)


def one_line(megabytes: int = 20) -> str:
    repeats = megabytes * 1_000_000 // len(SENTENCE.encode("utf-8"))
    return _doc(SENTENCE * (repeats // 2) + WORD + SENTENCE * (repeats // 2))


def front_matter_value(megabytes: int = 1) -> str:
    return f"---\nsource: {'x' * megabytes * 1_000_000}\n---\n\n{_doc('')}"


def front_matter_title(megabytes: int = 1) -> str:
    return f"---\ntitle: {'长' * (megabytes * 1_000_000 // 3)}\n---\n\n{_doc('')}"


SHAPES = {
    "nested-dashes": nested_dashes,
    "nested-indented-list": nested_indented_list,
    "nested-quotes": nested_quotes,
    "square-brackets": square_brackets,
    "round-brackets": round_brackets,
    "link-openers": link_openers,
    "mixed-emphasis": mixed_emphasis,
    "entities": entities,
    "link-references": link_references,
    "headings": headings,
    "panes": panes,
    "backticks": backticks,
    "backtick-pairs": backtick_pairs,
    "heading-spaces": heading_spaces,
    "unclosed-comments": unclosed_comments,
    "bracket-lines": bracket_lines,
    "html-tags": html_tags,
    "one-line-20mb": one_line,
    "front-matter-1mb": front_matter_value,
    "front-matter-title-1mb": front_matter_title,
}
