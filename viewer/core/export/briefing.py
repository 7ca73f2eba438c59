"""A document (or some of its panes) as an ExportDoc: each pane a section, its passages blocks."""

from __future__ import annotations

import re

from viewer.core.base.errors import ViewerError
from viewer.core.document.model import Document, Pane
from viewer.core.export.model import Block, ExportDoc, Section
from viewer.core.i18n.catalogue import translate


class UnknownPaneError(ViewerError):
    """A pane asked for by id or title is not in the document."""


def document_version(document: Document):
    from viewer.core.document.law_version import document_version as version_of

    return version_of(document, document.path.name if document.path else "")


def choose_panes(document: Document, wanted: list[str] | None) -> list[Pane]:
    """Panes by number (1 is the first), id or title, in the order asked; all when none asked."""
    if not wanted:
        return list(document.panes)
    chosen: list[Pane] = []
    for name in wanted:
        pane = document.pane_named(name)
        if pane is None:
            message = translate("Export", "There is no pane “{pane}” in {title}; try {known}.")
            known = _pane_list(document)
            raise UnknownPaneError(message.format(pane=name, title=document.title, known=known))
        if pane not in chosen:
            chosen.append(pane)
    return chosen


def _pane_list(document: Document, shown: int = 8) -> str:
    """The panes a reader can name: their numbers and titles (ids mean nothing to them)."""
    names = [
        translate("Export", "{number}. {title}").format(number=n, title=pane.title)
        for n, pane in enumerate(document.panes[:shown], 1)
    ]
    more = ["…"] if len(document.panes) > shown else []
    return translate("Export", "; ").join(names + more)  # titles may hold commas


def briefing_export(document: Document, panes: list[str] | None = None) -> ExportDoc:
    version = document_version(document)
    doc = ExportDoc(
        title=document.shown_title,  # a code's book names it: 中华人民共和国民法典 · 物权编
        subtitle=_subtitle(document, version),
        version_date=version.date,
        text_language=document_language(document),
    )
    for pane in choose_panes(document, panes):
        doc.sections.append(_pane_section(pane))
    return doc


_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*(?![A-Za-z0-9-])")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_SAMPLE = 200_000  # characters: plenty to tell, and a huge law is not read twice over


def document_language(document: Document) -> str:
    """The language of the document's text, for HTML's lang (our labels may be English): the
    front matter's `language` when it starts with a tag ("zh-CN（简体中文）"), else zh-CN when Han
    characters outnumber Latin letters, else en."""
    tag = _TAG.match(str(document.metadata.get("language", "")).strip())
    if tag:
        return tag.group(0)
    text = "\n".join(p.text for p in document.passages())[:_SAMPLE]
    han, latin = len(_HAN.findall(text)), len(_LATIN.findall(text))
    if not han and not latin:
        return ""
    return "zh-CN" if han >= latin else "en"


def _pane_section(pane: Pane) -> Section:
    section = Section(pane.title, 1)
    passages = [p for p in pane.passages if p.text.strip()]
    if (
        passages
        and passages[0].kind == "heading"
        and passages[0].text.split() == pane.title.split()
    ):
        passages = passages[1:]  # the pane's own heading is the section heading
    # Sub-headings nest under the pane: the shallowest becomes level 1, all deeper ones 2.
    levels = sorted({p.level for p in passages if p.kind == "heading"})
    for passage in passages:
        level = 1 + min(1, levels.index(passage.level)) if passage.kind == "heading" else 0
        section.blocks.append(Block(passage.kind, passage.text, level))
    return section


def _subtitle(document: Document, version) -> str:
    """Source, version (2017年修正) and date under the title; the parts the document has."""
    from viewer.core.articles.citation_forms import clean_source

    label = version.label if version.label.endswith(("修正", "修订")) else ""
    parts = [clean_source(document.metadata.get("source", "")), label, version.date]
    return "，".join(p for p in parts if p)
