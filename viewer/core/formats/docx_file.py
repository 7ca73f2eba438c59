"""Word files (.docx) -> Markdown: headings by style or official numbering, paragraphs with their
automatic numbers, tables and footnotes, in document order."""

from __future__ import annotations

import io
import re

from viewer.core.formats.markdown_out import MarkdownWriter, add_text_block, clean_line
from viewer.core.formats.word_numbering import Numbering, W, child_val

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
        self.styles = _Styles(document)
        self.numbering = Numbering(_numbering_element(document))
        self.notes = _footnotes(document)
        self.used_notes: list[str] = []
        self.writer = MarkdownWriter()
        self.heading_offset = 0  # 1 once a Title style names the title: Heading 1 is a section

    def paragraph(self, element) -> None:
        ppr = element.find(W + "pPr")
        style_id = child_val(ppr, "pStyle") if ppr is not None else None
        text = _runs_text(element, self.notes, self.used_notes)
        label = _number_label(self.styles.num_pr(ppr, style_id), self.numbering)
        if label and text.strip():
            text = label + ("" if _hugs(label) else " ") + text.lstrip()
        text = clean_line(text)
        if not text:
            return
        style = self.styles.name(style_id)
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


def _number_label(num_pr, numbering: Numbering) -> str:
    if num_pr is None:
        return ""
    num_id = child_val(num_pr, "numId")
    ilvl = int(child_val(num_pr, "ilvl") or 0)
    return numbering.label(num_id, ilvl) if num_id else ""


class _Styles:
    """Paragraph styles read once from styles.xml: name and numbering by id, through basedOn."""

    def __init__(self, document) -> None:
        self._styles: dict[str, tuple[str, object, str | None]] = {}
        self.default: str | None = None
        try:
            root = document.styles.element
        except (KeyError, AttributeError):
            return
        for style in root.iter(W + "style"):
            style_id = style.get(W + "styleId")
            ppr = style.find(W + "pPr")
            num_pr = ppr.find(W + "numPr") if ppr is not None else None
            name = child_val(style, "name") or style_id or ""
            self._styles[style_id] = (name, num_pr, child_val(style, "basedOn"))
            if style.get(W + "default") in ("1", "true") and style.get(W + "type") == "paragraph":
                self.default = style_id

    def name(self, style_id: str | None) -> str:
        entry = self._styles.get(style_id or self.default or "")
        return entry[0] if entry else ""

    def num_pr(self, ppr, style_id: str | None):
        """Direct numbering, else the numbering the style (or a style it is based on) carries."""
        if ppr is not None and ppr.find(W + "numPr") is not None:
            return ppr.find(W + "numPr")
        current, depth = style_id or self.default, 0
        while current in self._styles and depth < 10:
            _name, num_pr, based_on = self._styles[current]
            if num_pr is not None:
                return num_pr
            current, depth = based_on, depth + 1
        return None


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
