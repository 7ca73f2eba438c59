"""The decoded postings of the library's frequent terms, kept for one index generation.

Each Whoosh posting block is one pickle of (ids, weights, values) (zlib-compressed too in
indexes written before the library codec), and our values are the passage-number arrays: a
common word (应当 in 3,345 of the 3,476 laws) cost ~3 ms of decompressing and unpickling, plus
~1.5 ms of BM25 in Python, at every query that used it (and every keystroke extending it).
The index does not change between commits, so those are decoded once and kept here: the
terms' frequencies, passage values and BM25 scores. Rare terms are cheap to read and are not kept.

One cache belongs to one searcher (scoring.FieldStats), so a commit, which opens a new
searcher, starts an empty one. Bounded by an estimate of the bytes held, in proportion to the
library (`budget_for`); least recently used terms go first. Thread-safe (the GUI searches on
a worker).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field

BUDGET_BYTES = 24 * 1024 * 1024  # at least; the laws' (3,476 files) common terms fit in it
# and per document of the library: a common term's postings grow with the library, and at 4×
# the laws the 24 MB held under half of one AND's terms, so each query decoded them again
# (中华人民共和国 国务院 规定: 256 ms instead of 30)
BYTES_PER_DOCUMENT = 7 * 1024
MIN_DOCS = 100  # terms in fewer files are read from the index each time (< 0.2 ms)
# CPython's cost of one dict entry of int -> float or int -> bytes, key and value objects
# included (measured with tracemalloc: ~450 KB for a term in 2,000 files, values aside)
_PER_POSTING = 220


@dataclass
class TermPostings:
    freqs: dict[int, float]  # docnum -> term frequency (live documents only)
    values: dict[int, bytes]  # docnum -> the passages holding it (passage_postings)
    scores: dict[int, float] | None = None  # docnum -> BM25, filled when first asked for
    masks: dict[int, int] = field(default_factory=dict)  # docnum -> passage bits (passage_and)
    # for a one-word query (term_order): docnums best first, and those whose title holds the
    # term (that order's subsequence, and as a set); filled when first asked for
    order: list[int] | None = None
    titled: tuple[list[int], set[int]] | None = None
    bits: int | None = None  # the files holding it, as one int (bit n: docnum n)

    def file_bits(self) -> int:
        """The docnums as a bit set (passage_and intersects terms' files with it), made once."""
        if self.bits is None:
            docs = bytearray((max(self.freqs, default=0) >> 3) + 1)
            for n in self.freqs:
                docs[n >> 3] |= 1 << (n & 7)
            self.bits = int.from_bytes(docs, "little")
        return self.bits

    mask_bytes: int = 0  # the masks' bits, counted as they are made (passage_and)
    value_bytes: int | None = field(default=None, repr=False)  # counted once

    @property
    def cost(self) -> int:
        """An estimate of the bytes held, in constant time (it is asked again as it grows)."""
        if self.value_bytes is None:
            self.value_bytes = sum(map(len, self.values.values()))
        held = self.value_bytes + self.mask_bytes
        entries = len(self.freqs) * (3 if self.scores is not None else 2) + len(self.masks)
        if self.order is not None:  # a list slot; the ints are the dicts' own
            held += 8 * len(self.order) + 80 * len(self.titled[0] if self.titled else ())
        if self.bits is not None:
            held += self.bits.bit_length() // 8
        return held + _PER_POSTING * entries


def budget_for(documents: int) -> int:
    """The cache's budget for a library of `documents` files."""
    return max(BUDGET_BYTES, BYTES_PER_DOCUMENT * documents)


class PostingsCache:
    def __init__(self, budget: int | None = None, min_docs: int | None = None) -> None:
        self.budget = BUDGET_BYTES if budget is None else budget
        self.min_docs = MIN_DOCS if min_docs is None else min_docs
        self._terms: OrderedDict[str, TermPostings] = OrderedDict()
        self._costs: dict[str, int] = {}
        self._used = 0
        self._lock = threading.Lock()

    def get(self, text: str) -> TermPostings | None:
        with self._lock:
            found = self._terms.get(text)
            if found is not None:
                self._terms.move_to_end(text)
            return found

    def keep(self, text: str, postings: TermPostings) -> None:
        """Hold a frequent term's postings (or their scores, added later), within the budget."""
        if len(postings.freqs) < self.min_docs:
            return
        cost = postings.cost
        if cost > self.budget:
            return
        with self._lock:
            self._used += cost - self._costs.get(text, 0)
            self._terms[text], self._costs[text] = postings, cost
            self._terms.move_to_end(text)
            while self._used > self.budget:
                old, _ = self._terms.popitem(last=False)
                self._used -= self._costs.pop(old)

    @property
    def held_bytes(self) -> int:
        return self._used

    def __contains__(self, text: str) -> bool:
        return text in self._terms
