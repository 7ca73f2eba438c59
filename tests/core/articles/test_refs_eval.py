"""Reference resolution on the labelled sample meets its targets (docs/articles.md); 10–30 s."""

import importlib.util

import pytest

from tests.conftest import ROOT


@pytest.mark.slow
def test_labelled_sample_precision_and_recall(laws_dir):
    spec = importlib.util.spec_from_file_location("refs_eval", ROOT / "benchmarks" / "refs_eval.py")
    refs_eval = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(refs_eval)
    rows = refs_eval.read_sample()
    assert len(rows) >= 200
    scores = refs_eval.score(rows, refs_eval.predict(laws_dir, rows))
    for kind in ("internal", "external"):
        assert scores[kind]["precision"] >= 0.98, scores
        assert scores[kind]["recall"] >= 0.95, scores
