"""ExportDoc -> one self-contained HTML page (inline style, no scripts, no remote resources).

Every text is escaped. `for_print=True` is the variant Qt lays out for print and PDF: it keeps
to the HTML subset QTextDocument understands and puts a word joiner before closing marks
(line_breaking), since Qt ignores CSS `line-break`.
"""

from __future__ import annotations

import re
from html import escape

from viewer.core.export.model import (
    Block,
    Excerpt,
    ExportDoc,
    citation_line,
    note_line,
    sources_heading,
)
from viewer.core.i18n import language
from viewer.core.text.line_breaking import join_closing_marks

_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_PAGE_LANG = {"zh": "zh-CN", "en": "en"}

_STYLE = """
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif;
       max-width: 46em; margin: 2em auto; line-height: 1.7; line-break: strict; color: #222; }
h1 { text-align: center; }
.subtitle { text-align: center; color: #555; }
blockquote { margin: 0.6em 0 0.2em 0; padding-left: 0.8em; border-left: 3px solid #999; }
.citation { margin-top: 0; color: #333; }
.note { margin-top: 0; color: #555; }
pre { white-space: pre-wrap; }
"""
_PRINT_STYLE = """
h1 { font-size: 20pt; } h2 { font-size: 16pt; } h3 { font-size: 14pt; } h4 { font-size: 12pt; }
.subtitle { color: #555555; }
.citation { color: #333333; }
.note { color: #555555; }
"""
# inline: Qt's rich text ignores a margin set through a class selector
_INDENT = "margin-left: 40px"  # as far in as a blockquote: one column per excerpt


def to_html(doc: ExportDoc, *, for_print: bool = False) -> str:
    text = join_closing_marks if for_print else (lambda s: s)

    # The document's language (a memo's: that of our labels around its quotes); a text in the
    # other one is marked, so that it is read aloud and set in its own language's fonts.
    page_lang = doc.text_language or _PAGE_LANG.get(language.current(), "zh-CN")

    def esc(value: str) -> str:
        escaped = escape(text(value), quote=True)
        own = _own_language(value)
        if own is None or own.split("-")[0] == page_lang.split("-")[0].lower():
            return escaped
        return f'<span lang="{own}">{escaped}</span>'

    parts = [f"<h1>{esc(doc.title)}</h1>"]
    if doc.subtitle:
        parts.append(f'<p class="subtitle" align="center">{esc(doc.subtitle)}</p>')
    for section in doc.sections:
        tag = f"h{min(6, section.level + 1)}"
        parts.append(f"<{tag}>{esc(section.heading)}</{tag}>")
        parts += [_block(b, section.level, esc) for b in section.blocks]
        parts += [_excerpt(e, esc) for e in section.excerpts]
    if doc.sources:
        parts.append(f"<h2>{esc(sources_heading())}</h2>")
        parts.append("<ol>" + "".join(f"<li>{esc(s)}</li>" for s in doc.sources) + "</ol>")
    style = _PRINT_STYLE if for_print else _STYLE
    return (
        f'<!DOCTYPE html>\n<html lang="{page_lang}"><head><meta charset="utf-8">'
        f"<title>{escape(doc.title)}</title><style>{style}</style></head>\n<body>\n"
        + "\n".join(parts)
        + "\n</body></html>\n"
    )


def _own_language(value: str) -> str | None:
    """zh-CN for a text with Chinese in it, en for one in Latin letters only, else None."""
    if _HAN.search(value):
        return "zh-CN"
    return "en" if _LATIN.search(value) else None


def _block(block: Block, section_level: int, esc) -> str:
    if block.kind == "heading":
        tag = f"h{min(6, section_level + 1 + block.level)}"
        return f"<{tag}>{esc(block.text)}</{tag}>"
    lines = [line for line in block.text.split("\n") if line.strip()] or [""]
    if block.kind == "list":
        return "<ul>" + "".join(f"<li>{esc(line)}</li>" for line in lines) + "</ul>"
    if block.kind == "quote":
        return "<blockquote>" + "<br>".join(esc(line) for line in lines) + "</blockquote>"
    if block.kind == "code":
        return f"<pre>{escape(block.text)}</pre>"
    return "<p>" + "<br>".join(esc(line) for line in lines) + "</p>"


def _excerpt(excerpt: Excerpt, esc) -> str:
    parts = [
        f"<blockquote>{esc(excerpt.quote)}</blockquote>",
        f'<p class="citation" style="{_INDENT}">{esc(citation_line(excerpt.citation))}</p>',
    ]
    if excerpt.note:
        parts.append(f'<p class="note" style="{_INDENT}">{esc(note_line(excerpt.note))}</p>')
    return "\n".join(parts)
