"""A library query's candidate files best first, from one open searcher's postings.

Two ways in: an AND of words is decided passage by passage from the postings (passage_and);
any other query takes Whoosh's candidates (ranking.candidate_query, scored straight from the
posting blocks: scoring.scores), or Whoosh's own search for what those cannot express. Either
way the order is the BM25 score boosted by the title (title_boost.boost_by_title) and the exact
check against the texts is left to ranking.Ranking, in that order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from viewer.core.library.named_context import with_named_titles
from viewer.core.library.passage_and import masked, passage_and, term_passages
from viewer.core.library.passages import is_literal
from viewer.core.library.ranking import Ranking, candidate_query, scores
from viewer.core.library.term_order import TermRanked
from viewer.core.library.title_boost import TITLE_BOOST, boost_by_title
from viewer.core.library.title_matches import TitleIndex, titles_first
from viewer.core.search.query_parser import ParsedQuery


@dataclass
class IndexRanker:
    """What one open searcher ranks with (LibrarySearch makes one per index generation)."""

    searcher: object  # whoosh Searcher
    stats: object  # scoring.FieldStats
    paths: Sequence  # docnum -> rel_path
    docnums: dict[str, int]  # rel_path -> docnum
    docnum_titles: dict = field(default_factory=dict)  # docnum -> folded title ("" if none)
    text: object = None  # rel_path -> texts.DocText | None
    title_index: TitleIndex | None = None  # the files' folded titles (title_matches)

    def rank(self, parsed: ParsedQuery, allowed: set[int] | None) -> Ranking:
        ranking = self.and_ranking(parsed, allowed) or self.word_ranking(parsed, allowed)
        return with_named_titles(self, parsed, allowed, ranking)

    def and_ranking(self, parsed: ParsedQuery, allowed: set[int] | None) -> Ranking | None:
        """An AND of words: files and passages from the postings (passage_and), else None."""
        found = None if self.stats.empty else passage_and(parsed, self.stats, allowed)
        if found is None:
            return None
        ranked = self.boosted(found.scores, parsed)
        ranked, titled = self.titles_first(parsed, ranked, found.scores, allowed)
        passages = masked(found.passages, self.docnums)
        kept = {"passages": passages, "decided": found.decided, "titled": titled}
        return Ranking(parsed, ranked, self.text, **kept)

    def word_ranking(self, parsed: ParsedQuery, allowed: set[int] | None) -> Ranking:
        """Every file the index proposes, as (rel_path, score) best first: the Whoosh score,
        × (1 + TITLE_BOOST × the share of the query's words found in the title)."""
        from viewer.core.search.query_builder import build_query

        if self.stats.empty:  # Whoosh's own BM25 would take log(0) too
            return Ranking(parsed, [], self.text)
        query = candidate_query(parsed, self.stats.doc_frequency)
        ranked = self.one_word(parsed, query, allowed)
        if ranked is not None:
            ranked, titled = self.titles_first(parsed, ranked, ranked.scores, allowed)
            posted = term_passages(parsed, self.stats, self.docnums)
            return Ranking(parsed, ranked, self.text, passages=posted, titled=titled)
        found = scores(query, self.stats, allowed) if query is not None else None
        if found is None:  # ranking.py checks what the index can't decide
            # negations stay with the passage check: a file may match in one passage and hold
            # the excluded word in another (and the index keeps no positions to be exact)
            positive = [c for c in parsed.clauses if not any(t.negated for t in c)]
            query = query or build_query(parsed.with_clauses(positive), positional=False)
            hits = self.searcher.search(query, limit=None, terms=False, filter=allowed)
            found = {docnum: score or 0.0 for score, docnum in hits.top_n}
        ranked = self.boosted(found, parsed)
        ranked, titled = self.titles_first(parsed, ranked, found, allowed)
        posted = term_passages(parsed, self.stats, self.docnums)  # one word: its passages
        return Ranking(parsed, ranked, self.text, passages=posted, titled=titled)

    def boosted(self, found: dict, parsed: ParsedQuery):
        """`found` best first, boosted where the title holds the words (title_boost)."""
        holding = self.title_index.holding if self.title_index is not None else None
        return boost_by_title(found, parsed, self.paths, self.docnum_titles, holding)

    def titles_first(self, parsed: ParsedQuery, ranked, scores: dict, allowed):
        """`ranked` with the files whose title holds the query first, and those files."""
        if self.title_index is None:
            return ranked, frozenset()
        index, paths, key_of = self.title_index, self.paths, self.docnums.get
        return titles_first(index, parsed, ranked, scores, paths, allowed, key_of)

    def one_word(self, parsed: ParsedQuery, query, allowed: set[int] | None) -> TermRanked | None:
        """A query of one plain word scored by one index term (its rarest): the term's kept
        order, merged with the files whose title holds the word (term_order); else None."""
        from whoosh import query as wq

        terms = parsed.clauses[0] if len(parsed.clauses) == 1 else ()
        if len(terms) != 1 or not isinstance(query, wq.Term) or not is_literal(terms[0]):
            return None
        word, unit = terms[0].folded, query.text
        if query.fieldname != self.stats.fieldname or unit not in word:
            return None
        titles = self.docnum_titles
        found = self.stats.ordered(unit, titles)
        holds = (lambda n: True) if word == unit else (lambda n: word in titles[n])
        factor = 1 + TITLE_BOOST  # boost_by_title's for a query of one word
        return TermRanked(
            found.scores, found.order, found.titled, holds, factor, self.paths, allowed
        )
