"""Word files (.docx) -> Markdown: headings by style or official numbering, paragraphs with their
automatic numbers, tables and footnotes, in document order."""

from __future__ import annotations

import io
import re

from viewer.core.formats.markdown_out import MarkdownWriter, add_text_block, clean_line
from viewer.core.formats.word_numbering import Numbering, W

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)


def docx_to_markdown(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    reader = _Reader(document)
    for child in document.element.body.iterchildren():
        if child.tag == W + "p":
            reader.paragraph(child)
        elif child.tag == W + "tbl":
            reader.writer.table(_table_rows(child))
    return reader.finish()


class _Reader:
    """One pass over the body: numbering counters, footnotes met so far, the heading offset."""

    def __init__(self, document) -> None:
        self.document = document
        self.numbering = Numbering(_numbering_element(document))
        self.notes = _footnotes(document)
        self.used_notes: list[str] = []
        self.writer = MarkdownWriter()
        self.heading_offset = 0  # 1 once a Title style names the title: Heading 1 is a section

    def paragraph(self, element) -> None:
        from docx.text.paragraph import Paragraph

        paragraph = Paragraph(element, self.document)
        text = _runs_text(element, self.notes, self.used_notes)
        label = _number_label(paragraph, self.numbering)
        if label and text.strip():
            text = label + ("" if _hugs(label) else " ") + text.lstrip()
        text = clean_line(text)
        if not text:
            return
        style = (paragraph.style.name if paragraph.style is not None else "") or ""
        front = self.writer.front
        if style.lower() in ("title", "标题") and not front.get("title"):
            front["title"], self.heading_offset = text, 1
            return
        heading = _HEADING_STYLE.match(style)
        if heading is None:
            add_text_block(self.writer, text)
        elif heading.group(1) == "1" and not front.get("title") and not self.writer.blocks:
            front["title"] = text
        else:
            self.writer.heading(max(2, int(heading.group(1)) + self.heading_offset), text)

    def finish(self) -> str:
        props = self.document.core_properties
        if not self.writer.front.get("title") and props.title:
            self.writer.front["title"] = props.title
        if props.author:
            self.writer.front.setdefault("author", props.author)
        if self.used_notes:
            self.writer.heading(2, "注释")
            for note_id in self.used_notes:
                self.writer.paragraph(f"[{note_id}] {self.notes[note_id]}")
        return self.writer.text()


def _hugs(label: str) -> bool:
    """`第一条` is followed by a space in laws; `一、`, `（一）`, `1.` run into the text."""
    return label.endswith(("、", "）", ")", ".", "．", "：")) and not label.endswith("条")


def _runs_text(element, notes: dict[str, str], used_notes: list[str]) -> str:
    parts: list[str] = []
    for node in element.iter(W + "t", W + "tab", W + "br", W + "footnoteReference", W + "delText"):
        tag = node.tag
        if tag == W + "t":
            parts.append(node.text or "")
        elif tag in (W + "tab", W + "br"):
            parts.append(" ")
        elif tag == W + "footnoteReference":
            note_id = node.get(W + "id")
            if note_id in notes:
                used_notes.append(note_id) if note_id not in used_notes else None
                parts.append(f"[{note_id}]")
    return "".join(parts)


def _number_label(paragraph, numbering: Numbering) -> str:
    num_pr = _num_pr(paragraph)
    if num_pr is None:
        return ""
    num_id = _child_val(num_pr, "numId")
    ilvl = int(_child_val(num_pr, "ilvl") or 0)
    return numbering.label(num_id, ilvl) if num_id else ""


def _num_pr(paragraph):
    """Direct numbering, else the numbering that the paragraph's style (or its base) carries."""
    ppr = paragraph._p.pPr  # python-docx's documented oxml accessor for <w:pPr>
    if ppr is not None and ppr.find(W + "numPr") is not None:
        return ppr.find(W + "numPr")
    style, depth = paragraph.style, 0
    while style is not None and depth < 10:
        spr = style.element.find(W + "pPr")
        if spr is not None and spr.find(W + "numPr") is not None:
            return spr.find(W + "numPr")
        style, depth = style.base_style, depth + 1
    return None


def _child_val(element, tag: str) -> str | None:
    child = element.find(W + tag)
    return child.get(W + "val") if child is not None else None


def _table_rows(table) -> list[list[str]]:
    rows = []
    for tr in table.iter(W + "tr"):
        cells = []
        for tc in tr.iter(W + "tc"):
            cells.append(
                clean_line(
                    " ".join(
                        "".join(t.text or "" for t in p.iter(W + "t")) for p in tc.iter(W + "p")
                    )
                )
            )
        rows.append(cells)
    return rows


def _numbering_element(document):
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return None


def _footnotes(document) -> dict[str, str]:
    """Footnote id -> text, read from word/footnotes.xml when the file has one."""
    from lxml import etree

    for rel in document.part.rels.values():
        if rel.reltype.endswith("/footnotes") and not rel.is_external:
            root = etree.fromstring(
                rel.target_part.blob,
                parser=etree.XMLParser(resolve_entities=False, no_network=True),
            )
            notes = {}
            for note in root.iter(W + "footnote"):
                text = clean_line("".join(t.text or "" for t in note.iter(W + "t")))
                if text and int(note.get(W + "id", "0")) > 0:
                    notes[note.get(W + "id")] = text
            return notes
    return {}
