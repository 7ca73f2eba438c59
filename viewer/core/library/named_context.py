"""A document named in the query, with what its passages must hold: 个人信息保护法 敏感个人信息.

A law's text says 本法, so its name is in its title only: a query of the name and a topic word
found the files that cite both in one passage, never the law itself. When a clause is one plain
word that names titles (title_matches.NAMED), those files match where a passage holds the other
clauses; they go first, their hits those of the other clauses (the title stands for the name in
every passage), every word of the query highlighted where a passage holds it. Everything else
is the query's own ranking, unchanged.
"""

from __future__ import annotations

from dataclasses import replace

from viewer.core.library.passages import is_literal
from viewer.core.search.query_parser import ParsedQuery

NAMED_FILES = 16  # files a named clause may bring in (a name is one work and its versions)


def with_named_titles(ranker, parsed: ParsedQuery, allowed: set[int] | None, ranking):
    """`ranking` of `parsed`, led by the named files whose passages hold the other clauses."""
    index = ranker.title_index
    if index is None or len(parsed.clauses) < 2 or parsed.panes or parsed.excluded_panes:
        return ranking
    heads, seen = [], set()
    plain = replace(ranker, title_index=None)  # the named files' titles are known already
    for at, clause in enumerate(parsed.clauses):
        term = clause[0]
        if len(clause) != 1 or term.negated or not is_literal(term):
            continue
        named = [n for n in index.named(term.folded) if allowed is None or n in allowed]
        named = [n for n in named if n not in seen][:NAMED_FILES]
        if not named:
            continue
        seen.update(named)
        rest = parsed.with_clauses([c for i, c in enumerate(parsed.clauses) if i != at])
        within = set(named)
        sub = plain.and_ranking(rest, within) or plain.word_ranking(rest, within)
        heads += [(path, score, sub) for path, score in sub.page(0, len(named))]
    return NamedRanking(ranking, heads) if heads else ranking


class NamedRanking:
    """A Ranking (the parts LibrarySearch reads) with the named files first."""

    def __init__(self, main, heads: list) -> None:
        self._main, self.parsed = main, main.parsed
        self._heads = [(path, score) for path, score, _ in heads]
        self._subs = {path: sub for path, _, sub in heads}
        # a named file whose passages also hold the whole query is the main ranking's too
        self._also = sum(bool(main.counts(path)) for path in self._subs)

    def counts(self, path: str) -> dict[int, int]:
        return (self._subs.get(path) or self._main).counts(path)

    def page(self, offset: int, limit: int) -> list[tuple[str, float]]:
        wanted = offset + max(0, limit)
        shown = list(self._heads)
        if wanted > len(shown):
            more = self._main.page(0, wanted - len(shown) + len(self._heads))
            shown += [item for item in more if item[0] not in self._subs]
        return shown[offset:wanted]

    def refine(self, *args) -> bool:
        return self._main.refine(*args)

    @property
    def titled(self) -> frozenset[str]:
        return self._main.titled | frozenset(self._subs)

    @property
    def total_exact(self) -> bool:
        return self._main.total_exact

    @property
    def total(self) -> int:
        return self._main.total + len(self._heads) - self._also

    @property
    def total_max(self) -> int:
        return self._main.total_max + len(self._heads) - self._also
