"""Fuzzy search for a changed quote: cheap candidate regions first, difflib only on those.

Scanning a 300 KB law with difflib for every bookmark would be O(n*m) each. Instead the rarest
trigrams of the (normalised) quote look up their positions in the document's trigram index and
vote for where the quote would start; only the few best-voted windows are aligned.
"""

from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

from viewer.core.bookmarks.anchor_text import GRAM, DocumentText

_SEEDS = 16  # rarest trigrams of a quote that vote for candidate regions
_CANDIDATES = 4  # regions aligned with difflib per quote
_COMMON = 2000  # a trigram this frequent says little about where the quote is


def candidate_windows(needle: str, text: DocumentText) -> list[tuple[int, int]]:
    """Regions where the rarest trigrams of the quote agree on a start position."""
    grams = text.grams()
    seeds = []
    for offset in range(len(needle) - GRAM + 1):
        postings = grams.get(needle[offset : offset + GRAM])
        if postings and len(postings) <= _COMMON:
            seeds.append((len(postings), offset, postings))
    seeds.sort(key=lambda seed: seed[0])
    bucket = max(4, len(needle) // 8)
    votes: Counter[int] = Counter()
    for _, offset, postings in seeds[:_SEEDS]:
        for position in postings:
            votes[(position - offset) // bucket] += 1
    # Insertions inside the quote shift later trigrams into the next bucket: count neighbours.
    merged = Counter({b: votes[b - 1] + votes[b] + votes[b + 1] for b in votes})
    windows = []
    slack = len(needle) // 2 + bucket
    taken: list[int] = []
    for b, _ in merged.most_common():
        if len(windows) >= _CANDIDATES:
            break
        if any(abs(b - t) <= 2 for t in taken):
            continue
        taken.append(b)
        start = max(0, b * bucket - slack)
        end = min(len(text.norm), b * bucket + len(needle) + slack)
        # Keep the window inside one pane: a quote never spans panes.
        home = text.pane_of(max(0, min(b * bucket, len(text.norm) - 1)))
        windows.append((max(start, text.starts[home]), min(end, text.ends[home])))
    return [(s, e) for s, e in windows if e > s]


def align(needle: str, window: str) -> tuple[int, int, float] | None:
    """The part of `window` that lines up with `needle`, and their similarity (difflib ratio)."""
    blocks = [
        b
        for b in SequenceMatcher(None, needle, window, autojunk=False).get_matching_blocks()
        if b.size
    ]
    core = [i for i, b in enumerate(blocks) if b.size >= 2]  # single chars alone are noise
    if not core:
        return None
    lo, hi = core[0], core[-1]
    # A single matching character right next to the core (e.g. a final 的 after an inserted
    # word) belongs to the quote: take it while its gap is no wider than the quote's gap.
    while lo > 0 and _near(blocks[lo - 1], blocks[lo]):
        lo -= 1
    while hi < len(blocks) - 1 and _near(blocks[hi], blocks[hi + 1]):
        hi += 1
    first, last = blocks[lo], blocks[hi]
    # Stretch to where the quote's first and last characters would be, in case they changed.
    start = max(0, first.b - first.a)
    end = min(len(window), last.b + last.size + (len(needle) - last.a - last.size))
    if end <= start:
        return None
    # The same formula as SequenceMatcher.ratio(), from blocks already found, without a rerun.
    matched = sum(b.size for b in blocks[lo : hi + 1])
    return start, end, 2.0 * matched / (len(needle) + end - start)


def _near(left, right) -> bool:
    gap_a = right.a - (left.a + left.size)
    gap_b = right.b - (left.b + left.size)
    return gap_b <= gap_a + 4 and gap_a <= gap_b + 4
