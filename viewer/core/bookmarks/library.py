"""What the GUI and CLI call: create, list (resolved), edit, delete/undo and re-attach bookmarks.

Document identity. Anchors are text, so bookmarks follow a document's *content*, not its file
name. `for_document(doc)` lists a stored bookmark when
1. its stored path is this document's path (always listed, orphans included), or
2. its stored fingerprint is this document's fingerprint (same content: a moved or copied file),
   or
3. its stored title is this document's title *and* its quote resolves here; if the file it was
   made on no longer exists (a rename), the rest of that file's bookmarks come along too, so
   orphans of a renamed and edited file stay listed.
When a bookmark is found through 2 or 3 and its old file is gone, its stored path is updated to
the new one ("adopted"), so the next listing finds it by path.
"""

from __future__ import annotations

import os
import stat
from collections import defaultdict
from pathlib import Path

from viewer.core.base.errors import BookmarkError, DocumentError, StorageError
from viewer.core.bookmarks.anchor_text import DocumentText
from viewer.core.bookmarks.anchoring import (
    ORPHAN,
    Anchor,
    Resolution,
    anchor_for_passage,
    anchor_for_quote,
    anchor_for_range,
    resolve,
)
from viewer.core.bookmarks.model import (
    Bookmark,
    ResolvedBookmark,
    document_key,
    new_bookmark,
    normalize_tags,
    now_iso,
    with_changes,
)
from viewer.core.bookmarks.store import BookmarkStore
from viewer.core.document.markdown_model import load_document
from viewer.core.document.model import Document
from viewer.core.i18n.catalogue import translate


class BookmarkLibrary:
    def __init__(self, store: BookmarkStore | None = None):
        self.store = store or BookmarkStore()

    @property
    def notice(self) -> str:
        return self.store.notice

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> BookmarkLibrary:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- creating ------------------------------------------------------------------------

    def add_selection(self, document: Document, pane_id: str, start: int, end: int, **fields):
        """From a selection: offsets into `document.pane(pane_id).text`. Returns the Bookmark."""
        return self.add_anchor(document, anchor_for_range(document, pane_id, start, end), **fields)

    def add_passage(self, document: Document, passage_id: str, **fields) -> Bookmark:
        return self.add_anchor(document, anchor_for_passage(document, passage_id), **fields)

    def add_quote(self, document: Document, quote: str, **fields) -> Bookmark:
        return self.add_anchor(document, anchor_for_quote(document, quote), **fields)

    def add_anchor(
        self, document: Document, anchor: Anchor, *, note="", tags=(), color=""
    ) -> Bookmark:
        return self.store.add(new_bookmark(anchor, document, note=note, tags=tags, color=color))

    # -- listing -------------------------------------------------------------------------

    def for_document(self, document: Document, *, adopt: bool = True) -> list[ResolvedBookmark]:
        """This document's bookmarks (see the module docstring), resolved, in reading order."""
        key = document_key(document.path)
        matching = self.store.matching(key, document.fingerprint, document.title)
        # folding the text loads OpenCC (5 MB resident): not for a document without bookmarks
        text = DocumentText(document) if matching else None
        direct: list[ResolvedBookmark] = []
        by_title: dict[str, list[ResolvedBookmark]] = defaultdict(list)
        for bookmark in matching:
            resolved = ResolvedBookmark(bookmark, resolve(bookmark.anchor, document, text))
            if bookmark.document_path == key or bookmark.anchor.fingerprint == document.fingerprint:
                direct.append(resolved)
            else:
                by_title[bookmark.document_path].append(resolved)
        listed = list(direct)
        # a bookmark carried over from another version sits where its original resolves
        taken = {_place(r) for r in direct if r.resolution.found}
        for old_path, group in by_title.items():
            renamed = not _exists(old_path)
            if any(r.resolution.found for r in group):
                shown = (r for r in group if renamed or r.resolution.found)
                listed.extend(r for r in shown if _place(r) not in taken)
        if adopt and key:
            self._adopt(key, document, [r.bookmark for r in listed])
            self._verify(key, [r.bookmark for r in listed])
        return sort_resolved(listed, document)

    def everything(self) -> list[tuple[ResolvedBookmark, Document | None]]:
        """All live bookmarks, each resolved against its document's current file.

        A bookmark whose file is missing, unreadable or not a regular file (a FIFO would block
        the read forever) is an orphan with `document` None; so is one whose path came from an
        import file and whose document the user has not opened yet: such a path is never opened.
        """
        groups: dict[str, list[Bookmark]] = defaultdict(list)
        for bookmark in self.store.all():
            groups[bookmark.document_path].append(bookmark)
        out: list[tuple[ResolvedBookmark, Document | None]] = []
        for path, bookmarks in groups.items():
            trusted = [b for b in bookmarks if not b.path_unverified]
            untrusted = [b for b in bookmarks if b.path_unverified]
            out.extend((ResolvedBookmark(b, Resolution(ORPHAN, 0.0)), None) for b in untrusted)
            bookmarks = trusted
            if not bookmarks:
                continue
            try:
                document = load_document(path) if _is_regular(path) else None
            except DocumentError:
                document = None
            if document is None:
                out.extend((ResolvedBookmark(b, Resolution(ORPHAN, 0.0)), None) for b in bookmarks)
                continue
            text = DocumentText(document)
            resolved = [ResolvedBookmark(b, resolve(b.anchor, document, text)) for b in bookmarks]
            out.extend((r, document) for r in sort_resolved(resolved, document))
        return out

    def resolve_one(self, bookmark_id: str, document: Document) -> ResolvedBookmark:
        bookmark = self._get(bookmark_id)
        return ResolvedBookmark(bookmark, resolve(bookmark.anchor, document))

    # -- changing ------------------------------------------------------------------------

    def get(self, bookmark_id: str) -> Bookmark | None:
        return self.store.get(bookmark_id)

    def update(self, bookmark_id: str, *, note=None, tags=None, color=None) -> Bookmark:
        """Change note, tags and/or colour (None leaves a field as it is)."""
        bookmark = self._get(bookmark_id)
        changes: dict = {}
        if note is not None:
            changes["note"] = note
        if tags is not None:
            changes["tags"] = normalize_tags(tags)
        if color is not None:
            changes["color"] = color
        return self.store.save(with_changes(bookmark, **changes))

    def delete(self, bookmark_id: str) -> Bookmark:
        """Soft delete: hidden from every list until `restore` (undo) or `purge_deleted`."""
        return self.store.save(with_changes(self._get(bookmark_id), deleted=now_iso()))

    def restore(self, bookmark_id: str) -> Bookmark:
        return self.store.save(with_changes(self._get(bookmark_id), deleted=""))

    def reattach(self, bookmark_id: str, anchor: Anchor, document: Document) -> Bookmark:
        """Give a bookmark (typically an orphan) a new anchor, e.g. from the reader's selection.

        Note, tags, colour and id are kept; the quote becomes the newly selected text.
        """
        bookmark = self._get(bookmark_id)
        return self.store.save(
            with_changes(
                bookmark,
                anchor=anchor,
                document_path=document_key(document.path) or bookmark.document_path,
                document_title=document.title,
            )
        )

    def _get(self, bookmark_id: str) -> Bookmark:
        bookmark = self.store.get(bookmark_id)
        if bookmark is None:
            raise BookmarkError(
                translate("Bookmarks", "There is no bookmark with id {id}.").format(id=bookmark_id)
            )
        return bookmark

    def _verify(self, key: str, bookmarks: list[Bookmark]) -> None:
        """The user opened this document: its imported bookmarks may now name it."""
        for bookmark in bookmarks:
            current = self.store.get(bookmark.id)
            if current is None or not current.path_unverified:
                continue
            try:
                self.store.save(with_changes(current, document_path=key, path_unverified=False))
            except StorageError:
                return  # read-only data dir: they stay unverified, and so are never opened

    def _adopt(self, key: str, document: Document, bookmarks: list[Bookmark]) -> None:
        for bookmark in bookmarks:
            if bookmark.document_path != key and not _exists(bookmark.document_path):
                try:
                    self.store.save(
                        with_changes(bookmark, document_path=key, document_title=document.title)
                    )
                except StorageError:
                    return  # read-only data dir: listing still works, adoption waits


def sort_resolved(resolved: list[ResolvedBookmark], document: Document) -> list[ResolvedBookmark]:
    """Reading order: by pane, then position; orphans last in the order they were made."""
    order = {pane.id: i for i, pane in enumerate(document.panes)}

    def key(r: ResolvedBookmark):
        if not r.resolution.found:
            return (1, 0, 0, r.bookmark.created)
        return (0, order.get(r.resolution.pane_id, 0), r.resolution.start, r.bookmark.created)

    return sorted(resolved, key=key)


def _place(resolved: ResolvedBookmark) -> tuple:
    found = resolved.resolution
    return (found.pane_id, found.start, found.end) if found.found else (resolved.bookmark.id,)


def _exists(path: str) -> bool:
    return bool(path) and Path(path).is_file()


def _is_regular(path: str) -> bool:
    """stat, not open: opening a FIFO for reading blocks until a writer comes."""
    try:
        return bool(path) and stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False
