"""How folded text splits into searchable units; shared by the index analyzer, the query builder
and the exact matcher so that all three agree on what a "word" is.

Units of already folded text (see viewer.core.text.folding):
- a CJK run (Han, kana, hangul): matched character by character, indexed as overlapping bigrams;
- a word: letters/digits of any other script, with decimals kept whole (`6.43`, `2.18`);
- a symbol that carries meaning in policy text (`+` in `互联网+`, `%`, `#`, `&`, `@`);
- everything else (spaces, punctuation, quotes) is a separator and yields no unit.

Plain Python, no Whoosh: the UI may import this before the search engine is loaded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

# Han (incl. extensions and compatibility forms), 々〇, kana, bopomofo, hangul.
_CJK = (
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u309f\u30a1-\u30ff\u3100-\u312f"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f"
)
_WORD = rf"[^\W_{_CJK}]"  # a letter or digit that is not CJK
SYMBOLS = "+#%&@"
_UNITS = re.compile(
    rf"(?P<cjk>[{_CJK}]+)|(?P<word>{_WORD}+(?:(?<=\d)\.(?=\d){_WORD}+)*)|(?P<sym>[{re.escape(SYMBOLS)}])"
)
# the CJK ranges' bounds, sorted: a code point is CJK when bisect_right gives an odd index
_CJK_BOUNDS = tuple(
    bound for low, high in re.findall(r"(.)-(.)", _CJK) for bound in (ord(low), ord(high) + 1)
)
_SPACE = re.compile(r"\s+")


class Unit(NamedTuple):
    text: str
    kind: str  # "cjk", "word" or "sym"
    start: int
    end: int


class IndexToken(NamedTuple):
    text: str
    pos: int
    start: int
    end: int


def units(folded: str) -> Iterator[Unit]:
    for m in _UNITS.finditer(folded):
        yield Unit(m.group(), m.lastgroup or "", m.start(), m.end())


def index_tokens(folded: str) -> Iterator[IndexToken]:
    """One token per CJK character (its bigram with the next character, or the character alone
    at the end of a run) and one per word or symbol; positions count tokens, so a phrase is a
    run of adjacent positions even across separators."""
    pos = 0
    for unit in units(folded):
        if unit.kind != "cjk":
            yield IndexToken(unit.text, pos, unit.start, unit.end)
            pos += 1
            continue
        run, base = unit.text, unit.start
        for i in range(len(run)):
            yield IndexToken(run[i : i + 2], pos, base + i, base + min(i + 2, len(run)))
            pos += 1


def index_token_fields(folded: str) -> Iterator[tuple[str, int, int, int]]:
    """index_tokens as plain (text, pos, start, end) tuples, ~4x cheaper: the index writer's
    loop over 20 M characters. Must stay token for token identical to index_tokens."""
    pos = 0
    for match in _UNITS.finditer(folded):
        text, start = match.group(), match.start()
        if match.lastgroup != "cjk":
            yield text, pos, start, match.end()
            pos += 1
            continue
        last = len(text) - 1
        for i in range(last):
            yield text[i : i + 2], pos + i, start + i, start + i + 2
        yield text[last], pos + last, start + last, start + last + 1
        pos += last + 1


def is_word_char(char: str) -> bool:
    """A letter or digit that is not CJK: str.isalnum is re's \\w less the underscore, and
    the CJK test a bisection of its ranges (a regex class of them takes ~6 ms to compile)."""
    return char.isalnum() and bisect_right(_CJK_BOUNDS, ord(char)) % 2 == 0


def has_units(folded: str) -> bool:
    return _UNITS.search(folded) is not None


def covered_by_units(folded: str) -> bool:
    """True when the text is nothing but units back to back (no separators): then the index
    alone decides a match exactly, with no need to look at the text."""
    return bool(folded) and _UNITS.sub("", folded) == ""


def exact_pattern(folded_term: str):
    """Finds `folded_term` in folded text the way Ctrl+F does, except that a word at either
    end must not continue (`uber` does not match inside `ubers`, `6.4` not in `6.43`). Runs of
    white space in the term match any white space. A compiled regex, or for a term with a word
    at an end a WordBounded over one (same `search` and `finditer`, same matches)."""
    parts = [re.escape(p) for p in _SPACE.split(folded_term.strip())]
    body = re.compile(r"\s+".join(parts))
    head, tail = folded_term.strip()[:1], folded_term.strip()[-1:]
    bounded_head = bool(head) and is_word_char(head)
    bounded_tail = bool(tail) and is_word_char(tail)
    if not (bounded_head or bounded_tail):
        return body
    return WordBounded(body, bounded_head, head.isdigit(), bounded_tail, tail.isdigit())


class WordBounded:
    """A regex whose matches must not continue a word at a bounded end, checked in Python at
    each candidate: the lookarounds this replaces held the CJK class, ~6 ms to compile for
    every new term typed (`6`, `6.`, `6.4`...). Candidates are tried at every start in turn,
    as the regex engine would, so the matches are the lookaround pattern's."""

    def __init__(self, body, head: bool, head_digit: bool, tail: bool, tail_digit: bool):
        self.body, self.pattern = body, body.pattern
        self._head, self._head_digit = head, head_digit
        self._tail, self._tail_digit = tail, tail_digit

    def _fits(self, text: str, start: int, end: int) -> bool:
        if self._head and start:
            before = text[start - 1]
            if is_word_char(before):
                return False
            if self._head_digit and before == "." and text[start - 2 : start - 1].isdecimal():
                return False  # 4 is not a match in 6.4 (re's \d: a decimal digit)
        if self._tail and end < len(text):
            after = text[end]
            if is_word_char(after):
                return False
            if self._tail_digit and after == "." and text[end + 1 : end + 2].isdecimal():
                return False  # nor 6 in 6.4
        return True

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        at, search = 0, self.body.search
        while (found := search(text, at)) is not None:
            start, end = found.span()
            if self._fits(text, start, end):
                yield found
                at = end if end > start else end + 1
            else:
                at = start + 1

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)
