"""Titles of a library's files: folded when a search first looks at one, shortened for a
narrow row.

Folding all 3,476 titles of the laws when a library opened cost ~60 ms of every relaunch (the
CLI's whole search of a rare word looks at none); a query's title boost folds only the titles
of the files it found, once.
"""

from __future__ import annotations

from collections.abc import Callable

from viewer.core.text.folding import fold

COUNTRY = "中华人民共和国"


def short_title(title: str) -> str:
    """A national law's title as it is cited for short, without the country (民法典 · 物权编
    for 中华人民共和国民法典 · 物权编), for a row too narrow for the whole title. Here, not in
    title_matches: the list's painting needs it before the search core is loaded."""
    rest = title.removeprefix(COUNTRY)
    return rest if rest.strip(" ·") else title


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
