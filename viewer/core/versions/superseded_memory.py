"""A library's superseded versions as last worked out, kept beside its index.

Working them out reads the head of every file (about 1 s for the laws), so a relaunched library
would answer its first search with every version until then. The last known set stands in
until the families are read again; a wrong or missing file means none are known yet.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from viewer.core.base.atomic_file import write_text_atomic
from viewer.core.library.location import library_index_dir

FILE = "superseded.json"


def remember(root: Path | str, paths: frozenset[str]) -> None:
    with contextlib.suppress(OSError):  # a read-only cache: worked out again next time
        write_text_atomic(library_index_dir(root) / FILE, json.dumps(sorted(paths)))


def recall(root: Path | str) -> frozenset[str]:
    try:
        saved = json.loads((library_index_dir(root) / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    if not isinstance(saved, list) or not all(isinstance(p, str) for p in saved):
        return frozenset()
    return frozenset(saved)
