"""The Whoosh codec library indexes are written with: Whoosh's own (W3Codec), two levers set.

Most of a build's time is Whoosh finishing a segment, a few Python calls per term (120,000
terms per batch of the laws, most in one block of one or two postings) and per posting:
- no zlib: a block of a rare bigram is a few dozen bytes, which zlib barely shrinks but costs
  a call to compress when written and to decompress at every read;
- no per-posting length statistics (`length_stats`, a documented Codec attribute, off as in
  Whoosh's plaintext codec): filling them looks up the document's length for every posting.
  They only bound BM25 per block for Whoosh's block skipping, which then assumes length 0: a
  looser bound, the same scores (the lengths themselves are still stored per document).

Whoosh pickles the codec into the index's table of contents: keep this class's name and module,
and bump location.LIBRARY_FORMAT if what it writes changes.
"""

from __future__ import annotations

from whoosh.codec.whoosh3 import W3Codec


class LibraryCodec(W3Codec):
    length_stats = False

    def __init__(self, blocklimit: int = 128, compression: int = 0, inlinelimit: int = 1):
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)
