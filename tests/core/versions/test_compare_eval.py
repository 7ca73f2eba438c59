"""Alignment quality on the labelled real version pairs (docs/versions.md); ~2 s."""

import importlib.util

from tests.conftest import ROOT


def _compare_eval():
    spec = importlib.util.spec_from_file_location(
        "compare_eval", ROOT / "benchmarks" / "compare_eval.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_labelled_pairs_unchanged_all_paired_changed_at_95_percent(laws_dir):
    compare_eval = _compare_eval()
    pairs = compare_eval.read_pairs()
    assert len(pairs) >= 10 and {"立法法", "民事诉讼法"} <= set(pairs)
    result = compare_eval.evaluate(laws_dir)
    assert result["unchanged"] > 600
    assert result["unchanged_ok"] == result["unchanged"]
    assert result["precision"] >= 0.95, result["errors"]
    assert result["recall"] >= 0.95, result["errors"]
    assert not [e for e in result["errors"] if "unlabelled" in e]
