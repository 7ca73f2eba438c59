"""The briefing model: a document split into topic panes of passages with stable ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from viewer.core.document.books import titled

# The pane of a document's text before its first pane heading (a law's dates of adoption): a
# name of the document's own language, shown as "Overview" in an English interface
OVERVIEW_TITLE = "概览"


@dataclass(frozen=True)
class Passage:
    """One block of the document as the reader sees it (a paragraph, heading, list, table...).

    `id` depends only on the passage's text (and on repeats of the same text), so it survives
    edits elsewhere in the document.
    """

    id: str
    pane_id: str
    heading: str  # its section: its own text for a heading, else the nearest heading above
    kind: str  # "heading", "paragraph", "list", "quote", "code", "table", "html"
    markdown: str
    text: str  # plain text as rendered
    html: str  # rendered HTML of this block, with an anchor named after `id`
    order: int  # position of the passage in the whole document
    level: int = 0  # heading level for kind == "heading"


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    passage_id: str


@dataclass
class Pane:
    id: str
    title: str
    passages: list[Passage] = field(default_factory=list)

    @property
    def headings(self) -> list[Heading]:
        return [Heading(p.level, p.text, p.id) for p in self.passages if p.kind == "heading"]

    @property
    def html(self) -> str:
        return "\n".join(p.html for p in self.passages)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.passages)

    def passage_starts(self) -> list[int]:
        """Offset of each passage's text in `text` (the passages are joined by "\n")."""
        starts, offset = [], 0
        for passage in self.passages:
            starts.append(offset)
            offset += len(passage.text) + 1
        return starts


@dataclass
class Document:
    path: Path | None
    title: str
    metadata: dict[str, str]
    panes: list[Pane]
    fingerprint: str  # sha256 of the decoded text: identifies this version of the document
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    book: str = ""  # a code's book this file holds (物权编 of 民法典): see books.py

    @property
    def shown_title(self) -> str:
        """The title with its book (中华人民共和国民法典 · 物权编) for the window and file names;
        citations keep `title`, the code's own."""
        return titled(self.title, self.book)

    def passages(self):
        for pane in self.panes:
            yield from pane.passages

    def pane(self, pane_id: str) -> Pane | None:
        return next((p for p in self.panes if p.id == pane_id), None)

    def pane_named(self, name: str) -> Pane | None:
        """A pane as a reader names it: its number (1 is the first), id or title."""
        name = " ".join(name.split())
        if name.isdigit() and 1 <= int(name) <= len(self.panes):
            return self.panes[int(name) - 1]
        by_title = (p for p in self.panes if " ".join(p.title.split()) == name)
        return self.pane(name) or next(by_title, None)

    def passage(self, passage_id: str) -> Passage | None:
        return next((p for p in self.passages() if p.id == passage_id), None)

    @property
    def char_count(self) -> int:
        return sum(len(p.text) for p in self.passages())
