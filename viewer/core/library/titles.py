"""Folded titles of a library's files, folded when a search first looks at one.

Folding all 3,476 titles of the laws when a library opened cost ~60 ms of every relaunch (the
CLI's whole search of a rare word looks at none); a query's title boost folds only the titles
of the files it found, once.
"""

from __future__ import annotations

from collections.abc import Callable

from viewer.core.text.folding import fold


class FoldedTitles(dict):
    """key -> folded title ("" when none); `title_of(key)` gives the raw title or None when the
    key is unknown (then `get` answers the default, `[]` raises KeyError)."""

    def __init__(self, title_of: Callable[[object], str | None]) -> None:
        super().__init__()
        self._title_of = title_of

    def __missing__(self, key):
        title = self._title_of(key)
        if title is None:
            raise KeyError(key)
        self[key] = folded = fold(title) if title else ""
        return folded

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default
