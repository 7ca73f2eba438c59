"""What a query's bounds left out, said to the reader (the UI and the CLI show it)."""

from __future__ import annotations

from viewer.core.i18n.catalogue import translate
from viewer.core.search.query_limits import (
    MAX_LONE_CHARS,
    MAX_QUERY_CHARS,
    MAX_TERM_CHARS,
    MAX_TERMS,
)


def bounds_notice(bounds) -> str | None:
    parts = []
    if not bounds.read_all:
        parts.append(
            translate("Search", "Only the first {count} characters of the query were read.").format(
                count=f"{MAX_QUERY_CHARS:,}"
            )
        )
    if bounds.dropped:
        parts.append(
            translate(
                "Search", "Query shortened to its first {words} words ({dropped} left out)."
            ).format(words=MAX_TERMS, dropped=bounds.dropped)
        )
    left_out = sum(bounds.lone.values())
    if left_out:
        parts.append(
            translate(
                "Search",
                "Only the first {count} single characters were searched ({dropped} left out).",
            ).format(count=MAX_LONE_CHARS, dropped=left_out)
        )
    if bounds.cut_words:
        parts.append(
            translate("Search", "Words longer than {count} characters were cut.").format(
                count=MAX_TERM_CHARS
            )
        )
    return " ".join(parts) or None
