"""Every query of ../shared/eval/briefing_queries.tsv finds its passage in the top 10."""

from __future__ import annotations

import pytest

from tests.conftest import BRIEFING
from viewer.core.document.markdown_model import load_document
from viewer.core.search.engine import DocumentSearch

TOP = 10


def _eval_rows(eval_dir) -> list[tuple[str, str]]:
    rows = []
    for line in (eval_dir / "briefing_queries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        query, expected, *_ = line.split("\t")
        rows.append((query, expected))
    return rows


def test_eval_queries_find_their_passage_in_the_top_10(eval_dir, tmp_path):
    search = DocumentSearch(load_document(BRIEFING), index_root=tmp_path)
    rows = _eval_rows(eval_dir)
    assert rows
    misses = []
    for query, expected in rows:
        hits = search.search(query, limit=TOP).hits
        if not any(expected in hit.text for hit in hits):
            misses.append(f"{query!r}: {[h.text[:30] for h in hits]}")
    if misses:
        pytest.fail("not in the top 10:\n" + "\n".join(misses))
