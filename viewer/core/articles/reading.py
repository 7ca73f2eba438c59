"""Everything the reader's window needs about one document's articles, computed in one go
(off the GUI thread): its structure, its references resolved, and a preview of each target.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from viewer.core.articles.resolution import RESOLVED, ResolvedReference, Resolver
from viewer.core.document.addresses import AddressNotFound, resolve
from viewer.core.document.passage_addresses import structure_of
from viewer.core.document.units import Structure, shown_text

PREVIEW_CHARS = 400


@dataclass(frozen=True)
class Link:
    """One reference as the window shows it: where it sits and what a click or hover gives."""

    passage_id: str
    start: int  # offsets into the passage's text
    end: int
    text: str
    status: str
    kind: str
    target_path: str  # "" for this document
    target_title: str
    target_address: str
    target_passage: str  # passage id in the target ("" when unresolved)
    preview: str  # the cited unit's text, cut to PREVIEW_CHARS
    note: str

    @property
    def resolved(self) -> bool:
        return self.status == RESOLVED


@dataclass
class ArticleReading:
    structure: Structure
    links: dict[str, list[Link]] = field(default_factory=dict)  # passage id -> links
    library: Path | None = None

    def link_at(self, passage_id: str, offset: int) -> Link | None:
        return next((k for k in self.links.get(passage_id, []) if k.start <= offset < k.end), None)


def read_articles(document, library: Path | None = None) -> ArticleReading:
    from viewer.core.articles.catalog import build_catalog

    structure = structure_of(document)  # shared with the search's addresses
    catalog = build_catalog(library) if library else None
    resolver = Resolver(catalog)
    name = Path(document.path).name if document.path else ""
    reading = ArticleReading(structure, library=Path(library) if library else None)
    for resolved in resolver.document_references(document, name):
        link = _link(resolved, structure, resolver)
        reading.links.setdefault(link.passage_id, []).append(link)
    return reading


def _link(resolved: ResolvedReference, structure: Structure, resolver: Resolver) -> Link:
    ref, target = resolved.reference, resolved.target
    passage, preview = "", ""
    if target is not None and target.address:
        where = structure if not target.path else resolver.structure_of(target.path)
        if where is not None:
            try:
                unit = resolve(where, target.address)
            except AddressNotFound:
                unit = None
            if unit is not None:
                passage = where.passages[unit.start].id
                preview = where.text(unit)[:PREVIEW_CHARS]
    elif target is not None and target.path:  # a whole document (《…法》): its opening
        where = resolver.structure_of(target.path)
        if where is not None and where.passages:
            passage, preview = where.passages[0].id, _opening(where)
    return Link(
        ref.passage_id,
        ref.start,
        ref.end,
        ref.text,
        resolved.status,
        ref.kind,
        target.path if target else "",
        target.title if target else ref.title,
        target.address if target else ref.address,
        passage,
        preview,
        resolved.note,
    )


def _opening(structure: Structure) -> str:
    """A document's first passages, as a hover shows a cited unit, cut to PREVIEW_CHARS."""
    shown, size = [], 0
    for passage in structure.passages:
        text = shown_text(passage)
        shown.append(text)
        size += len(text) + 1
        if size >= PREVIEW_CHARS:
            break
    return "\n".join(shown)[:PREVIEW_CHARS]
