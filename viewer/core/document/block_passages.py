"""One Markdown block -> the passages the reader shows for it (HTML, plain text, stable id).

Blocks without markup skip Python-Markdown (it would only wrap them in a tag); the others are
rendered within the document's budget (markdown_limits), or shown as plain text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from viewer.core.base.digests import sha1_hex
from viewer.core.document.html_text import html_to_text
from viewer.core.document.markdown_limits import PIECE_CHARS, RenderBudget, plain_pieces
from viewer.core.document.model import Passage
from viewer.core.text.folding import drop_invisible

log = logging.getLogger(__name__)
_REF_DEF = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M)
_FIRST_TAG = re.compile(r"\s*<(p|h[1-6]|li|blockquote|pre|td|th)\b[^>]*>")
_TAG_NAME = re.compile(r"\s*<(\w+)")


@dataclass
class Block:
    markdown: str
    heading_level: int = 0  # 0 for non-headings
    heading_text: str = ""
    plain: bool = False  # a piece of a block too long to render: shown as plain text


class BlockRenderer:
    """Renders one block at a time, keeping the document's link reference definitions and
    within the document's rendering budget (viewer.core.document.markdown_limits)."""

    def __init__(self, body: str, render_html: bool = True) -> None:
        import markdown
        from markdown.extensions.fenced_code import FencedCodeExtension
        from markdown.extensions.sane_lists import SaneListExtension
        from markdown.extensions.tables import TableExtension

        # Instances, not names: a name makes Markdown look the extension up among the installed
        # packages' entry points (importlib.metadata, ~30 ms on a cold start).
        extensions = [TableExtension(), FencedCodeExtension(), SaneListExtension()]
        self._md = markdown.Markdown(extensions=extensions)
        self._refs: dict[str, str] = {}
        for line in _REF_DEF.findall(body):
            self._refs.setdefault(_label(line[line.index("[") + 1 : line.index("]")]), line)
        self._render_html = render_html
        self.budget = RenderBudget()

    def passages(
        self, block: Block, pane_id: str, heading: str, order: int, seen: dict
    ) -> list[Passage]:
        """The passages `block` is shown as: one, or several when it is shown as plain text."""
        plain = _plain_text(block)
        if plain is not None and len(plain) <= PIECE_CHARS:  # the renderer would only add a tag
            kind = "heading" if block.heading_level else "paragraph"
            html = _simple_html(block, plain) if self._render_html else ""
            return [_passage(block, kind, plain, html, pane_id, heading, order, seen)]
        html = None
        if not block.plain and self.budget.allows(block.markdown):
            html = self._convert(block.markdown)
        if html is None:
            pieces = plain_pieces(block.markdown)
            return [
                _passage(
                    block,
                    "paragraph",
                    text,
                    html if self._render_html else "",
                    pane_id,
                    heading,
                    order + n,
                    seen,
                )
                for n, (text, html) in enumerate(pieces)
            ]
        text = html_to_text(html)
        kind = _kind(block, html)
        return [
            _passage(
                block, kind, text, html if self._render_html else "", pane_id, heading, order, seen
            )
        ]

    def _convert(self, source: str) -> str | None:
        """Rendered HTML, or None when the renderer fails on this block (counted as plain)."""
        refs = [self._refs[label] for label in _used_labels(source) if label in self._refs]
        try:
            return self._md.reset().convert("\n\n".join([source, *refs]))
        except (RecursionError, MemoryError, ValueError, IndexError) as exc:
            log.info("block shown as plain text: %s", type(exc).__name__)
            self.budget.plain_blocks += 1
            return None


def _passage(block, kind, text, html, pane_id, heading, order, seen: dict) -> Passage:
    text = drop_invisible(text)  # zero-width marks inside words must not split them
    digest = sha1_hex(f"{kind}\x00{text}".encode())[:12]
    count = seen.get(digest, 0) + 1
    seen[digest] = count
    passage_id = f"p{digest}" + (f"-{count}" if count > 1 else "")
    return Passage(
        id=passage_id,
        pane_id=pane_id,
        # a heading opens its own section: labelled with itself, never the section above it
        heading=text if block.heading_level else heading,
        kind=kind,
        markdown=block.markdown,
        text=text,
        html=_anchor(html, passage_id) if html else "",
        order=order,
        level=block.heading_level,
    )


def _label(text: str) -> str:
    return " ".join(text.split()).lower()  # reference labels match case- and space-insensitively


def _used_labels(source: str) -> set[str]:
    return {_label(m) for m in re.findall(r"\[([^\[\]]*)\]", source)}


def _simple_html(block: Block, text: str) -> str:
    """What the renderer makes of a block without markup (`_plain_text` says it has none)."""
    if block.heading_level:
        return f"<h{block.heading_level}>{text}</h{block.heading_level}>"
    return f"<p>{text}</p>"


# Characters with a meaning somewhere in Markdown/HTML (emphasis, code, links, tags, entities,
# tables, escapes, headings) and line starts that open lists, quotes, setext underlines.
_MARKUP_CHARS = re.compile(r"[\\`*_\[\]<>&!|~#\x00-\x08\x0b-\x1f\x7f\t\r]")
_MARKUP_LINE = re.compile(r"^(?: {4}| {0,3}(?:[-+*>=]|\d+[.)]))|  $", re.M)
_COLLAPSE = re.compile(r"[ \t\r\n\f]+")


def _plain_text(block: Block) -> str | None:
    """The text Markdown + html_to_text would give for a heading or paragraph free of markup
    (whitespace runs collapse, the ends are stripped), or None when the block needs the
    renderer. Checked equal to the full path on the laws corpus (tests/core/test_library.py)."""
    source = block.heading_text if block.heading_level else block.markdown
    if _MARKUP_CHARS.search(source) or (not block.heading_level and _MARKUP_LINE.search(source)):
        return None
    return _COLLAPSE.sub(" ", source).strip()


def _kind(block: Block, html: str) -> str:
    if block.heading_level:
        return "heading"
    tag = _TAG_NAME.match(html)
    name = tag.group(1).lower() if tag else "p"
    return {
        "p": "paragraph",
        "ul": "list",
        "ol": "list",
        "blockquote": "quote",
        "pre": "code",
        "table": "table",
    }.get(name, "html")


def _anchor(html: str, passage_id: str) -> str:
    """Put a named anchor inside the block's first element so QTextBrowser can scroll to it."""
    anchor = f'<a name="{passage_id}"></a>'
    if html.startswith("<p>") or (html[:2] == "<h" and html[2:3] in "123456" and html[3:4] == ">"):
        cut = html.index(">") + 1  # a plain paragraph or heading: no need for the pattern
        return html[:cut] + anchor + html[cut:]
    match = _FIRST_TAG.match(html)
    if match is None:
        return anchor + html
    if match.group(1) in ("blockquote",):
        return anchor + html
    return html[: match.end()] + anchor + html[match.end() :]
