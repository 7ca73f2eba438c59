"""What a carry of bookmarks did, in one line for the reader (status bar, console)."""

from __future__ import annotations

from viewer.core.i18n.catalogue import translate
from viewer.core.i18n.context import Context

Versions = Context("Versions")


def carry_summary(results: list, old_label: str, new_label: str) -> str:
    """'Carried 12 bookmarks from 2018-10-26 to 2023-03-13: 10 exact, 2 fuzzy'."""
    if not results:
        return translate("Versions", "This version has no bookmarks to carry.")

    def count(status: str) -> int:
        return sum(r.status == status for r in results)

    # one literal call per status, so lupdate collects each plural
    parts = [
        Versions.tr("%n exact", None, n) if (n := count("exact")) else "",
        Versions.tr("%n moved", "bookmarks", n) if (n := count("moved")) else "",
        Versions.tr("%n fuzzy", None, n) if (n := count("fuzzy")) else "",
        Versions.tr("%n not found", None, n) if (n := count("orphan")) else "",
    ]
    head = Versions.tr("Carried %n bookmark(s) from {old} to {new}", None, len(results))
    counts = translate("Versions", ", ").join(p for p in parts if p)
    lost = [_where(r) for r in results if r.status == "orphan"]
    if any(lost):  # which ones: the reader has to look at those in the old version
        shown = [w for w in lost if w][:MAX_NAMED] + (["…"] if len(lost) > MAX_NAMED else [])
        where = translate("Versions", ", ").join(shown)
        counts = translate("Versions", "{counts} ({where})").format(counts=counts, where=where)
    return translate("Versions", "{carried}: {counts}").format(
        carried=head.format(old=old_label, new=new_label), counts=counts
    )


MAX_NAMED = 3  # bookmarks not found, named after the counts


def _where(carried) -> str:
    """A bookmark not found in the new version, as the reader finds it in the old one."""
    if carried.old_address:
        return carried.old_address
    quote = carried.original.quote if carried.original is not None else ""
    return f"“{quote[:12]}…”" if len(quote) > 12 else (f"“{quote}”" if quote else "")
