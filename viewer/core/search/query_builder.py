"""ParsedQuery -> Whoosh query over the bigram fields of viewer.core.search.index.

Each term becomes a Sequence of sub-queries at adjacent positions, mirroring how
text_tokens.index_tokens indexes text: CJK bigrams, the run-final unigram where another unit
follows inside the term, and a Prefix on a lone last character (it matches the bigram that starts
with it or the unigram). That makes a CJK term a substring match, not "all bigrams somewhere".
The index cannot see separators (`互联网 +` and `互联网+` index alike), so the result is a
superset that snippets.text_matches narrows to exact hits; a negation is only given to Whoosh
when it is a single unit, where the index is exact, so no true hit is ever dropped.

Imports Whoosh: for search code only.
"""

from __future__ import annotations

from whoosh import query as wq

from viewer.core.search.query_parser import ParsedQuery, Term
from viewer.core.text.tokens import Unit, covered_by_units, units

TEXT_FIELD = "text"


def term_query(term: Term, fieldname: str = TEXT_FIELD, positional: bool = True) -> wq.Query | None:
    """Sequence query for one term (an And of the same parts when not `positional`: cheaper,
    a looser superset), or None when the term has no indexable unit (`，`, `“`)."""
    subs = term_parts(term, fieldname)
    if not subs:
        return None
    if len(subs) == 1:
        return subs[0]
    return wq.Sequence(subs) if positional else wq.And(subs)


def term_parts(term: Term, fieldname: str = TEXT_FIELD) -> list[wq.Query]:
    """The Term and Prefix queries a term's text is indexed as, in order."""
    parts = list(units(term.folded))
    subs: list[wq.Query] = []
    for i, unit in enumerate(parts):
        subs += _unit_queries(unit, i + 1 < len(parts), fieldname)
    return subs


def _unit_queries(unit: Unit, followed: bool, fieldname: str) -> list[wq.Query]:
    if unit.kind != "cjk":
        return [wq.Term(fieldname, unit.text)]
    run = unit.text
    if len(run) == 1:
        return [wq.Term(fieldname, run) if followed else wq.Prefix(fieldname, run)]
    subs: list[wq.Query] = [wq.Term(fieldname, run[i : i + 2]) for i in range(len(run) - 1)]
    if followed:  # the run ends before the next unit, so the index holds its last char alone
        subs.append(wq.Term(fieldname, run[-1]))
    return subs


def index_is_exact_for(term: Term) -> bool:
    """True when the index alone decides whether the text contains the term."""
    return covered_by_units(term.folded) and len(list(units(term.folded))) == 1


def build_query(
    parsed: ParsedQuery,
    pane_filter: wq.Query | None = None,
    excluded_panes: wq.Query | None = None,
    fieldname: str = TEXT_FIELD,
    positional: bool = True,
) -> wq.Query:
    """A query whose hits include every passage that exactly matches `parsed`. `positional`
    False trades a looser candidate set (more for the exact check to drop) for speed."""
    musts: list[wq.Query] = []
    for clause in parsed.clauses:
        options = [_clause_option(t, fieldname, positional) for t in clause]
        if any(o is None for o in options):  # something the index cannot narrow: keep all
            continue
        musts.append(options[0] if len(options) == 1 else wq.Or(options))
    if pane_filter is not None:
        musts.append(pane_filter)
    query: wq.Query = wq.And(musts) if len(musts) > 1 else (musts[0] if musts else wq.Every())
    if excluded_panes is not None:
        query = wq.AndNot(query, excluded_panes)
    return query


def _clause_option(term: Term, fieldname: str, positional: bool) -> wq.Query | None:
    if not term.negated:
        return term_query(term, fieldname, positional)
    if not index_is_exact_for(term):
        return None
    inner = term_query(term, fieldname, positional=True)  # exact, or the negation drops hits
    return wq.Not(inner) if inner is not None else None


def boost_query(parsed: ParsedQuery, fieldnames: tuple[str, ...]) -> wq.Query | None:
    """Optional scoring clause: positive terms found in heading/title fields (unordered: it
    only adds score, so the cheaper And is enough)."""
    subs = [
        q
        for term in parsed.positive_terms
        for name in fieldnames
        if (q := term_query(term, name, positional=False)) is not None
    ]
    return wq.Or(subs) if subs else None


def ranking_query(
    parsed: ParsedQuery, doc_frequency, heading_field: str, heading_boost: float
) -> wq.Query | None:
    """A query that only scores passages already known to match (an exact scan decided them):
    per positive term, its rarest indexed unit (`doc_frequency(field, text)`), in the text and
    boosted in the heading. One posting list per term instead of an AND of them all ranks
    almost alike for a fraction of the cost. A lone character is indexed only as the prefix of
    many bigrams, so it is left out (None when nothing is left)."""
    subs: list[wq.Query] = []
    for term in parsed.positive_terms:
        exact = [q.text for q in term_parts(term) if isinstance(q, wq.Term)]
        if exact:
            rarest = min(exact, key=lambda text: doc_frequency(TEXT_FIELD, text))
            subs.append(wq.Term(TEXT_FIELD, rarest))
            subs.append(wq.Term(heading_field, rarest, boost=heading_boost))
    return wq.Or(subs) if subs else None


def pane_filter_query(pane_ids: set[str], pane_titles: set[str]) -> wq.Query:
    subs = [wq.Term("pane_id", p) for p in sorted(pane_ids)]
    subs += [wq.Term("pane_title", t) for t in sorted(pane_titles)]
    return wq.Or(subs) if subs else wq.NullQuery
