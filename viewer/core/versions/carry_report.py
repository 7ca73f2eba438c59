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
    return translate("Versions", "{carried}: {counts}").format(
        carried=head.format(old=old_label, new=new_label), counts=counts
    )
