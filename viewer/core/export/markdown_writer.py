"""ExportDoc -> Markdown: headings, passages, excerpts as block quotes, sources numbered."""

from __future__ import annotations

import re

from viewer.core.export.model import (
    Block,
    Excerpt,
    ExportDoc,
    citation_line,
    note_line,
    sources_heading,
)

_LINE_MARK = re.compile(r"^(\s*)([#+\-])", re.M)
_LINE_NUMBER = re.compile(r"^(\s*\d+)([.)])", re.M)


def to_markdown(doc: ExportDoc) -> str:
    lines = [f"# {_one_line(doc.title)}", ""]
    if doc.subtitle:
        lines += [f"*{_escape(doc.subtitle)}*", ""]
    for section in doc.sections:
        lines += ["#" * (section.level + 1) + " " + _one_line(section.heading), ""]
        for block in section.blocks:
            lines += _block(block, section.level)
        for excerpt in section.excerpts:
            lines += _excerpt(excerpt)
    if doc.sources:
        lines += [f"## {sources_heading()}", ""]
        lines += [f"{n}. {_escape(s)}" for n, s in enumerate(doc.sources, start=1)] + [""]
    return "\n".join(lines).rstrip() + "\n"


def _block(block: Block, section_level: int) -> list[str]:
    if block.kind == "heading":
        level = min(6, section_level + 1 + block.level)
        return ["#" * level + " " + _one_line(block.text), ""]
    if block.kind == "list":
        return [f"- {_escape(line)}" for line in block.text.split("\n") if line.strip()] + [""]
    if block.kind == "quote":
        return [f"> {_escape(line)}" for line in block.text.split("\n")] + [""]
    if block.kind == "code":
        return ["```", block.text, "```", ""]
    # paragraphs and tables as plain lines: the text, not the layout, is what is kept
    return ["  \n".join(_escape(line) for line in block.text.split("\n")), ""]


def _excerpt(excerpt: Excerpt) -> list[str]:
    citation = citation_line(_escape(excerpt.citation))
    lines = [f"> {_escape(excerpt.quote)}", ">", f"> {citation}", ""]
    if excerpt.note:
        lines += [note_line(_escape(excerpt.note)), ""]
    return lines


def _one_line(text: str) -> str:
    return _escape(" ".join(text.split()))


def _escape(text: str) -> str:
    """Markdown specials as literal text, so a quote holding * or <b> reads as typed."""
    text = re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text)
    text = _LINE_MARK.sub(r"\1\\\2", text)
    return _LINE_NUMBER.sub(r"\1\\\2", text)
