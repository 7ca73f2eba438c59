"""Compare two documents article by article (新旧对照): pairs, statuses, changed characters.

Statuses: same (text and number), renumbered (same text, new number), changed (text differs,
in order), moved (paired out of order, text same or not), removed (old only), added (new only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from viewer.core.i18n.catalogue import QT_TRANSLATE_NOOP, translate
from viewer.core.i18n.context import Context
from viewer.core.versions.alignment import align
from viewer.core.versions.article_units import CompareUnit, compare_units

Versions = Context("Versions")

SAME, CHANGED, RENUMBERED = "same", "changed", "renumbered"
ADDED, REMOVED, MOVED = "added", "removed", "moved"
STATUSES = (SAME, CHANGED, RENUMBERED, ADDED, REMOVED, MOVED)
CHANGES = (CHANGED, ADDED, REMOVED, MOVED)  # a renumbered article kept its text
STATUS_NAMES = {
    SAME: QT_TRANSLATE_NOOP("Versions", "unchanged"),
    CHANGED: QT_TRANSLATE_NOOP("Versions", "changed"),
    RENUMBERED: QT_TRANSLATE_NOOP("Versions", "renumbered"),
    ADDED: QT_TRANSLATE_NOOP("Versions", "added"),
    REMOVED: QT_TRANSLATE_NOOP("Versions", "removed"),
    MOVED: QT_TRANSLATE_NOOP("Versions", "moved"),
}
# Colour is never the only signal of a change: each status has a mark too (view and CLI).
STATUS_MARKS = {SAME: "", CHANGED: "~", RENUMBERED: "#", ADDED: "+", REMOVED: "−", MOVED: "↕"}


def status_name(status: str) -> str:
    """The status as a reader sees it ('added', 新增); JSON keeps the plain key."""
    return translate("Versions", STATUS_NAMES[status])


@dataclass(frozen=True)
class Pair:
    old: CompareUnit | None
    new: CompareUnit | None
    status: str
    ratio: float = 0.0
    old_spans: tuple[tuple[int, int], ...] = ()  # changed characters, offsets into old.text
    new_spans: tuple[tuple[int, int], ...] = ()

    @property
    def is_change(self) -> bool:
        return self.status in CHANGES

    def to_json(self) -> dict:
        return {
            "old": self.old.address if self.old else None,
            "new": self.new.address if self.new else None,
            "status": self.status,
            "old_text": self.old.text if self.old else "",
            "new_text": self.new.text if self.new else "",
            "old_spans": [list(s) for s in self.old_spans],
            "new_spans": [list(s) for s in self.new_spans],
        }


@dataclass
class Comparison:
    pairs: list[Pair] = field(default_factory=list)
    same_title: bool = True  # the two documents' titles agree (compare_documents)

    @property
    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for pair in self.pairs:
            counts[pair.status] += 1
        return counts

    def summary_line(self) -> str:
        """93 unchanged, 31 changed, 12 added, 3 removed (only the kinds that occur)."""
        counts = self.summary
        # literal calls, one per status, so lupdate finds each (the counts are plurals)
        words = [
            (counts[SAME], lambda n: Versions.tr("%n unchanged", None, n)),
            (counts[RENUMBERED], lambda n: Versions.tr("%n renumbered", None, n)),
            (counts[CHANGED], lambda n: Versions.tr("%n changed", None, n)),
            (counts[MOVED], lambda n: Versions.tr("%n moved", None, n)),
            (counts[ADDED], lambda n: Versions.tr("%n added", None, n)),
            (counts[REMOVED], lambda n: Versions.tr("%n removed", None, n)),
        ]
        shown = [word(n) for n, word in words if n]
        if not shown:
            return translate("Versions", "nothing to compare")
        line = translate("Versions", ", ").join(shown)
        if not self.related:
            note = translate(
                "Versions", "few articles in common: are these two versions of one document?"
            )
            line = translate("Versions", "{counts} — {note}").format(counts=line, note=note)
        return line

    @property
    def related(self) -> bool:
        """Two versions of one document: the same title, or enough articles pairing up (same,
        renumbered, changed, moved). A title kept through a full rewrite counts (7 of the
        laws' 107 version pairs keep under a tenth of their articles: 矿产资源法 2009 → 2024);
        the briefing against a law shares neither."""
        counts = self.summary
        kept = counts[SAME] + counts[RENUMBERED] + counts[CHANGED] + counts[MOVED]
        few = len(self.pairs) >= MIN_PAIRS_TO_JUDGE and kept < RELATED_SHARE * len(self.pairs)
        return self.same_title or not few

    def to_json(self, changes_only: bool = False) -> dict:
        pairs = [p for p in self.pairs if p.is_change or not changes_only]
        found = {"summary": self.summary, "related": self.related}
        return {**found, "pairs": [p.to_json() for p in pairs]}


RELATED_SHARE = 0.1  # of the pairs kept across: under it, a note asks whether they are versions
MIN_PAIRS_TO_JUDGE = 6  # a short text (an essay, a notice) is compared without a verdict


def compare_documents(old_document, new_document) -> Comparison:
    comparison = compare_unit_lists(compare_units(old_document), compare_units(new_document))
    comparison.same_title = _title_key(old_document.title) == _title_key(new_document.title)
    return comparison


def _title_key(title: str) -> str:
    """A title as versions share it: 中华人民共和国立法法 and 立法法 alike, spacing aside."""
    return "".join(title.split()).removeprefix("中华人民共和国")


def compare_unit_lists(old: list[CompareUnit], new: list[CompareUnit]) -> Comparison:
    links = align([u.key for u in old], [u.key for u in new])
    by_old = {link.old: link for link in links}
    pairs: list[Pair] = []
    next_old = 0
    for link in links:  # sorted by new index: removed articles go where they used to stand
        while next_old < link.old and link.in_order:
            if next_old not in by_old:
                pairs.append(Pair(old[next_old], None, REMOVED))
            next_old += 1
        pairs.append(_pair(old[link.old], new[link.new], link.ratio, link.in_order))
        if link.in_order:
            next_old = max(next_old, link.old + 1)
    for i in range(len(old)):
        if i not in by_old and i >= next_old:
            pairs.append(Pair(old[i], None, REMOVED))
    paired_new = {link.new for link in links}
    pairs.extend(Pair(None, unit, ADDED) for j, unit in enumerate(new) if j not in paired_new)
    return Comparison(_in_reading_order(pairs, old, new))


def _in_reading_order(pairs: list[Pair], old: list, new: list) -> list[Pair]:
    """New document order; a removed article right after the old article it followed."""
    new_at = {id(u): j for j, u in enumerate(new)}
    old_at = {id(u): i for i, u in enumerate(old)}
    placed: dict[int, float] = {}  # old index -> position in new order of its pair
    keyed = []
    for pair in pairs:
        if pair.new is not None:
            key = float(new_at[id(pair.new)])
            if pair.old is not None:
                placed[old_at[id(pair.old)]] = key
            keyed.append((key, pair))
    for pair in pairs:
        if pair.new is None:
            i = old_at[id(pair.old)]
            before = [placed[k] for k in range(i - 1, -1, -1) if k in placed][:1]
            key = (before[0] if before else -1.0) + 0.5 + i / (10 * (len(old) + 1))
            keyed.append((key, pair))
    return [pair for _, pair in sorted(keyed, key=lambda kp: kp[0])]


def _pair(old: CompareUnit, new: CompareUnit, ratio: float, in_order: bool) -> Pair:
    if old.key == new.key:
        status = SAME if old.address == new.address else RENUMBERED
        if not in_order:
            status = MOVED
        return Pair(old, new, status, 1.0)
    old_spans, new_spans = changed_spans(old, new)
    return Pair(old, new, CHANGED if in_order else MOVED, ratio, old_spans, new_spans)


def changed_spans(old: CompareUnit, new: CompareUnit):
    """Spans of characters that differ between the two bodies, as offsets into each text."""
    matcher = SequenceMatcher(None, old.body, new.body, autojunk=False)
    old_spans, new_spans = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            old_spans.append((old.body_start + i1, old.body_start + i2))
        if j2 > j1:
            new_spans.append((new.body_start + j1, new.body_start + j2))
    return tuple(old_spans), tuple(new_spans)
