"""Markdown text -> Document: front matter, title, topic panes, passages with stable ids.

Rules (documented in docs/format.md):
- front matter `panes:` names the heading level that starts a pane (1-6) or `none`;
- otherwise `##` headings start panes when there are any, else `#` headings beyond the title;
- the first `#` heading is the document title when front matter has none;
- text before the first pane heading becomes the pane "概览" (overview);
- a pane over MAX_PANE_CHARS is cut into numbered parts so no single view is huge.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from viewer.core.document import Document, Pane, Passage
from viewer.core.front_matter import split_front_matter
from viewer.core.html_text import html_to_text
from viewer.core.textio import read_document_text

OVERVIEW_TITLE = "概览"
MAX_PANE_CHARS = 150_000
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
# A line that is one whole comment (`<!-- TABLE -->`) separates blocks like a blank line does.
_COMMENT_LINE = re.compile(r"^ {0,3}<!--(?:(?!-->).)*-->\s*$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$", re.M)


@dataclass
class _Block:
    markdown: str
    heading_level: int = 0  # 0 for non-headings
    heading_text: str = ""


def load_document(path: Path | str) -> Document:
    loaded = read_document_text(path)
    return parse_document(loaded.text, path=Path(path), encoding=loaded.encoding)


def parse_document(
    text: str, path: Path | None = None, encoding: str = "utf-8", render_html: bool = True
) -> Document:
    """`render_html=False` (indexing): plain paragraphs and headings skip the Markdown renderer
    and their Passage.html is left empty; ids, kinds and texts are the same as with HTML."""
    fingerprint = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    text = text.lstrip("\ufeff")
    front = split_front_matter(text)
    warnings = [front.warning] if front.warning else []
    blocks = _split_blocks(front.body)
    title = front.values.get("title", "")
    if not title:
        first = next((b for b in blocks if b.heading_level), None)
        if first is not None and first.heading_level == 1:
            title = first.heading_text
            blocks.remove(first)
    if not title:
        title = path.stem if path else "Untitled"
    pane_level = _pane_level(front.values.get("panes", ""), blocks, warnings)
    renderer = _BlockRenderer(front.body, render_html)
    panes = _build_panes(blocks, pane_level, renderer)
    if not any(p.passages for p in panes):
        warnings.append("The document has no text to show.")
    metadata = {k: v for k, v in front.values.items() if k != "title"}
    return Document(
        path=path,
        title=title,
        metadata=metadata,
        panes=panes,
        fingerprint=fingerprint,
        encoding=encoding,
        warnings=warnings,
    )


def _split_blocks(body: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[str] = []
    fence: str | None = None

    def flush() -> None:
        if current:
            chunk = "\n".join(current).strip("\n")
            # comments are markup; anything else in the block is content and is kept
            if _COMMENT.sub("", chunk).strip():
                blocks.append(_Block(chunk))
            current.clear()

    for line in body.split("\n"):
        if fence is not None:
            current.append(line)
            if line.strip().startswith(fence):
                fence = None
                flush()
            continue
        fence_match = _FENCE.match(line)
        if fence_match:
            flush()
            fence = fence_match.group(1)
            current.append(line)
            continue
        heading = _HEADING.match(line)
        if _COMMENT_LINE.match(line):
            flush()
        elif heading:
            flush()
            blocks.append(_Block(line, len(heading.group(1)), heading.group(2).strip()))
        elif not line.strip():
            flush()
        else:
            current.append(line)
    flush()
    return blocks


def _pane_level(setting: str, blocks: list[_Block], warnings: list[str]) -> int:
    setting = setting.strip().lower()
    if setting in ("none", "0", "no", "false"):
        return 0
    if setting:
        level = setting.lstrip("#h")
        if level.isdigit() and 1 <= int(level) <= 6:
            return int(level)
        warnings.append(
            f"Front matter 'panes: {setting}' is not a heading level; using the default."
        )
    levels = {b.heading_level for b in blocks if b.heading_level}
    if 2 in levels:
        return 2
    if 1 in levels:
        return 1
    return 0


def _build_panes(blocks: list[_Block], pane_level: int, renderer: _BlockRenderer) -> list[Pane]:
    sections: list[tuple[str, list[_Block]]] = [(OVERVIEW_TITLE, [])]
    for block in blocks:
        if pane_level and block.heading_level == pane_level:
            sections.append((block.heading_text or f"Section {len(sections)}", [block]))
        else:
            sections[-1][1].append(block)
    if not sections[0][1]:
        sections.pop(0)
    panes: list[Pane] = []
    used_pane_ids: set[str] = set()
    seen_passages: dict[str, int] = {}
    order = 0
    for title, section_blocks in sections:
        for part_title, part in _cut_large(title, section_blocks):
            pane = Pane(id=_unique(_slug(part_title) or "pane", used_pane_ids), title=part_title)
            heading = ""
            for block in part:
                passage = renderer.passage(block, pane.id, heading, order, seen_passages)
                if block.heading_level:
                    heading = passage.text
                pane.passages.append(passage)
                order += 1
            panes.append(pane)
    return panes


def _cut_large(title: str, blocks: list[_Block]):
    total = sum(len(b.markdown) for b in blocks)
    if total <= MAX_PANE_CHARS:
        yield title, blocks
        return
    parts: list[list[_Block]] = [[]]
    size = 0
    for block in blocks:
        if size > MAX_PANE_CHARS and parts[-1]:
            parts.append([])
            size = 0
        parts[-1].append(block)
        size += len(block.markdown)
    for number, part in enumerate(parts, start=1):
        yield f"{title} ({number}/{len(parts)})", part


class _BlockRenderer:
    """Renders one block at a time, keeping the document's link reference definitions."""

    def __init__(self, body: str, render_html: bool = True) -> None:
        import markdown

        self._md = markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists"])
        self._refs = "\n".join(_REF_DEF.findall(body))
        self._render_html = render_html

    def passage(self, block: _Block, pane_id: str, heading: str, order: int, seen: dict) -> Passage:
        source = block.markdown
        plain = None if self._render_html else _plain_text(block)
        if plain is not None:
            html, text = "", plain
            kind = "heading" if block.heading_level else "paragraph"
        else:
            html = self._md.reset().convert(source + ("\n\n" + self._refs if self._refs else ""))
            text = html_to_text(html)
            kind = _kind(block, html)
        digest = hashlib.sha1(f"{kind}\x00{text}".encode()).hexdigest()[:12]
        count = seen.get(digest, 0) + 1
        seen[digest] = count
        passage_id = f"p{digest}" + (f"-{count}" if count > 1 else "")
        if html:
            html = _anchor(html, passage_id)
        return Passage(
            id=passage_id,
            pane_id=pane_id,
            heading=heading,
            kind=kind,
            markdown=source,
            text=text,
            html=html,
            order=order,
            level=block.heading_level,
        )


# Characters with a meaning somewhere in Markdown/HTML (emphasis, code, links, tags, entities,
# tables, escapes, headings) and line starts that open lists, quotes, setext underlines.
_MARKUP_CHARS = re.compile(r"[\\`*_\[\]<>&!|~#\x00-\x08\x0b-\x1f\x7f\t\r]")
_MARKUP_LINE = re.compile(r"^(?: {4}| {0,3}(?:[-+*>=]|\d+[.)]))|  $", re.M)
_COLLAPSE = re.compile(r"[ \t\r\n\f]+")


def _plain_text(block: _Block) -> str | None:
    """The text Markdown + html_to_text would give for a heading or paragraph free of markup
    (whitespace runs collapse, the ends are stripped), or None when the block needs the
    renderer. Checked equal to the full path on the laws corpus (tests/core/test_library.py)."""
    source = block.heading_text if block.heading_level else block.markdown
    if _MARKUP_CHARS.search(source) or (not block.heading_level and _MARKUP_LINE.search(source)):
        return None
    return _COLLAPSE.sub(" ", source).strip()


def _kind(block: _Block, html: str) -> str:
    if block.heading_level:
        return "heading"
    tag = re.match(r"\s*<(\w+)", html)
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
    match = re.match(r"\s*<(p|h[1-6]|li|blockquote|pre|td|th)\b[^>]*>", html)
    if match is None:
        return anchor + html
    if match.group(1) in ("blockquote",):
        return anchor + html
    return html[: match.end()] + anchor + html[match.end() :]


def _slug(title: str) -> str:
    from markdown.extensions.toc import slugify_unicode

    return slugify_unicode(title, "-")


def _unique(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate
