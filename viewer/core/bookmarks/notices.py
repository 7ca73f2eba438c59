"""The sentences the bookmarks store says to the reader, in the interface language.

Kept apart from the store so its SQL stays readable; each is built when the store opens or
fails, in the language in use at that moment.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.i18n.catalogue import translate


def damaged(moved_name: str, recovered: int) -> str:
    head = translate(
        "BookmarkStore", "The bookmarks database was damaged; it was moved aside to {name}."
    ).format(name=moved_name)
    if recovered:
        tail = (
            translate(
                "BookmarkStore",
                "%n bookmark was recovered from it into a new database.",
                None,
                recovered,
            )
            if recovered == 1
            else translate(
                "BookmarkStore",
                "%n bookmarks were recovered from it into a new database.",
                None,
                recovered,
            )
        )
    else:
        tail = translate(
            "BookmarkStore", "No bookmark could be read from it; a new, empty one was started."
        )
    return f"{head} {tail}"


def cannot_save(reason: str) -> str:
    return translate("BookmarkStore", "Bookmarks cannot be saved: {reason}").format(reason=reason)


def damaged_and_locked(folder: Path, reason: str) -> str:
    return cannot_save(
        translate(
            "BookmarkStore",
            "the database is damaged and the data folder {folder} is not writable ({reason}).",
        ).format(folder=folder, reason=reason)
    )


def readable_shown(count: int) -> str:
    if count == 1:
        return translate("BookmarkStore", "%n readable bookmark is shown.", None, count)
    return translate("BookmarkStore", "%n readable bookmarks are shown.", None, count)


def opened_read_only() -> str:
    return cannot_save(translate("BookmarkStore", "the database was opened read-only."))


def folder_not_writable(folder: Path, reason: str) -> str:
    return cannot_save(
        translate("BookmarkStore", "the data folder {folder} is not writable ({reason}).").format(
            folder=folder, reason=reason
        )
    )


def still_readable() -> str:
    return translate("BookmarkStore", "Existing bookmarks can still be read.")


def closed() -> str:
    return translate("BookmarkStore", "The bookmarks database is closed.")


def cannot_read(path: Path, error: Exception) -> str:
    return translate("BookmarkStore", "Cannot read bookmarks from {path}: {error}.").format(
        path=path, error=error
    )


def cannot_write(path: Path, error: Exception) -> str:
    return translate("BookmarkStore", "Cannot save bookmarks to {path}: {error}.").format(
        path=path, error=error
    )
