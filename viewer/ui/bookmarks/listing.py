"""What the bookmarks panel lists: entries resolved off the GUI thread, and the summary line."""

from __future__ import annotations

from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.bookmarks.model import summarize
from viewer.ui.bookmarks.model import Entry
from viewer.ui.common.i18n import translate


def resolve_entries(library: BookmarkLibrary, document, all_documents: bool):
    """Worker thread: (this document's entries, every entry or None). No widgets here."""
    mine = []
    if document is not None:
        mine = [_entry(r, document, i) for i, r in enumerate(library.for_document(document))]
    everything = None
    if all_documents:
        everything = [_entry(r, d, i) for i, (r, d) in enumerate(library.everything())]
    return mine, everything


def _entry(resolved, document, order: int) -> Entry:
    from viewer.core.document.passage_addresses import bookmark_address

    return Entry(resolved, document, order, bookmark_address(resolved, document))


def summary_line(document, mine: list[Entry], everything: list[Entry] | None) -> str:
    """The line above the list, in the current language (made again after a switch)."""
    if document is None:
        summary = translate("Bookmarks", "No document open")
    else:
        summary = summarize([e.resolved for e in mine])
    if everything is None:
        return summary
    return translate("Bookmarks", "All documents: {count} — this one: {summary}").format(
        count=len(everything), summary=summary
    )
