"""The export model: what a printed briefing or an excerpt memo holds, before any format.

A Section is a heading (level 1-3) with its blocks; an Excerpt is a quote with its citation and
the reader's note. Every writer (Markdown, HTML, Word, PDF) renders this one model, so the
formats never disagree about what is in the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from viewer.core.i18n.catalogue import translate


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph", "list", "quote", "code", "table", "heading"
    text: str  # plain text (lists: one item per line)
    level: int = 0  # heading level within its section, for kind == "heading"


@dataclass(frozen=True)
class Excerpt:
    quote: str
    citation: str
    note: str = ""
    source_key: str = ""  # which entry of ExportDoc.sources this excerpt cites


@dataclass
class Section:
    heading: str
    level: int = 1  # 1-3: Heading 1-3 in Word, h2-h4 under the title in HTML
    blocks: list[Block] = field(default_factory=list)
    excerpts: list[Excerpt] = field(default_factory=list)


@dataclass
class ExportDoc:
    title: str
    subtitle: str = ""  # the version date or the memo's summary line
    version_date: str = ""  # YYYY-MM-DD shown in the page header when known
    sections: list[Section] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # memo: "list of sources" at the end
    language: str = ""  # of the labels around the quotes ("": the interface's); see writers
    text_language: str = ""  # of the document's own text, a BCP 47 tag ("": as the labels)

    def outline(self) -> list[tuple[int, str]]:
        """(level, text) of every heading, in order: the PDF bookmarks and the Word navigation."""
        items: list[tuple[int, str]] = []
        for section in self.sections:
            items.append((section.level, section.heading))
            items += [
                (min(3, section.level + b.level), b.text)
                for b in section.blocks
                if b.kind == "heading"
            ]
        if self.sources:
            items.append((1, sources_heading()))
        return items

    def passage_texts(self) -> list[str]:
        """Every text of the body in reading order (what a reader must find in any format)."""
        texts: list[str] = []
        for section in self.sections:
            texts.append(section.heading)
            for block in section.blocks:
                texts.append(block.text)
            for excerpt in section.excerpts:
                texts += [excerpt.quote, excerpt.citation] + (
                    [excerpt.note] if excerpt.note else []
                )
        return texts


# The labels a writer puts around the document's own text, in the interface language at
# the time of writing: a Chinese reader gets an all-Chinese memo, an English reader English
# labels around the (Chinese) quotes and official citations.
def sources_heading() -> str:
    return translate("Export", "Sources")


def citation_line(citation: str) -> str:
    return translate("Export", "— {citation}").format(citation=citation)


def note_line(note: str) -> str:
    return translate("Export", "Note: {note}").format(note=note)


def page_footer(page: int, pages: int) -> str:
    return translate("Export", "Page {page} of {pages}").format(page=page, pages=pages)
