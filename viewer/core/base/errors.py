"""Typed errors the core raises; the UI and CLI turn them into one-line messages."""


class ViewerError(Exception):
    """Base class: str(error) is a complete, user-readable sentence."""


class DocumentError(ViewerError):
    """A file cannot be opened as a document (missing, directory, binary, undecodable)."""


class SearchIndexError(ViewerError):
    """The search index cannot be built or read."""


class BookmarkError(ViewerError):
    """A bookmark cannot be created, stored or resolved."""


class StorageError(ViewerError):
    """User data cannot be written (read-only or full data dir)."""


class NotRegularFileError(StorageError, OSError):
    """A write target is a symlink, FIFO, device or folder and was left alone.

    Also an OSError, so callers that treat any failed write as "could not save" (caches, the
    library state) keep doing so."""
