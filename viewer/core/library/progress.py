"""How far a library update has come, and how long the rest will take.

An update has two kinds of work: parsing (documents arrive one by one) and writing (a batch's
commit, seconds with no count moving). Both are measured in bytes, since file sizes differ
1000x (the laws: 1 KB to 1 MB), and weighted by the time each takes: `write_ratio` is the
seconds of writing per second of parsing, measured on the batches written so far (before the
first commit: WRITE_RATIO, measured on the laws). So the bar moves with each parsed file and
jumps by a batch's share when it is written, and the time left is the measured parsing rate
times the bytes left to parse, plus the writing that rate and ratio predict.

Before this, a parsed document counted 15% and its commit 85%: on the laws the first quarter
was parsed with the bar at 3%, and the time left (elapsed / share) said 2-60x too much.
"""

from __future__ import annotations

import time

from viewer.core.library import batch as batches

# Seconds of committing per second of parsing (on the same bytes), measured on a first index of
# the 3,476 laws (2 cores, 4 batches): see docs/benchmarks.md. Used until a batch is written.
WRITE_RATIO = 0.8


class Tally:
    """Progress of one update. A document is done once written; parsed, it is worth the share
    of its time that parsing takes (1 / (1 + write_ratio)). Batches are cut by bytes too, so
    commits come at an even pace."""

    def __init__(self, todo: list, commit_every: int, clock=time.monotonic) -> None:
        self.sizes = {e.rel_path: max(1, e.size) for e in todo}
        self.total, self.total_bytes = len(todo), sum(self.sizes.values())
        self.batch_docs = min(commit_every, max(batches.MIN_BATCH, self.total // batches.BATCHES))
        self.batch_bytes = max(batches.MIN_BATCH_BYTES, self.total_bytes // batches.BATCHES)
        self.seen = self.written = self.seen_bytes = self.written_bytes = 0
        self.clock = clock
        self._last = clock()  # the end of the last parse or commit
        self.parse_seconds = self.write_seconds = 0.0
        self._parse_seconds_written = 0.0  # parsing time of the bytes written so far

    def parsed(self, rel_path: str) -> None:
        now = self.clock()
        self.parse_seconds += now - self._last
        self._last = now
        self.seen += 1
        self.seen_bytes += self.sizes[rel_path]

    def batch_full(self) -> bool:
        if self.seen >= self.total:
            return False  # the last batch is committed by the caller
        pending = self.seen - self.written, self.seen_bytes - self.written_bytes
        return pending[0] >= self.batch_docs or pending[1] >= self.batch_bytes

    def committed(self) -> None:
        now = self.clock()
        self.write_seconds += now - self._last
        self._last = now
        self.written, self.written_bytes = self.seen, self.seen_bytes
        self._parse_seconds_written = self.parse_seconds

    def write_ratio(self) -> float:
        if self.written_bytes and self._parse_seconds_written > 0:
            return self.write_seconds / self._parse_seconds_written
        return WRITE_RATIO

    def share(self) -> float:
        """The part of the update's time done (0..1)."""
        ratio = self.write_ratio()
        work = self.seen_bytes + ratio * self.written_bytes
        return work / ((1 + ratio) * self.total_bytes) if self.total_bytes else 1.0

    def done(self) -> int:
        """The share as documents, for a bar counting to `total`; the total only once all
        is written."""
        if self.written >= self.total:
            return self.total
        return min(self.total - 1, int(self.share() * self.total))

    def eta(self) -> float | None:
        """Seconds left: the bytes left to parse at the rate measured so far, and the bytes
        left to write at that rate times the write ratio. None until 3 files are parsed."""
        if self.seen < 3 or self.parse_seconds <= 0:
            return None
        per_byte = self.parse_seconds / self.seen_bytes
        to_parse = self.total_bytes - self.seen_bytes
        to_write = self.total_bytes - self.written_bytes
        return per_byte * (to_parse + self.write_ratio() * to_write)
