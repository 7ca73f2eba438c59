"""An excerpt memo (摘编): bookmarks grouped by document and pane, tag or colour, each quote with
its citation and the reader's note, and the list of sources at the end.

Citations: "official" is the articles work's form (《法》（2019年修正）第十五条; a briefing keeps
《标题》，pane › heading); "gbt7714" is GB/T 7714-2015. A document's structure is parsed once
per memo, not once per bookmark (200 bookmarks over 20 laws stay well under a second).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from viewer.core.bookmarks.model import COLORS, ResolvedBookmark
from viewer.core.document.model import Document
from viewer.core.export.model import Excerpt, ExportDoc, Section
from viewer.core.i18n import language
from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate
from viewer.core.i18n.context import Context

Export = Context("Export")

GROUPS = ("document", "tag", "color")
STYLES = ("official", "gbt7714")
NO_TAG = QT_TRANSLATE_NOOP("Export", "No tag")
UNPLACED = QT_TRANSLATE_NOOP("Export", "Bookmarks that could not be placed")
COLOR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Export", "Yellow"),
    "green": QT_TRANSLATE_NOOP("Export", "Green"),
    "blue": QT_TRANSLATE_NOOP("Export", "Blue"),
    "pink": QT_TRANSLATE_NOOP("Export", "Pink"),
    "purple": QT_TRANSLATE_NOOP("Export", "Purple"),
    "orange": QT_TRANSLATE_NOOP("Export", "Orange"),
}


@dataclass(frozen=True)
class MemoOptions:
    group_by: str = "document"
    include_notes: bool = True
    style: str = "official"
    title: str = ""
    language: str = ""  # of the labels ("Excerpt Memo", "Note:", "Sources"); "": the interface's


def build_memo(
    items: list[tuple[ResolvedBookmark, Document | None]], options: MemoOptions | None = None
) -> ExportDoc:
    options = options or MemoOptions()
    if options.group_by not in GROUPS or options.style not in STYLES:
        raise ValueError(f"unknown memo option {options.group_by!r} / {options.style!r}")
    with language.speaking(options.language):
        memo = _memo(items, options)
    memo.language = options.language  # the writers label it in the same language
    return memo


def _memo(items, options: MemoOptions) -> ExportDoc:
    citer = Citer(options.style)
    entries = [(r, d, *citer.cite(r, d)) for r, d in items]
    documents = list(dict.fromkeys(source for *_, source in entries))  # in order of use
    memo = ExportDoc(
        title=options.title or memo_title(),
        subtitle=memo_summary(len(entries), len(documents)),
    )
    group = {"document": _by_document, "tag": _by_tag, "color": _by_color}[options.group_by]
    for heading, level, members in group(entries):
        section = Section(heading, level)
        for r, _document, citation, source in members:
            note = " ".join(r.bookmark.note.split()) if options.include_notes else ""
            section.excerpts.append(Excerpt(_quote(r), citation, note, source))
        memo.sections.append(section)
    memo.sources = documents
    return memo


def memo_title(code: str = "") -> str:
    """ "Excerpt Memo" (摘编) in `code` ("": the language in use): the memo's title and its
    file's suggested name."""
    with language.speaking(code):
        return translate("Export", "Excerpt Memo")


def memo_summary(excerpts: int, documents: int) -> str:
    """ "3 excerpts from 2 documents" under the memo's title."""
    return translate("Export", "{excerpts} from {documents}").format(
        excerpts=Export.tr("%n excerpt(s)", None, excerpts),
        documents=Export.tr("%n document(s)", None, documents),
    )


def _quote(r: ResolvedBookmark) -> str:
    # The document's current text when the quote changed a little: cite what it says now.
    return " ".join((r.resolution.text or r.bookmark.quote).split())


def _by_document(entries):
    docs: dict[str, dict[str, list]] = {}
    unplaced = []
    for entry in entries:
        r, document = entry[0], entry[1]
        if not r.resolution.found:
            unplaced.append(entry)
            continue
        title = document.title if document else r.bookmark.document_title
        docs.setdefault(title, {}).setdefault(r.pane_title, []).append(entry)
    for title, panes in docs.items():
        yield title, 1, []
        for pane_title, members in panes.items():
            yield pane_title, 2, members
    if unplaced:
        yield translate("Export", UNPLACED), 1, unplaced


def _by_tag(entries):
    groups: dict[str, list] = {}
    for entry in entries:
        tags = entry[0].bookmark.tags
        # A bookmark with several tags is listed under its first: each quote appears once.
        groups.setdefault(tags[0] if tags else "", []).append(entry)
    for tag in sorted(groups, key=lambda t: (t == "", t)):
        yield tag or translate("Export", NO_TAG), 1, groups[tag]


def _by_color(entries):
    groups: dict[str, list] = {}
    for entry in entries:
        groups.setdefault(entry[0].bookmark.color, []).append(entry)
    order = {c: i for i, c in enumerate(COLORS)}
    for color in sorted(groups, key=lambda c: order.get(c, len(order))):
        yield (
            translate("Export", COLOR_NAMES[color]) if color in COLOR_NAMES else color,
            1,
            groups[color],
        )


class Citer:
    """Citations in one style, with each document's structure and version worked out once."""

    def __init__(self, style: str) -> None:
        self.style = style
        self._structures: dict[int, object] = {}

    def cite(self, r: ResolvedBookmark, document: Document | None) -> tuple[str, str]:
        source = self.source(r, document)
        if document is None or not r.resolution.found:
            return source, source
        pane = document.pane(r.pane_id)
        passage_id = ""
        if pane is not None and pane.passages:
            index = max(0, bisect_right(pane.passage_starts(), r.resolution.start) - 1)
            passage_id = pane.passages[index].id
        return self.cite_passage(document, passage_id), source

    def cite_passage(self, document: Document, passage_id: str) -> str:
        """The citation of the unit (article, clause...) holding this passage."""
        from viewer.core.articles.citation_forms import cite_unit

        structure = self._structure(document)
        unit = structure.unit_at(passage_id) if passage_id else None
        name = document.path.name if document.path else ""
        citation = cite_unit(document, structure, unit, name)
        return citation.official if self.style == "official" else citation.gbt7714

    def source(self, r: ResolvedBookmark | None, document: Document | None) -> str:
        """The document as a whole, in this style: one line of the list of sources."""
        title = (document.title if document else r.bookmark.document_title).strip()
        title = title.removeprefix("《").removesuffix("》") or translate("Export", "Untitled")
        if document is None:
            return f"《{title}》" if self.style == "official" else f"{title}[Z]."
        from viewer.core.articles.citation_forms import cite_unit

        name = document.path.name if document.path else ""
        citation = cite_unit(document, self._structure(document), None, name)
        return citation.gbt7714 if self.style == "gbt7714" else citation.official

    def _structure(self, document: Document):
        from viewer.core.document.structure import parse_structure

        key = id(document)
        if key not in self._structures:
            self._structures[key] = parse_structure(document)
        return self._structures[key]
