"""Markdown text -> Document: front matter, title, topic panes, passages with stable ids.

Rules (documented in docs/format.md):
- front matter `panes:` names the heading level that starts a pane (1-6) or `none`;
- otherwise `##` headings start panes when there are any, else `#` headings beyond the title;
- the first `#` heading is the document title when front matter has none;
- text before the first pane heading becomes the pane "概览" (overview);
- a pane over MAX_PANE_CHARS or MAX_PANE_BLOCKS is cut into numbered parts so no single view
  is huge;
- blocks too long or complex to render are shown as plain text (markdown_limits).
"""

from __future__ import annotations

import re
from pathlib import Path

from viewer.core.base.digests import sha256_hex
from viewer.core.document.block_passages import Block as _Block
from viewer.core.document.block_passages import BlockRenderer as _BlockRenderer
from viewer.core.document.books import book_name
from viewer.core.document.front_matter import split_front_matter
from viewer.core.document.markdown_limits import MAX_BLOCK_CHARS, source_pieces
from viewer.core.document.model import OVERVIEW_TITLE, Document, Pane
from viewer.core.document.textio import read_document_text
from viewer.core.i18n.catalogue import translate
from viewer.core.text.file_names import display_name
from viewer.core.text.folding import drop_invisible

MAX_PANE_CHARS = 150_000
# Qt lays out a pane in time quadratic in its blocks (4,000 headings: 0.7 s, 14,000: 4 s to
# show, 9 s to clear the outline); the largest pane of the laws corpus has under 1,000.
MAX_PANE_BLOCKS = 2_000
MAX_TITLE_CHARS = 200  # document and pane titles; the heading passage keeps the whole text
# Closing hashes are stripped in Python: `(.*?)[ \t]*#*[ \t]*$` backtracks cubically on runs
# of spaces (2,000 spaces in a heading took 27 s). Every pattern here must stay linear.
_HEADING = re.compile(r"(#{1,6})[ \t]+(.*)")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# A line that is one whole comment (`<!-- TABLE -->`) separates blocks like a blank line does.
_COMMENT_LINE = re.compile(r"^ {0,3}<!--(?:(?!-->).)*-->\s*$")
_REF_DEFS_ONLY = re.compile(r"(?:[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S[^\n]*(?:\n|$))+$")


def load_document(path: Path | str) -> Document:
    loaded = read_document_text(path)
    return parse_document(loaded.text, path=Path(path), encoding=loaded.encoding)


def parse_document(
    text: str, path: Path | None = None, encoding: str = "utf-8", render_html: bool = True
) -> Document:
    """`render_html=False` (indexing): plain paragraphs and headings skip the Markdown renderer
    and their Passage.html is left empty; ids, kinds and texts are the same as with HTML."""
    fingerprint = sha256_hex(text.encode("utf-8", "surrogatepass"))
    text = text.lstrip("\ufeff")
    front = split_front_matter(text)
    warnings = [front.warning] if front.warning else []
    blocks = _split_blocks(front.body)
    title = front.values.get("title", "")
    if not title:
        first = next((b for b in blocks if b.heading_level), None)
        # a heading too long for a title stays a passage, so its text is kept
        if (
            first is not None
            and first.heading_level == 1
            and _clip(first.heading_text) == (first.heading_text)
        ):
            title = first.heading_text
            blocks.remove(first)
    if not title:
        title = display_name(path.stem) if path else "Untitled"
    title = _clip(drop_invisible(title))  # 1 MB froze the panels; the library ranks title words
    pane_level = _pane_level(front.values.get("panes", ""), blocks, warnings)
    renderer = _BlockRenderer(front.body, render_html)
    blocks, renderer.budget.plain_blocks = _cut_oversized(blocks)
    panes = _build_panes(blocks, pane_level, renderer)
    if renderer.budget.notice():
        warnings.append(renderer.budget.notice())
    if not any(p.passages for p in panes):
        warnings.append(translate("Document", "The document has no text to show."))
    metadata = {k: v for k, v in front.values.items() if k != "title"}
    return Document(
        path=path,
        title=title,
        metadata=metadata,
        panes=panes,
        fingerprint=fingerprint,
        encoding=encoding,
        warnings=warnings,
        book=book_name(front.body),
    )


def _split_blocks(body: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[str] = []
    fence: str | None = None

    def flush() -> None:
        if current:
            chunk = "\n".join(current).strip("\n")
            # comments are markup; anything else in the block is content and is kept
            if _without_comments(chunk).strip():
                blocks.append(_Block(chunk))
            current.clear()

    for line in body.split("\n"):
        if fence is not None:
            current.append(line)
            if line.strip().startswith(fence):
                fence = None
                flush()
            continue
        fence_match = _FENCE.match(line) if "`" in line or "~" in line else None
        if fence_match:
            flush()
            fence = fence_match.group(1)
            current.append(line)
            continue
        heading = _HEADING.match(line) if line.startswith("#") else None
        if "<!--" in line and _COMMENT_LINE.match(line):
            flush()
        elif heading:
            flush()
            text = heading.group(2).rstrip(" \t").rstrip("#").strip()
            blocks.append(_Block(line, len(heading.group(1)), text))
        elif not line.strip():
            flush()
        else:
            current.append(line)
    flush()
    return blocks


def _without_comments(chunk: str) -> str:
    """`chunk` without its HTML comments, in linear time (an unclosed `<!--` keeps the rest)."""
    if "<!--" not in chunk:
        return chunk
    kept, pos = [], 0
    while (start := chunk.find("<!--", pos)) >= 0:
        end = chunk.find("-->", start + 4)
        if end < 0:
            break
        kept.append(chunk[pos:start])
        pos = end + 3
    kept.append(chunk[pos:])
    return "".join(kept)


def _cut_oversized(blocks: list[_Block]) -> tuple[list[_Block], int]:
    """Blocks too long to render, cut into plain pieces (so panes can be cut between them),
    without link reference definitions; and how many blocks were cut."""
    kept: list[_Block] = []
    cut = 0
    for block in blocks:
        if block.markdown.lstrip().startswith("[") and _REF_DEFS_ONLY.match(block.markdown):
            continue  # link targets for other blocks: nothing to show
        if block.heading_level or len(block.markdown) <= MAX_BLOCK_CHARS:
            kept.append(block)
            continue
        cut += 1
        kept.extend(_Block(piece, plain=True) for piece in source_pieces(block.markdown))
    return kept, cut


def _pane_level(setting: str, blocks: list[_Block], warnings: list[str]) -> int:
    setting = setting.strip().lower()
    if setting in ("none", "0", "no", "false"):
        return 0
    if setting:
        level = setting.lstrip("#h")
        if level.isdigit() and 1 <= int(level) <= 6:
            return int(level)
        warning = translate(
            "Document", "Front matter 'panes: {setting}' is not a heading level; using the default."
        )
        warnings.append(warning.format(setting=setting))
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
            # Titled as the heading reads once rendered (runs of spaces collapse), so a hit's
            # "pane › section" never repeats one heading in two spellings.
            title = _clip(" ".join(block.heading_text.split())) or f"Section {len(sections)}"
            sections.append((title, [block]))
        else:
            sections[-1][1].append(block)
    if not sections[0][1]:
        sections.pop(0)
    panes: list[Pane] = []
    used_pane_ids: set[str] = set()
    seen_passages: dict[str, int] = {}
    order = 0
    for title, section_blocks in sections:
        heading = ""  # carried across the parts of a cut section: they continue its text
        for part_title, part in _cut_large(title, section_blocks):
            pane = Pane(id=_unique(_slug(part_title) or "pane", used_pane_ids), title=part_title)
            for block in part:
                for passage in renderer.passages(block, pane.id, heading, order, seen_passages):
                    if block.heading_level:
                        heading = passage.text
                    pane.passages.append(passage)
                    order += 1
            panes.append(pane)
    return panes


def _cut_large(title: str, blocks: list[_Block]):
    total = sum(len(b.markdown) for b in blocks)
    if total <= MAX_PANE_CHARS and len(blocks) <= MAX_PANE_BLOCKS:
        yield title, blocks
        return
    parts: list[list[_Block]] = [[]]
    size = 0
    for block in blocks:
        if (size > MAX_PANE_CHARS or len(parts[-1]) >= MAX_PANE_BLOCKS) and parts[-1]:
            parts.append([])
            size = 0
        parts[-1].append(block)
        size += len(block.markdown)
    for number, part in enumerate(parts, start=1):
        yield f"{title} ({number}/{len(parts)})", part


def _clip(text: str) -> str:
    return text if len(text) <= MAX_TITLE_CHARS else text[: MAX_TITLE_CHARS - 1] + "…"


def _slug(title: str) -> str:
    global _slugify
    if _slugify is None:  # imported on first use: Markdown is not loaded at start-up
        from markdown.extensions.toc import slugify_unicode as _slugify
    return _slugify(title, "-")


_slugify = None


def _unique(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate
