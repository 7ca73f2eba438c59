"""The bookmark model: a quoted piece of a document with a note, tags and a colour.

Plain dataclasses (no Qt, no SQL): the store persists them, the anchoring module finds them in
a document, and a GUI list model can adapt them directly.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from viewer.core.bookmarks.anchoring import EXACT, FUZZY, MOVED, ORPHAN, Anchor, Resolution
from viewer.core.document.model import Document
from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate

COLORS = ("yellow", "green", "blue", "pink", "purple", "orange")
DEFAULT_COLOR = "yellow"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def document_key(path: Path | str | None) -> str:
    """How a document's path is stored: absolute and resolved, so `./a.md` and `a.md` agree."""
    return str(Path(path).expanduser().resolve()) if path else ""


@dataclass(frozen=True)
class Bookmark:
    id: str  # a UUID: stable across export/import, so importing twice adds nothing
    anchor: Anchor
    document_path: str
    document_title: str
    note: str = ""
    tags: tuple[str, ...] = ()
    color: str = DEFAULT_COLOR
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    deleted: str = ""  # when it was deleted ("" = live); kept so delete can be undone
    # The path came from an import file: never opened until the user opens that document.
    path_unverified: bool = False

    @property
    def quote(self) -> str:
        return self.anchor.quote

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "quote": self.anchor.quote,
            "note": self.note,
            "tags": list(self.tags),
            "color": self.color,
            "document_path": self.document_path,
            "document_title": self.document_title,
            "anchor": {
                "prefix": self.anchor.prefix,
                "suffix": self.anchor.suffix,
                "pane_id": self.anchor.pane_id,
                "pane_title": self.anchor.pane_title,
                "heading": self.anchor.heading,
                "start": self.anchor.start,
                "end": self.anchor.end,
                "fingerprint": self.anchor.fingerprint,
            },
            "created": self.created,
            "updated": self.updated,
            "deleted": self.deleted,
        }

    def as_imported(self) -> Bookmark:
        return replace(self, path_unverified=True)

    @classmethod
    def from_dict(cls, data: dict) -> Bookmark:
        a = data["anchor"]
        anchor = Anchor(
            quote=str(data["quote"]),
            prefix=str(a.get("prefix", "")),
            suffix=str(a.get("suffix", "")),
            pane_id=str(a.get("pane_id", "")),
            start=int(a.get("start", 0)),
            end=int(a.get("end", 0)),
            pane_title=str(a.get("pane_title", "")),
            heading=str(a.get("heading", "")),
            fingerprint=str(a.get("fingerprint", "")),
        )
        return cls(
            id=str(uuid.UUID(str(data["id"]))),
            anchor=anchor,
            document_path=str(data.get("document_path", "")),
            document_title=str(data.get("document_title", "")),
            note=str(data.get("note", "")),
            tags=normalize_tags(data.get("tags", ())),
            color=str(data.get("color", DEFAULT_COLOR)),
            created=str(data.get("created") or now_iso()),
            updated=str(data.get("updated") or now_iso()),
            deleted=str(data.get("deleted", "")),
        )


def normalize_tags(tags) -> tuple[str, ...]:
    """Trimmed, non-empty, first occurrence kept: tags are a set the user typed in order."""
    seen: dict[str, None] = {}
    for tag in tags or ():
        tag = str(tag).strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def new_bookmark(
    anchor: Anchor,
    document: Document,
    *,
    note: str = "",
    tags=(),
    color: str = DEFAULT_COLOR,
) -> Bookmark:
    return Bookmark(
        id=str(uuid.uuid4()),
        anchor=anchor,
        document_path=document_key(document.path),
        document_title=document.title,
        note=note,
        tags=normalize_tags(tags),
        color=color or DEFAULT_COLOR,
    )


def with_changes(bookmark: Bookmark, **changes) -> Bookmark:
    return replace(bookmark, updated=now_iso(), **changes)


@dataclass(frozen=True)
class ResolvedBookmark:
    """A bookmark together with where it is in the document as it is now."""

    bookmark: Bookmark
    resolution: Resolution

    @property
    def status(self) -> str:
        return self.resolution.status

    @property
    def score(self) -> float:
        return self.resolution.score

    @property
    def pane_id(self) -> str:
        return self.resolution.pane_id or self.bookmark.anchor.pane_id

    @property
    def pane_title(self) -> str:
        return self.resolution.pane_title or self.bookmark.anchor.pane_title or self.pane_id

    @property
    def heading(self) -> str:
        return self.resolution.heading if self.resolution.found else self.bookmark.anchor.heading

    def to_dict(self) -> dict:
        data = self.bookmark.to_dict()
        data.update(
            pane=self.pane_id,
            pane_title=self.pane_title,
            heading=self.heading,
            status=self.status,
            score=self.score,
            current_text=self.resolution.text,
            start=self.resolution.start,
            end=self.resolution.end,
        )
        return data


def summarize(resolved: list[ResolvedBookmark]) -> str:
    """One line for the UI: "12 bookmarks: 9 in place, 2 moved, 1 needs attention".

    `fuzzy` (found, but the quoted text changed) and `orphan` (not found) both need the
    reader's attention, so they are counted together.
    """
    counts = Counter(r.status for r in resolved)
    # Each count is a plain name: pyside6-lupdate drops calls whose count is an expression.
    # translate() gives "(s)" its English singular or plural; the verb of "need(s) attention"
    # changes too, so that one is chosen here.
    count, exact, moved = len(resolved), counts[EXACT], counts[MOVED]
    total = translate("Bookmarks", "%n bookmark(s)", None, count)
    if not resolved:
        return total
    parts = []  # only the counts there are: "0 in place" tells the reader nothing
    if exact:
        parts.append(translate("Bookmarks", "%n in place", None, exact))
    if moved:
        parts.append(translate("Bookmarks", "%n moved", None, moved))
    attention = counts[FUZZY] + counts[ORPHAN]
    if attention == 1:
        parts.append(translate("Bookmarks", "%n needs attention", None, attention))
    elif attention:
        parts.append(translate("Bookmarks", "%n need attention", None, attention))
    # The list separator differs: ", " in English, "，" in Chinese.
    joined = translate("Bookmarks", ", ").join(parts)
    return translate("Bookmarks", "{total}: {parts}").format(total=total, parts=joined)


# Colour names as the interface shows them (the stored value stays the English key).
COLOR_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("Bookmarks", "Yellow"),
    "green": QT_TRANSLATE_NOOP("Bookmarks", "Green"),
    "blue": QT_TRANSLATE_NOOP("Bookmarks", "Blue"),
    "pink": QT_TRANSLATE_NOOP("Bookmarks", "Pink"),
    "purple": QT_TRANSLATE_NOOP("Bookmarks", "Purple"),
    "orange": QT_TRANSLATE_NOOP("Bookmarks", "Orange"),
}


def color_name(color: str) -> str:
    """The colour's name in the current language ("Yellow" / "黄色")."""
    return translate("Bookmarks", COLOR_NAMES.get(color, COLOR_NAMES[DEFAULT_COLOR]))


# What each resolution status means to the reader (the stored key stays English).
STATUS_NAMES = {
    EXACT: QT_TRANSLATE_NOOP("Bookmarks", "in place"),
    MOVED: QT_TRANSLATE_NOOP("Bookmarks", "moved"),
    FUZZY: QT_TRANSLATE_NOOP("Bookmarks", "text changed"),
    ORPHAN: QT_TRANSLATE_NOOP("Bookmarks", "not found"),
}


def status_name(status: str) -> str:
    return translate("Bookmarks", STATUS_NAMES.get(status, status))
