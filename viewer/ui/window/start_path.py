"""What the app opens at start: the path given, else what was open last, else the briefing;
and whether it can be opened (checked before Qt loads, so a bad file is reported at once).

Plain Python (no Qt): it runs before the window exists, and a slow check here delays it.
"""

from __future__ import annotations

from pathlib import Path

from viewer.core.base.errors import DocumentError
from viewer.core.base.paths import default_document, shown_path
from viewer.core.base.settings import Settings, start_path
from viewer.core.document.textio import sniff_document
from viewer.core.formats.registry import kind_of as converted_kind
from viewer.core.formats.registry import unsupported_reason
from viewer.core.i18n.catalogue import translate

_SNIFF_BYTES = 256 * 1024


def check_path(path: Path) -> str | None:
    """A one-line reason the file cannot be opened, or None if it looks fine.

    Small files are read fully (exactly what the loader will say); for big ones only the
    start is examined, so a 20 MB file is not read twice before the window appears."""
    if path.is_dir():
        return None  # a folder opens as a library
    try:
        if converted_kind(path) or unsupported_reason(path):
            # zipfile and the converters' checks load only for such a file, not at every start
            from viewer.core.formats.safety import quick_check

            return quick_check(path)  # converting waits for the window (with progress)
        sniff_document(path, _SNIFF_BYTES)
    except DocumentError as exc:
        return " ".join(str(exc).split())
    return None


def reopened(settings: Settings) -> tuple[Path, str | None, str]:
    """A start without a path: (path, why it cannot be opened or None, what was open last but
    no longer opens or ""). That one falls back to the briefing quietly: the reader did not
    ask for it this time, so it earns a note, not an error."""
    path, lost = start_path(settings)
    problem = check_path(path)
    if problem and not lost and path != default_document():
        path, lost = default_document(), str(path)
        problem = check_path(path)
    return path, problem, lost


def lost_note(lost: str) -> str:
    """The info bar's note for `reopened`'s third value (in the current language)."""
    note = translate("App", "{path} can no longer be opened: the briefing is shown instead.")
    return note.format(path=shown_path(lost))
