"""ExportDoc -> Word (.docx) with real styles: Title, Subtitle, Heading 1-3, Normal, Quote,
List Bullet, and two paragraph styles of our own based on Normal: Citation and Note.

The reader's note sits beneath its quote in the Note style rather than in a Word footnote:
python-docx has no footnote API, and a note beneath the quote is what the memo shows in every
other format. Chinese text gets an East Asian font on each style (w:eastAsia), otherwise Word
falls back to a Western font's metrics for CJK. Every page is headed by the title and footed by
"Page X of Y" (Word's PAGE and NUMPAGES fields), as the PDF's pages are.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document as new_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from viewer.core.export.model import (
    Block,
    Excerpt,
    ExportDoc,
    citation_line,
    note_line,
    page_footer,
    sources_heading,
)
from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate

BODY_FONT = "宋体"  # SimSun: shipped with every Chinese Windows; LibreOffice substitutes Noto
HEADING_FONT = "黑体"  # SimHei
# Our two styles keep ASCII ids; their names (Word's style list) are in the interface language.
CITATION_STYLE = QT_TRANSLATE_NOOP("Export", "Citation")
NOTE_STYLE = QT_TRANSLATE_NOOP("Export", "Note")
INDENT = Pt(21)  # two characters of 10.5 pt (五号): quote, citation and note in one column


def to_docx(doc: ExportDoc) -> bytes:
    word = new_docx()
    _set_up_styles(word)
    props = word.core_properties
    props.title, props.author, props.last_modified_by = doc.title, "", ""
    props.comments, props.keywords = "", ""
    props.created = props.modified = datetime.now(UTC).replace(tzinfo=None)
    _page_frame(word, doc.title)
    word.add_paragraph(doc.title, style="Title")
    if doc.subtitle:
        word.add_paragraph(doc.subtitle, style="Subtitle")
    for section in doc.sections:
        word.add_heading(section.heading, level=min(3, section.level))
        for block in section.blocks:
            _block(word, block, section.level)
        for excerpt in section.excerpts:
            _excerpt(word, excerpt)
    if doc.sources:
        word.add_heading(sources_heading(), level=1)
        for source in doc.sources:
            word.add_paragraph(source, style="List Number")
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _page_frame(word, title: str) -> None:
    """The title in each page's header; "Page X of Y" in its footer, the numbers as fields."""
    section = word.sections[0]
    section.header.paragraphs[0].text = title
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # python-docx (pinned: 1.2.0) has no field API: its paragraph's XML element (`_p`) takes
    # them; without it the footer says "Page of" with no numbers rather than fail the export
    # (test_docx_pages_are_headed_and_numbered fails if `_p` goes)
    element = getattr(footer, "_p", None)
    marker = "\x00"  # the translated line, with the two numbers left to Word
    parts = page_footer(f"{marker}PAGE{marker}", f"{marker}NUMPAGES{marker}").split(marker)
    for at, part in enumerate(parts):
        if at % 2 == 0:
            if part:
                footer.add_run(part)
        elif element is not None:
            element.append(element.makeelement(qn("w:fldSimple"), {qn("w:instr"): part}))


def _block(word, block: Block, section_level: int) -> None:
    if block.kind == "heading":
        word.add_heading(block.text, level=min(3, section_level + block.level))
    elif block.kind == "list":
        for line in block.text.split("\n"):
            if line.strip():
                word.add_paragraph(line, style="List Bullet")
    elif block.kind == "quote":
        word.add_paragraph(block.text, style="Quote")
    else:
        word.add_paragraph(block.text, style="Normal")


def _excerpt(word, excerpt: Excerpt) -> None:
    word.add_paragraph(excerpt.quote, style="Quote")
    word.add_paragraph(citation_line(excerpt.citation), style=translate("Export", CITATION_STYLE))
    if excerpt.note:
        word.add_paragraph(note_line(excerpt.note), style=translate("Export", NOTE_STYLE))


def _set_up_styles(word) -> None:
    styles = word.styles
    _east_asian(styles["Normal"], BODY_FONT)
    styles["Normal"].font.size = Pt(11)
    for name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3"):
        _east_asian(styles[name], HEADING_FONT)
    _east_asian(styles["Quote"], BODY_FONT)
    styles["Quote"].paragraph_format.left_indent = INDENT  # the template's Quote has none
    citation = styles.add_style(CITATION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    citation.base_style = styles["Normal"]
    citation.paragraph_format.left_indent = INDENT
    note = styles.add_style(NOTE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = styles["Normal"]
    note.paragraph_format.left_indent = INDENT
    note.paragraph_format.space_after = Pt(10)
    note.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    citation.name = translate("Export", CITATION_STYLE)
    note.name = translate("Export", NOTE_STYLE)


def _east_asian(style, font_name: str) -> None:
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), font_name)
    # A theme font attribute would override the named one: drop it.
    fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
