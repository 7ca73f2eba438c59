"""The library eval on ../shared/corpora/laws: builds the full index (~2.5 min on 2 cores)."""

from __future__ import annotations

import pytest

from tests.conftest import LAWS, shared_path
from viewer.core.library.index import LibraryIndex
from viewer.core.library.search import LibrarySearch
from viewer.core.search.query_parser import parse_query
from viewer.core.text.folding import fold

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def laws_search(tmp_path_factory):
    laws = shared_path(LAWS)  # module scope: laws_dir is per test, shared_path is the same check
    index = LibraryIndex(laws, index_dir=tmp_path_factory.mktemp("laws-index"))
    report = index.update()
    assert not report.failed, [(e.rel_path, e.error) for e in report.failed]
    search = LibrarySearch(index)
    search.open()
    return search


def eval_rows(eval_dir):
    for line in (eval_dir / "library_queries.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, expected = line.split("\t")[:2]
            yield query, expected


def test_expected_document_in_top_5(laws_search, eval_dir):
    misses = []
    for query, expected in eval_rows(eval_dir):
        top = [d.rel_path for d in laws_search.search(query, limit=5).documents]
        if not any(expected in path for path in top):
            misses.append((query, expected, top))
    assert not misses


def test_quoted_queries_match_substring_truth(laws_search, eval_dir):
    docs = {d.rel_path: d for d in laws_search.index.texts.all()}
    quoted = [q for q, _ in eval_rows(eval_dir) if q.startswith('"')] + ['"连接一切"', '"居住权"']
    for query in quoted:
        needle = fold(parse_query(query).positive_terms[0].text)
        truth = sorted(p for p, d in docs.items() if needle in d.folded + "\n" + fold(d.title))
        found = sorted(d.rel_path for d in laws_search.search(query, limit=10**6).documents)
        assert found == truth, query


def _sample_words(docs, count=60):
    """Deterministic CJK words of 1-5 characters taken from the corpus itself."""
    import re

    words, paths = [], sorted(docs)
    for n, path in enumerate(paths[:: max(1, len(paths) // count)]):
        runs = re.findall(r"[\u4e00-\u9fff]{6,}", docs[path].folded)
        if runs:
            run = runs[n % len(runs)]
            words.append(run[n % 3 : n % 3 + 1 + n % 5])
    return words


def test_totals_equal_substring_truth(laws_search, eval_dir):
    """total_documents is exact (and says so) for one-clause queries, common words included,
    or a lower bound (and says so) that exact_total then makes exact; a file matches when its
    text or its title holds the word (title_matches)."""
    docs = {d.rel_path: d for d in laws_search.index.texts.all()}
    queries = [q for q, _ in eval_rows(eval_dir)] + ["保险", "证券", "应当", "网", "uber", "6.43亿"]
    for query in queries + _sample_words(docs):
        needle = fold(parse_query(query).positive_terms[0].text)
        truth = {p for p, d in docs.items() if needle in d.folded + "\n" + fold(d.title)}
        results = laws_search.search(query, limit=5)
        assert results.total_documents <= len(truth) <= results.total_documents_max, query
        if not results.total_exact:
            assert laws_search.exact_total(query) == len(truth), query
        else:
            assert results.total_documents == len(truth), query
        assert {d.rel_path for d in results.documents} <= truth, query
