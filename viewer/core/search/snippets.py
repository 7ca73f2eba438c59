"""Exact matching of a parsed query on passage text, match spans and highlighted snippets.

Whoosh's highlighters get Chinese offsets wrong (they light up bigram terms, so `6.43亿` also
marks every other 亿). Here each term is found as a substring of the folded text instead; folding
keeps lengths, so the spans are offsets into the reader's own text and the highlighted text is
always exactly what was typed (`[互联网+]`, `[6.43亿]`). These functions are also the final word
on whether a passage matches, which keeps hit counts equal to what Ctrl+F finds.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from viewer.core.search.query_parser import ParsedQuery, Term
from viewer.core.text.tokens import exact_pattern

Span = tuple[int, int]
DEFAULT_WIDTH = 120
_HTML_SPECIAL = re.compile("[&<>\"']")


def _as_is(text: str) -> str:
    return text


@lru_cache(maxsize=512)
def pattern_for(folded_term: str) -> re.Pattern[str]:
    """The compiled exact pattern of a folded term (cached: typing repeats terms)."""
    return exact_pattern(folded_term)


def term_spans(term: Term, folded_text: str) -> list[Span]:
    if not term.folded.strip():
        return []
    return [m.span() for m in pattern_for(term.folded).finditer(folded_text)]


def term_in(term: Term, folded_text: str) -> bool:
    return bool(term.folded.strip()) and pattern_for(term.folded).search(folded_text) is not None


def text_matches(query: ParsedQuery, folded_text: str) -> bool:
    """Does the text satisfy every clause? (Pane filters are checked by the caller.)"""
    for clause in query.clauses:
        if not any(term_in(t, folded_text) != t.negated for t in clause):
            return False
    return True


def match_spans(query: ParsedQuery, folded_text: str) -> list[Span]:
    """Sorted, merged spans of every positive term found in the text."""
    spans: list[Span] = []
    for term in query.positive_terms:
        spans += term_spans(term, folded_text)
    return merge_spans(spans)


def merge_spans(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def snippet(
    text: str,
    spans: list[Span],
    width: int = DEFAULT_WIDTH,
    open_tag: str = "<mark>",
    close_tag: str = "</mark>",
    escape: bool = True,
) -> str:
    """About `width` characters of `text` around the first match, every match inside wrapped in
    the tags; HTML-escaped unless `escape` is False; `…` where the text was cut."""
    start, end = _window(len(text), spans, width)
    # html.escape on every piece is most of a snippet's cost; Chinese prose rarely needs it
    quote = html.escape if escape and _HTML_SPECIAL.search(text, start, end) else _as_is
    out, cursor = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out += [quote(text[cursor:s]), open_tag, quote(text[s:e]), close_tag]
        cursor = e
    out.append(quote(text[cursor:end]))
    return ("…" if start > 0 else "") + "".join(out) + ("…" if end < len(text) else "")


def _window(length: int, spans: list[Span], width: int) -> Span:
    if length <= width:
        return 0, length
    first_start, first_end = spans[0] if spans else (0, 0)
    start = max(0, first_start - width // 3)
    end = min(length, max(start + width, first_end))
    start = max(0, min(start, end - width))
    for s, e in spans:  # never cut a highlight in half
        if s < end < e:
            end = e
    return start, end
