"""The address of each passage, for the places that show a location: search hits, library
passage rows, bookmarks (the outline and status bar use the Structure itself).

A document's structure is parsed once and kept (a few documents at a time), so a search only
looks addresses up; the reading view's articles (viewer.core.articles.reading) share it.
Paragraph addresses (第N段, the fallback of passages no numbered unit covers) are left out
of location lines: they would repeat what the pane and heading already say.
"""

from __future__ import annotations

import threading
import weakref
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass

from viewer.core.document.structure import parse_structure
from viewer.core.document.units import PARAGRAPH, PATH_SEPARATOR, Structure

KEPT = 8  # documents whose structure is kept (the open one, the last few library results)
_lock = threading.Lock()
_kept: OrderedDict[int, tuple[weakref.ref, Structure]] = OrderedDict()


def structure_of(document) -> Structure:
    """`document`'s structure, parsed on first use (call it off the GUI thread)."""
    key = id(document)
    with _lock:
        kept = _kept.get(key)
        if kept is not None and kept[0]() is document:
            _kept.move_to_end(key)
            return kept[1]
    structure = parse_structure(document)  # outside the lock: other documents need not wait
    with _lock:
        _kept[key] = (weakref.ref(document), structure)
        while len(_kept) > KEPT:
            _kept.popitem(last=False)
    return structure


def addresses_of(structure: Structure) -> dict[str, str]:
    """passage id -> its breadcrumb address (第二章 › 第十五条第二款); passages that only have
    a paragraph address are left out."""
    return {
        pid: unit.breadcrumb
        for pid, unit in structure.by_passage.items()
        if unit.kind != PARAGRAPH and unit.address
    }


def address_at(document, pane_id: str, start: int) -> str:
    """The address of the passage holding offset `start` of a pane's text (a bookmark's
    place); "" when there is none."""
    pane = document.pane(pane_id) if document is not None and start >= 0 else None
    if pane is None or not pane.passages:
        return ""
    index = max(0, bisect_right(pane.passage_starts(), start) - 1)
    unit = structure_of(document).unit_at(pane.passages[index].id)
    return unit.breadcrumb if unit is not None and unit.kind != PARAGRAPH else ""


def bookmark_address(resolved, document) -> str:
    """The address of a resolved bookmark's place ("" when it was not found)."""
    resolution = resolved.resolution
    if document is None or not resolution.found:
        return ""
    return address_at(document, resolution.pane_id, resolution.start)


def with_address(location: str, address: str) -> str:
    """`location` (pane › heading) followed by the parts of `address` it does not already
    name: 第二章 罚则 + 第二章 › 第十五条第二款 -> 第二章 罚则 › 第十五条第二款."""
    tail = address_tail(location, address)
    return f"{location}{PATH_SEPARATOR}{tail}" if tail and location else (tail or location)


def address_tail(location: str, address: str) -> str:
    shown = [part.strip() for part in location.split(PATH_SEPARATOR)]
    parts = address.split(PATH_SEPARATOR) if address else []
    while parts and any(s.startswith(parts[0]) for s in shown):
        parts = parts[1:]  # 第二章 is already the pane's title
    return PATH_SEPARATOR.join(parts)


@dataclass(frozen=True)
class _StoredPassageView:
    """A library passage (library_texts.StoredPassage) as parse_structure reads a Passage."""

    id: str
    kind: str
    text: str

    @property
    def markdown(self) -> str:  # list numbers are not stored: lists give no 目 here
        return self.text


class StoredDocument:
    """A library document's stored passages (library_texts.DocText) as a parseable document."""

    def __init__(self, doc_text) -> None:
        self._doc = doc_text

    def passages(self):
        for i in range(len(self._doc.starts)):
            p = self._doc.passage(i)
            yield _StoredPassageView(p.id, p.kind, p.text)


_stored: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def library_addresses(search, documents) -> dict[tuple[str, str], str]:
    """(rel_path, passage id) -> address for the passages listed in `documents` (a page of
    library results): each document is parsed once while its text stays loaded."""
    found = {}
    for doc in documents:
        text = search.stored_text(doc.rel_path)
        book = stored_addresses(text) if text is not None else {}
        for hit in doc.passages:
            if book.get(hit.passage_id):
                found[(doc.rel_path, hit.passage_id)] = book[hit.passage_id]
    return found


def stored_addresses(doc_text) -> dict[str, str]:
    """Addresses of a library document's passages, parsed once per loaded text."""
    with _lock:
        found = _stored.get(doc_text)
    if found is None:
        found = addresses_of(parse_structure(StoredDocument(doc_text)))
        with _lock:
            _stored[doc_text] = found
    return found
