"""Which passages of a stored document match a query exactly, and in what order to show them.

A passage matches when snippets.text_matches says so (the Ctrl+F rule) and its pane passes the
query's pane filters. Most queries are one clause of plain words (`保险`, `"经营者集中"`,
`红包 OR 彩礼`): then a passage matches exactly when one of the words occurs in it, and one scan
of the document's joined text finds them all. Other queries check each candidate passage.
"""

from __future__ import annotations

from viewer.core.folding import fold
from viewer.core.library_texts import DocText
from viewer.core.query_parser import ParsedQuery
from viewer.core.snippets import match_spans, term_in, text_matches


def is_simple(parsed: ParsedQuery) -> bool:
    """One clause of positive terms without white space, and no pane filters. (A term with
    white space could match across the separator between passages, \\x1f being white space.)"""
    if len(parsed.clauses) != 1 or parsed.panes or parsed.excluded_panes:
        return False
    return all(
        not t.negated and t.folded.strip() and not any(c.isspace() for c in t.folded)
        for t in parsed.clauses[0]
    )


def passage_matches(parsed: ParsedQuery, doc: DocText) -> dict[int, int]:
    """Matching passages of `doc` -> how many (merged) matches each holds; empty: no match."""
    counts: dict[int, int] = {}
    if is_simple(parsed):
        for start, _end in match_spans(parsed, doc.folded):
            index = doc.passage_at(start)
            counts[index] = counts.get(index, 0) + 1
        return counts
    for index in matching_passages(parsed, doc):
        start, end = doc.span(index)
        counts[index] = len(match_spans(parsed, doc.folded[start:end]))
    return counts


def best_passages(doc: DocText, counts: dict[int, int], limit: int) -> list[int]:
    """More matches first, then denser (shorter) passages, then reading order."""

    def rank(index: int):
        start, end = doc.span(index)
        return (-counts[index], (end - start) // 50, index)

    return sorted(counts, key=rank)[: max(0, limit)]


def matching_passages(parsed: ParsedQuery, doc: DocText) -> list[int]:
    """Indexes of the passages that match exactly, for any query. The whole file is checked
    first with a stop-at-first-match search per required word, so most non-matching files
    cost one regex scan."""
    positive = parsed.positive_terms
    if not all(term_in(t, doc.folded) for t in positive if _required(parsed, t)):
        return []
    candidates = set()
    for span in match_spans(parsed.with_clauses([[t] for t in positive]), doc.folded):
        candidates.add(doc.passage_at(span[0]))
    out = []
    for index in sorted(candidates):
        start, end = doc.span(index)
        if text_matches(parsed, doc.folded[start:end]) and _pane_ok(parsed, doc, index):
            out.append(index)
    return out


def _pane_ok(parsed: ParsedQuery, doc: DocText, index: int) -> bool:
    if not parsed.panes and not parsed.excluded_panes:
        return True
    pane_id = doc.info["meta"][index][1]
    names = fold(doc.pane_title(pane_id)) + "\n" + fold(pane_id)
    if parsed.panes and not any(n in names for n in parsed.panes):
        return False
    return not any(n in names for n in parsed.excluded_panes)


def _required(parsed: ParsedQuery, term) -> bool:
    """A positive term alone in its clause must occur in every matching file."""
    return any(clause == (term,) for clause in parsed.clauses)
