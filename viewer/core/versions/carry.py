"""Carry bookmarks from one version of a work to another, following the article alignment.

Each bookmark of the old version is found in the old text, placed at the same spot of the
paired article in the new version (an article renumbered from 第八十八条 to 第九十九条 takes its
bookmarks to 第九十九条), and then resolved there with the usual re-anchoring, so the report says
exact (the quote is where the alignment put it), moved (found unchanged elsewhere), fuzzy
(found with small changes) or orphan (not found: nothing is created). Originals are kept.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace

from viewer.core.bookmarks.anchor_text import DocumentText
from viewer.core.bookmarks.anchoring import ORPHAN, Anchor, anchor_for_range, resolve
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.bookmarks.model import Bookmark, document_key
from viewer.core.document.model import Document
from viewer.core.versions.article_units import CompareUnit
from viewer.core.versions.comparison import Comparison, compare_documents


@dataclass(frozen=True)
class Carried:
    original: Bookmark
    status: str  # exact / moved / fuzzy / orphan
    old_address: str  # article the bookmark sat in ("" outside articles)
    new_address: str  # article it landed in ("" when orphan or outside articles)
    copy: Bookmark | None = None  # the bookmark created on the new version
    already: bool = False  # an identical copy was there from an earlier carry

    def to_json(self) -> dict:
        return {
            "id": self.original.id,
            "quote": self.original.quote,
            "status": self.status,
            "old": self.old_address or None,
            "new": self.new_address or None,
            "copy": self.copy.id if self.copy else None,
        }


class _Positions:
    """Where passages sit: pane offsets <-> (passage id, offset in the passage)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.starts = {pane.id: pane.passage_starts() for pane in document.panes}
        self.where = {}
        for pane in document.panes:
            for k, passage in enumerate(pane.passages):
                self.where[passage.id] = (pane.id, self.starts[pane.id][k], passage)

    def passage_at(self, pane_id: str, offset: int):
        pane = self.document.pane(pane_id)
        if pane is None or not pane.passages:
            return None, 0
        k = max(0, bisect_right(self.starts[pane_id], offset) - 1)
        return pane.passages[k], offset - self.starts[pane_id][k]

    def unit_offset(self, unit: CompareUnit, passage_id: str, offset: int) -> int:
        before = 0
        for pid in unit.passage_ids:
            if pid == passage_id:
                return before + offset
            before += len(self.where[pid][2].text) + 1
        return offset

    def pane_offset(self, unit: CompareUnit, offset: int) -> tuple[str, int]:
        for pid in unit.passage_ids:
            pane_id, start, passage = self.where[pid]
            if offset <= len(passage.text):
                return pane_id, start + offset
            offset -= len(passage.text) + 1
        pane_id, start, passage = self.where[unit.passage_ids[-1]]
        return pane_id, start + len(passage.text)


def carry_bookmarks(
    library: BookmarkLibrary,
    old: Document,
    new: Document,
    comparison: Comparison | None = None,
    *,
    dry_run: bool = False,
) -> list[Carried]:
    """Copy the old version's own bookmarks onto `new`; a second run creates no duplicates."""
    comparison = comparison or compare_documents(old, new)
    places = _Places(old, new, comparison)
    existing = {
        (r.resolution.pane_id, r.resolution.start, r.resolution.end)
        for r in library.for_document(new, adopt=False)
        if _made_on(r.bookmark, new)
    }
    results = []
    for resolved in library.for_document(old, adopt=False):
        if not _made_on(resolved.bookmark, old):
            continue  # a bookmark of another file, listed on this one only by its title
        anchor, old_unit = places.hint(resolved)
        found = resolve(anchor, new, places.new_text)
        old_address = old_unit.address if old_unit else ""
        if not found.found:
            results.append(Carried(resolved.bookmark, ORPHAN, old_address, ""))
            continue
        new_address = places.new_address(found.pane_id, found.start)
        carried = Carried(resolved.bookmark, found.status, old_address, new_address)
        if (found.pane_id, found.start, found.end) in existing:
            results.append(replace(carried, already=True))
            continue
        if not dry_run:
            copy = library.add_anchor(
                new,
                anchor_for_range(new, found.pane_id, found.start, found.end),
                note=resolved.bookmark.note,
                tags=resolved.bookmark.tags,
                color=resolved.bookmark.color,
            )
            carried = replace(carried, copy=copy)
        results.append(carried)
    return results


def _made_on(bookmark: Bookmark, document: Document) -> bool:
    key = document_key(document.path)
    return bookmark.document_path == key or bookmark.anchor.fingerprint == document.fingerprint


class _Places:
    """Old position -> article -> paired article -> new position, and back to an address."""

    def __init__(self, old: Document, new: Document, comparison: Comparison) -> None:
        self.old_pos, self.new_pos = _Positions(old), _Positions(new)
        self.new_text = DocumentText(new)
        self.pair_of = {id(p.old): p for p in comparison.pairs if p.old is not None}
        self.old_unit = {pid: p.old for p in comparison.pairs if p.old for pid in p.old.passage_ids}
        self.new_unit = {pid: p.new for p in comparison.pairs if p.new for pid in p.new.passage_ids}

    def hint(self, resolved) -> tuple[Anchor, CompareUnit | None]:
        """The bookmark's anchor, placed where the alignment says its text now is."""
        found = resolved.resolution
        anchor = replace(resolved.bookmark.anchor, fingerprint="")
        if not found.found:
            return anchor, None
        passage, offset = self.old_pos.passage_at(found.pane_id, found.start)
        old_unit = self.old_unit.get(passage.id) if passage else None
        pair = self.pair_of.get(id(old_unit)) if old_unit else None
        if pair is None or pair.new is None:
            return anchor, old_unit
        at = self.old_pos.unit_offset(old_unit, passage.id, offset)
        if at >= old_unit.body_start:  # in the body: the new number may be longer or shorter
            at += pair.new.body_start - old_unit.body_start
        pane_id, start = self.new_pos.pane_offset(pair.new, at)
        end = start + (found.end - found.start)
        return replace(anchor, pane_id=pane_id, start=start, end=end), old_unit

    def new_address(self, pane_id: str, offset: int) -> str:
        passage, _ = self.new_pos.passage_at(pane_id, offset)
        unit = self.new_unit.get(passage.id) if passage else None
        return unit.address if unit else ""
