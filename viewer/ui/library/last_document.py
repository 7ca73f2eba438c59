"""The document read last in each library: remembered as it opens, reopened with the library,
and said once (then forgotten) when it has gone."""

from __future__ import annotations

from pathlib import Path

from viewer.core.base.paths import shown_path
from viewer.ui.common.i18n import translate


def remember_document(library, document) -> None:
    """A document of `library`'s folder is open: it reopens with the library next time."""
    path = getattr(document, "path", None)
    if path is not None and library.holds(path):
        library.window.settings.library_documents[str(library.root)] = str(Path(path).resolve())


def reopen_last_document(library) -> bool:
    """Open the library's last document if no document is open; False if none was opened."""
    window = library.window
    if window.current_document is not None:
        return True
    last = window.settings.library_documents.get(str(library.root))
    if last and Path(last).is_file():
        window.open_document(last)
        return True
    if last:  # moved, renamed or deleted since: said once, then forgotten
        del window.settings.library_documents[str(library.root)]
        bar = window.info_bar  # until a document opens (its own warnings replace it)
        bar.show_messages([*bar.messages, lambda: _last_law_gone(last)])
    return False


def _last_law_gone(path: str) -> str:
    note = translate("Library", "{path}, read last in this library, can no longer be opened.")
    return note.format(path=shown_path(path))
