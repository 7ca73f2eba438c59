"""Where a library's index lives: the cache folder, or a temporary one when that is unwritable
(read-only, full, or a file where a folder should be), with a sentence saying so."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

from viewer.core.base.errors import SearchIndexError
from viewer.core.base.paths import app_paths, temp_cache_root
from viewer.core.library import messages
from viewer.core.library.messages import Message
from viewer.core.search.analyzer_version import ANALYZER_VERSION

log = logging.getLogger(__name__)
# 2: the Whoosh body holds no title and no positions (older indexes are left and rebuilt)
# 3: each posting holds the passages its term occurs in (passage_postings)
# 4: each posting also holds the term's occurrences in each passage (posted_counts)
# 5: the manifest holds each file's folded title (title_matches)
# 6: a code's books are titled apart (中华人民共和国民法典 · 总则) and ordered (books.py)
LIBRARY_FORMAT = 6


def library_index_dir(root: Path | str) -> Path:
    key = hashlib.sha1(os.fsencode(Path(root).resolve())).hexdigest()[:16]  # any name
    return app_paths().index_root / f"library-{key}-v{ANALYZER_VERSION}.{LIBRARY_FORMAT}"


def writable_index_dir(root: Path | str) -> tuple[Path, str]:
    """The index folder, and "" or a sentence saying why a temporary folder is used instead
    (the cache folder cannot be written: read-only, full, or a file where a folder should be)."""
    wanted = library_index_dir(root)
    try:
        _probe(wanted)
        return wanted, ""
    except OSError as error:
        reason = error.strerror or type(error).__name__
    fallback = temp_cache_root() / "indexes" / wanted.name
    try:
        _probe(fallback)
    except OSError as error:
        reason = error.strerror or str(error)
        raise SearchIndexError(Message(messages.unsavable_index, reason)) from error
    log.warning("cache folder unwritable (%s): library index in %s", reason, fallback)
    return fallback, Message(messages.temporary_index, reason)


def _probe(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=folder):
        pass
