"""Bookmark anchors: what is stored to find a quote again, and how it is found after edits.

An anchor follows the W3C Web Annotation model: a TextQuoteSelector (the exact quote plus ~32
characters of prefix and suffix) and a TextPositionSelector (start/end offsets into the pane's
`Pane.text`), plus the pane id, heading and the document fingerprint.

Resolution, cheapest first:
1. same fingerprint, same pane, quote still at the stored offsets -> `exact`;
2. the quote (normalised) at the stored position with matching context -> `exact`;
3. the normalised quote found by `str.find`, same pane preferred, occurrences ranked by
   prefix/suffix similarity and distance from the old position -> `moved`;
4. fuzzy: rare trigrams of the quote vote for candidate regions, and only those windows are
   aligned with difflib -> `fuzzy` with a score when similar enough, else `orphan`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from difflib import SequenceMatcher

from viewer.core.base.errors import BookmarkError
from viewer.core.bookmarks.anchor_fuzzy import align, candidate_windows
from viewer.core.bookmarks.anchor_text import SEPARATOR, DocumentText, normalize
from viewer.core.document.model import Document
from viewer.core.i18n.catalogue import translate

CONTEXT_CHARS = 32
EXACT, MOVED, FUZZY, ORPHAN = "exact", "moved", "fuzzy", "orphan"
STATUSES = (EXACT, MOVED, FUZZY, ORPHAN)
FUZZY_MIN_SIMILARITY = 0.75  # quote similarity below this is a different text -> orphan
MIN_FUZZY_CHARS = 4  # shorter quotes are only found exactly; fuzzy matches would be noise


@dataclass(frozen=True)
class Anchor:
    quote: str
    prefix: str
    suffix: str
    pane_id: str
    start: int
    end: int
    pane_title: str = ""
    heading: str = ""
    fingerprint: str = ""


@dataclass(frozen=True)
class Resolution:
    status: str  # one of STATUSES
    score: float  # 1.0 for exact; similarity of quote and context otherwise
    pane_id: str = ""
    start: int = -1
    end: int = -1
    text: str = ""  # the document's current text at the found place
    heading: str = ""
    pane_title: str = ""

    @property
    def found(self) -> bool:
        return self.status != ORPHAN


def anchor_for_range(document: Document, pane_id: str, start: int, end: int) -> Anchor:
    """Anchor a selection given as offsets into `Pane.text` (what the GUI knows)."""
    pane = document.pane(pane_id)
    if pane is None:
        raise BookmarkError(
            translate("Bookmarks", "The document has no pane '{pane}'.").format(pane=pane_id)
        )
    text = pane.text
    if not 0 <= start < end <= len(text):
        raise BookmarkError(
            translate("Bookmarks", "The selection {start}-{end} is outside pane '{pane}'.").format(
                start=start, end=end, pane=pane_id
            )
        )
    # Selections often carry stray whitespace at the edges; it is not part of the quote.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise BookmarkError(translate("Bookmarks", "The selection contains no text to bookmark."))
    return Anchor(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
        pane_id=pane_id,
        start=start,
        end=end,
        pane_title=pane.title,
        heading=heading_at(document, pane_id, start),
        fingerprint=document.fingerprint,
    )


def anchor_for_passage(document: Document, passage_id: str) -> Anchor:
    """Anchor a whole paragraph (or heading, list...) by its passage id."""
    passage = document.passage(passage_id)
    if passage is None:
        raise BookmarkError(
            translate("Bookmarks", "The document has no passage '{passage}'.").format(
                passage=passage_id
            )
        )
    pane = document.pane(passage.pane_id)
    assert pane is not None
    start = 0
    for other in pane.passages:
        if other.id == passage_id:
            break
        start += len(other.text) + 1
    return anchor_for_range(document, pane.id, start, start + len(passage.text))


def anchor_for_quote(document: Document, quote: str, text: DocumentText | None = None) -> Anchor:
    """Anchor the first occurrence of `quote` (compared after folding and whitespace removal)."""
    needle = normalize(quote)
    if not needle:
        raise BookmarkError(translate("Bookmarks", "The quote is empty."))
    text = text or DocumentText(document)
    position = text.norm.find(needle)
    if position < 0:
        shown = quote if len(quote) <= 40 else quote[:40] + "…"
        raise BookmarkError(
            translate("Bookmarks", "The quote “{quote}” does not occur in {document}.").format(
                quote=shown, document=_name(document)
            )
        )
    pane, start, end = text.to_pane_span(position, position + len(needle))
    return anchor_for_range(document, text.panes[pane].id, start, end)


def heading_at(document: Document, pane_id: str, offset: int) -> str:
    pane = document.pane(pane_id)
    if pane is None:
        return ""
    if not pane.passages or offset > len(pane.text):
        return ""
    passage = pane.passages[max(0, bisect_right(pane.passage_starts(), offset) - 1)]
    return passage.text if passage.kind == "heading" else passage.heading


def resolve(anchor: Anchor, document: Document, text: DocumentText | None = None) -> Resolution:
    """Find `anchor` in `document`; pass a shared DocumentText when resolving many anchors."""
    text = text or DocumentText(document)
    pane = text.pane_index.get(anchor.pane_id)
    if pane is not None:
        pane_text = text.pane_texts[pane]
        current = pane_text[anchor.start : anchor.end]
        if anchor.fingerprint == document.fingerprint and current == anchor.quote:
            return _found(text, EXACT, 1.0, pane, anchor.start, anchor.end)
        if current and normalize(current) == normalize(anchor.quote):
            before = pane_text[max(0, anchor.start - CONTEXT_CHARS) : anchor.start]
            after = pane_text[anchor.end : anchor.end + CONTEXT_CHARS]
            # Context must agree too: with a repeated quote, an insertion can slide the *other*
            # occurrence onto the stored offsets.
            if _context(anchor, normalize(before), normalize(after)) >= 0.5:
                return _found(text, EXACT, 1.0, pane, anchor.start, anchor.end)
    needle = normalize(anchor.quote)
    if not needle:
        return Resolution(ORPHAN, 0.0)
    old = text.to_norm(pane, anchor.start) if pane is not None else None
    best = _best_exact(anchor, needle, text, pane, old)
    if best is None and len(needle) >= MIN_FUZZY_CHARS:
        best = _best_fuzzy(anchor, needle, text, pane, old)
    if best is None:
        return Resolution(ORPHAN, 0.0)
    score, similarity, start, end = best
    if similarity < FUZZY_MIN_SIMILARITY:
        return Resolution(ORPHAN, round(score, 3))
    pane_index, pane_start, pane_end = text.to_pane_span(start, end)
    if similarity < 1.0:
        return _found(text, FUZZY, score, pane_index, pane_start, pane_end)
    same = pane_index == pane and (pane_start, pane_end) == (anchor.start, anchor.end)
    return _found(text, EXACT if same else MOVED, score, pane_index, pane_start, pane_end)


def resolve_all(anchors: list[Anchor], document: Document) -> list[Resolution]:
    text = DocumentText(document)
    return [resolve(anchor, document, text) for anchor in anchors]


def _found(text: DocumentText, status: str, score: float, pane: int, start: int, end: int):
    pane_obj = text.panes[pane]
    return Resolution(
        status=status,
        score=1.0 if status == EXACT else round(score, 3),
        pane_id=pane_obj.id,
        start=start,
        end=end,
        text=text.pane_texts[pane][start:end],
        heading=heading_at(text.document, pane_obj.id, start),
        pane_title=pane_obj.title,
    )


def _ratio(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _context(anchor: Anchor, before: str, after: str) -> float:
    """Similarity of the stored prefix/suffix with the text around a candidate (0..1)."""
    prefix, suffix = normalize(anchor.prefix), normalize(anchor.suffix)
    scores = []
    if prefix:
        scores.append(_ratio(prefix, before[-len(prefix) :]))
    if suffix:
        scores.append(_ratio(suffix, after[: len(suffix)]))
    return sum(scores) / len(scores) if scores else 1.0


def _around(text: DocumentText, start: int, end: int) -> tuple[str, str]:
    """Normalised text before and after a candidate, not crossing into other panes."""
    before = text.norm[max(0, start - CONTEXT_CHARS * 2) : start].rsplit(SEPARATOR, 1)[-1]
    after = text.norm[end : end + CONTEXT_CHARS * 2].split(SEPARATOR, 1)[0]
    return before, after


def _rank(text: DocumentText, pane: int | None, old: int | None, start: int, score: float):
    """Ranking key: similarity first, then the old pane, then nearness to the old position."""
    if pane is None or old is None or text.pane_of(start) != pane:
        return score
    span = max(1, text.ends[pane] - text.starts[pane])
    return score + 0.02 + 0.02 * (1 - min(1.0, abs(start - old) / span))


def _best_exact(anchor, needle, text, pane, old):
    best = None
    for start in text.find_all(needle):
        end = start + len(needle)
        context = _context(anchor, *_around(text, start, end))
        score = 0.8 + 0.2 * context
        key = _rank(text, pane, old, start, score)
        if best is None or key > best[0]:
            best = (key, (score, 1.0, start, end))
    return best[1] if best else None


def _best_fuzzy(anchor, needle, text, pane, old):
    best = None
    for start, end in candidate_windows(needle, text):
        span = align(needle, text.norm[start:end])
        if span is None:
            continue
        s, e, similarity = start + span[0], start + span[1], span[2]
        score = 0.8 * similarity
        if similarity >= FUZZY_MIN_SIMILARITY:  # context only matters for a possible match
            score += 0.2 * _context(anchor, *_around(text, s, e))
        key = _rank(text, pane, old, s, score)
        if best is None or key > best[0]:
            best = (key, (score, similarity, s, e))
    return best[1] if best else None


def _name(document: Document) -> str:
    return document.path.name if document.path else f"《{document.title}》"
