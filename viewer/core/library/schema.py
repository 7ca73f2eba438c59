"""The Whoosh schema of a library index: one document per file, keyed by its path,
with the passages each term occurs in (passage_postings)."""

from __future__ import annotations


def library_schema():
    from whoosh import fields

    from viewer.core.library.passage_postings import PassageSets
    from viewer.core.search.analysis import bigram_analyzer
    from viewer.core.search.query_builder import TEXT_FIELD

    # No positions: library queries are unordered Ands of bigrams whose hits the texts confirm.
    # Each posting holds the passages the term is in instead, for a passage-level AND.
    body = fields.TEXT(analyzer=bigram_analyzer(), phrase=False)
    body.format = PassageSets()
    return fields.Schema(path=fields.ID(stored=True, unique=True), **{TEXT_FIELD: body})
