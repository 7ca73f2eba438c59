"""The library body's posting format: each file's term frequency plus the passages holding the term.

One Whoosh document per file keeps the build fast (a document per passage cost 3× the Whoosh
time), but an AND of words must hold in one passage. So each posting carries, beside the
frequency BM25 needs (the block's weight, as Whoosh's Frequency format), the sorted numbers of
the passages the term occurs in, and how often it occurs in each: an AND intersects those sets
straight from the postings, and only the passages left are checked against the text
(passage_and.py); a one-word query's counts bound each passage's matches, so only the passages
that can rank among a file's best are counted in the text (passages.PostedCounts).

The body a worker hands over is the passages joined with texts.SEPARATOR, so passage n here is
passage n of the text store. Whoosh pickles this class's path into the index: keep its name
and module, and bump location.LIBRARY_FORMAT if the encoding changes.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter, defaultdict
from itertools import repeat

from whoosh.formats import Format

from viewer.core.library.posted_counts import Posted
from viewer.core.library.texts import SEPARATOR

# value = one typecode byte + the passage numbers as a little-endian array ("H" while they fit)
# + one byte per passage: the term's occurrences there (255: 255 or more)
_NARROW, _WIDE = b"H", b"I"
_BIG_ENDIAN = sys.byteorder == "big"
_MOST = 255


def encode_passages(numbers: list[int], counts: list[int]) -> bytes:
    code = _NARROW if numbers[-1] < 1 << 16 else _WIDE
    packed = array(code.decode(), numbers)
    if _BIG_ENDIAN:
        packed.byteswap()
    return code + packed.tobytes() + bytes(map(min, counts, repeat(_MOST)))


def _numbers_end(value: bytes) -> int:
    width = 2 if value[:1] == _NARROW else 4
    return 1 + (len(value) - 1) // (width + 1) * width


def decode_passages(value: bytes) -> array:
    """The passage numbers of one posting, ascending."""
    packed = array(value[:1].decode())
    packed.frombytes(value[1 : _numbers_end(value)])
    if _BIG_ENDIAN:
        packed.byteswap()
    return packed


def decode_counts(value: bytes) -> bytes:
    """The term's occurrences in each of those passages (capped at 255), in the same order."""
    return value[_numbers_end(value) :]


def decode_posted(value: bytes) -> Posted:
    return Posted(decode_passages(value), decode_counts(value))


class PassageSets(Format):
    """Frequency and weight like whoosh.formats.Frequency; the value holds the passage numbers."""

    posting_size = -1  # variable-length values
    __inittypes__ = dict(field_boost=float)

    def word_values(self, value, analyzer, **kwargs):
        fb = self.field_boost
        freqs: Counter = Counter()
        where: defaultdict[str, list[int]] = defaultdict(list)
        times: defaultdict[str, list[int]] = defaultdict(list)
        for number, texts in enumerate(_passage_texts(analyzer, value)):
            freqs.update(texts)  # C-level counting (update() of a Counter is a Python loop)
            here = Counter(texts)
            for text, count in here.items():  # ascending passage numbers per term
                where[text].append(number)
                times[text].append(count)
        return (
            (text, freq, freq * fb, encode_passages(where[text], times[text]))
            for text, freq in freqs.items()
        )

    def decode_passages(self, value: bytes) -> array:
        return decode_passages(value)

    def decode_frequency(self, value: bytes) -> int:
        return len(decode_passages(value))  # a lower bound; scoring reads the block weights

    def decode_weight(self, value: bytes) -> float:
        return self.decode_frequency(value) * self.field_boost


def _passage_texts(analyzer, value: str):
    """Each passage's token texts: the bigram analyzer folds the body once and skips Token
    objects; any other analyzer runs per passage."""
    split = getattr(analyzer, "passage_texts", None)
    if split is not None:
        return split(value, SEPARATOR)
    return ([t.text for t in analyzer(p, mode="index")] for p in value.split(SEPARATOR))
