"""Export bookmarks as a Markdown memo or as JSON (bookmark_import reads that JSON back).

JSON holds everything a bookmark has (id, anchor, note, tags, colour, dates), so an export is
also a backup. Import keys on the bookmark UUID: importing the same file twice adds nothing the
second time, and a bookmark already in the database is left as it is there.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from viewer.core.bookmarks.citation import cite
from viewer.core.bookmarks.model import (
    Bookmark,
    ResolvedBookmark,
    now_iso,
    status_name,
    summarize,
)
from viewer.core.bookmarks.schema import FORMAT, FORMAT_VERSION
from viewer.core.document.model import Document
from viewer.core.i18n.catalogue import translate
from viewer.core.text.file_names import json_safe


def to_markdown(resolved: list[ResolvedBookmark], document: Document | None = None) -> str:
    """A memo: bookmarks grouped by pane (in reading order), each with note, tags and citation."""
    title = document.title if document else translate("BookmarkMemo", "All bookmarks")
    heading = translate("BookmarkMemo", "Bookmarks: {title}").format(title=title)
    lines = [f"# {heading}", "", f"_{summarize(resolved)}_", ""]
    groups: dict[str, list[ResolvedBookmark]] = {}
    orphans: list[ResolvedBookmark] = []
    for r in resolved:
        if r.resolution.found:
            groups.setdefault(r.pane_title, []).append(r)
        else:
            orphans.append(r)
    for pane_title, items in groups.items():
        lines += [f"## {pane_title}", ""]
        for r in items:
            lines += _entry(r, document)
    if orphans:
        lines += ["## " + translate("BookmarkMemo", "Bookmarks not found"), ""]
        for r in orphans:
            lines += _entry(r, document)
    return "\n".join(lines).rstrip() + "\n"


def _entry(r: ResolvedBookmark, document: Document | None) -> list[str]:
    quote = r.resolution.text or r.bookmark.quote
    lines = ["> " + line for line in quote.splitlines() or [""]]
    lines.append("")
    if r.heading:
        lines.append(_field(translate("BookmarkMemo", "Heading: {value}"), r.heading))
    if r.bookmark.note:
        note = " ".join(r.bookmark.note.split())
        lines.append(_field(translate("BookmarkMemo", "Note: {value}"), note))
    if r.bookmark.tags:
        tags = " ".join(f"#{tag}" for tag in r.bookmark.tags)
        lines.append(_field(translate("BookmarkMemo", "Tags: {value}"), tags))
    if r.status != "exact":
        status = translate("BookmarkMemo", "{status} ({score})").format(
            status=status_name(r.status), score=f"{r.score:.2f}"
        )
        lines.append(_field(translate("BookmarkMemo", "Status: {value}"), status))
    lines.append(_field(translate("BookmarkMemo", "Citation: {value}"), cite(r, document)))
    return [*lines, ""]


def _field(label: str, value: str) -> str:
    return "- " + label.format(value=value)


def to_json(resolved: Iterable[ResolvedBookmark | Bookmark]) -> str:
    # A ResolvedBookmark adds its status, score and current place to the bookmark's fields.
    items = [item.to_dict() for item in resolved]
    payload = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported": now_iso(),
        "bookmarks": items,
    }
    # document paths keep name bytes that are not UTF-8 as \udcXX escapes
    return json_safe(json.dumps(payload, ensure_ascii=False, indent=2)) + "\n"
