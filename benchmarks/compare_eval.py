"""Article alignment measured on the labelled version pairs in tests/data/version_pairs.tsv.

    .venv/bin/python benchmarks/compare_eval.py [LAWS_DIR]

For each pair of versions the real comparison runs (viewer.core.versions.comparison). Two scores:
- unchanged: every old article whose text (spacing ignored) occurs unchanged in the new version
  must be paired with an article of that text; reported as the share that are.
- changed: every old article whose text changed carries a label read by hand (the new article it
  became, several when a split or merge makes more than one answer right, '-' when it was
  removed). Precision = correct pairings / pairings made for labelled articles; recall =
  correct pairings / labelled articles that must pair (no '-' among their answers).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viewer.core.document.markdown_model import load_document  # noqa: E402
from viewer.core.versions.comparison import compare_documents  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "version_pairs.tsv"
LAWS = ROOT.parent / "shared" / "corpora" / "laws"


def read_pairs(path: Path = SAMPLE) -> dict[str, dict]:
    """{work: {"old": file, "new": file, "labels": {old address: (answers, note)}}}."""
    works: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, work, a, b, *rest = line.split("\t")
        if kind == "pair":
            works[work] = {"old": a, "new": b, "labels": {}}
        else:
            works[work]["labels"][a] = (b.split("|"), rest[0] if rest else "")
    return works


def score_pair(comparison, labels: dict) -> dict:
    counts = dict.fromkeys(("unchanged", "unchanged_ok", "made", "made_ok", "due", "due_ok"), 0)
    counts["errors"] = []
    new_keys = {p.new.key for p in comparison.pairs if p.new}
    for pair in comparison.pairs:
        if pair.old is None:
            continue
        if pair.old.key in new_keys:
            counts["unchanged"] += 1
            counts["unchanged_ok"] += bool(pair.new and pair.new.key == pair.old.key)
            continue
        if pair.old.address not in labels:
            counts["errors"].append(f"unlabelled {pair.old.address}")
            continue
        answers, _ = labels[pair.old.address]
        got = pair.new.address if pair.new else "-"
        right = got in answers
        if got != "-":
            counts["made"] += 1
            counts["made_ok"] += right
        if "-" not in answers:
            counts["due"] += 1
            counts["due_ok"] += right
        if not right:
            counts["errors"].append(f"{pair.old.address}: got {got}, expected {'|'.join(answers)}")
    return counts


def evaluate(laws: Path = LAWS, path: Path = SAMPLE) -> dict:
    totals: dict = {"pairs": 0, "unchanged": 0, "unchanged_ok": 0, "made": 0, "made_ok": 0}
    totals |= {"due": 0, "due_ok": 0, "errors": [], "seconds": 0.0}
    for work, spec in read_pairs(path).items():
        old, new = load_document(laws / spec["old"]), load_document(laws / spec["new"])
        started = time.perf_counter()
        comparison = compare_documents(old, new)
        totals["seconds"] += time.perf_counter() - started
        counts = score_pair(comparison, spec["labels"])
        totals["pairs"] += 1
        for key, value in counts.items():
            if key == "errors":
                totals["errors"].extend(f"{work} {e}" for e in value)
            else:
                totals[key] += value
    totals["unchanged_share"] = totals["unchanged_ok"] / max(totals["unchanged"], 1)
    totals["precision"] = totals["made_ok"] / max(totals["made"], 1)
    totals["recall"] = totals["due_ok"] / max(totals["due"], 1)
    return totals


def main() -> int:
    laws = Path(sys.argv[1]) if len(sys.argv) > 1 else LAWS
    result = evaluate(laws)
    print(f"version pairs: {result['pairs']}")
    print(f"unchanged articles paired: {result['unchanged_ok']}/{result['unchanged']}")
    print(f"changed articles: precision {result['made_ok']}/{result['made']}", end=" ")
    print(f"= {result['precision']:.3f}, recall {result['due_ok']}/{result['due']}", end=" ")
    print(f"= {result['recall']:.3f}")
    print(f"comparison time, all pairs: {result['seconds']:.2f} s")
    for error in result["errors"]:
        print("  miss:", error)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
