"""The Whoosh schema of a library index: one document per file, keyed by its path."""

from __future__ import annotations


def library_schema():
    from whoosh import fields

    from viewer.core.search.analysis import bigram_analyzer
    from viewer.core.search.query_builder import TEXT_FIELD

    # No positions (phrase=False): library queries are unordered Ands of bigrams whose hits the
    # texts confirm, so positions were written for nothing (see docs/benchmarks.md, build levers).
    return fields.Schema(
        path=fields.ID(stored=True, unique=True),
        **{TEXT_FIELD: fields.TEXT(analyzer=bigram_analyzer(), phrase=False)},
    )
