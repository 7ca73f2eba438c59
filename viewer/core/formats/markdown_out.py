"""Writing converted documents as the Markdown the document model reads (docs/format.md).

Converters produce blocks (headings, paragraphs, tables) of plain text; this module escapes what
Markdown would read as markup, so the text a reader sees is exactly the text of the source file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_INLINE = re.compile(r"([\\`*_\[\]|~])")
_LINE_START = re.compile(r"^(\s*)(#|[-+]|\d+[.)]|=)")
_SPACES = re.compile(r"[ \t\u3000]+")
FRONT_KEYS = ("title", "issuer", "doc_number", "date", "published", "subject", "index_no", "source")


def escape(text: str) -> str:
    """Plain text -> Markdown that renders back to the same text (entities for <, >, &)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), text)


def _escape_marker(marker: str) -> str:
    if marker[-1] in ".)":
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def clean_line(text: str) -> str:
    """Collapse runs of spaces (full-width ones too) and strip the ends."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip()


@dataclass
class MarkdownWriter:
    """Collects blocks and front matter; `text()` is the finished Markdown document."""

    front: dict[str, str] = field(default_factory=dict)
    blocks: list[str] = field(default_factory=list)

    def heading(self, level: int, text: str) -> None:
        text = clean_line(text)
        if text:
            self.blocks.append("#" * max(1, min(level, 6)) + " " + escape(text))

    def paragraph(self, text: str) -> None:
        text = clean_line(text)
        if text:
            self.blocks.append(escape(text))

    def table(self, rows: list[list[str]]) -> None:
        rows = [[escape(clean_line(c)).replace("\n", " ") for c in row] for row in rows if row]
        if not rows:
            return
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        self.blocks.append("\n".join(lines))

    def text(self) -> str:
        head = ""
        values = {k: clean_line(v) for k, v in self.front.items() if v and clean_line(v)}
        if values:
            ordered = [k for k in FRONT_KEYS if k in values] + sorted(set(values) - set(FRONT_KEYS))
            head = (
                "---\n" + "".join(f"{k}: {_front_value(values[k])}\n" for k in ordered) + "---\n\n"
            )
        return head + "\n\n".join(self.blocks) + "\n"


def _front_value(value: str) -> str:
    return value.replace("\n", " ")[:500]


_NUMBERED_HEADING = re.compile(
    r"^(第[一二三四五六七八九十百零〇]+([编章节])|[一二三四五六七八九十]+、)"
)


def add_text_block(writer: MarkdownWriter, text: str) -> None:
    """A short line of official numbering alone (第一章 总则, 一、总体要求) is a heading."""
    match = _NUMBERED_HEADING.match(text)
    if match and len(text) <= 40 and not text.endswith(("。", "；", "：", "，")):
        writer.heading(3 if match.group(2) == "节" else 2, text)
    else:
        writer.paragraph(text)
