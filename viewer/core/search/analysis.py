"""The Whoosh analyzer for Chinese (and mixed) text: folded, CJK bigrams plus run-final unigrams.

Whoosh pickles the analyzer's class path into every index, so `BigramTokenizer` must stay here
under this name; any change to what it emits must bump ANALYZER_VERSION (analyzer_version.py),
part of the index key, so old indexes are rebuilt instead of silently disagreeing with queries.

Imports Whoosh: load this module only from search code, never on the app's startup path.
"""

from __future__ import annotations

from whoosh.analysis import Token, Tokenizer

from viewer.core.text.folding import fold
from viewer.core.text.tokens import index_token_fields


class BigramTokenizer(Tokenizer):
    """Folds the text and emits viewer.core.text.tokens.index_tokens as Whoosh tokens (through
    index_token_fields, the same tokens without a NamedTuple each)."""

    def __eq__(self, other):
        return type(self) is type(other)

    def __hash__(self):
        return hash(type(self).__name__)

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for text, pos, start, end in index_token_fields(fold(value)):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = text
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token

    def passage_texts(self, value: str, separator: str) -> list[list[str]]:
        """The token texts of each `separator`-delimited part of `value` (the library's
        posting format, passage_postings), folded once, without a Token object each."""
        return [[t[0] for t in index_token_fields(part)] for part in fold(value).split(separator)]


def bigram_analyzer() -> BigramTokenizer:
    return BigramTokenizer()
