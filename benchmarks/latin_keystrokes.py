"""Typing Latin letters and digits into a document's search, each prefix seen for the first time.

    .venv/bin/python benchmarks/latin_keystrokes.py [--before TREE] [--runs 3]

document_search.py warms the exact patterns before it times keystrokes; a reader does not:
each new prefix of `internet`, `O2O` or `6.43` is a term never seen, and its exact pattern is
compiled as it is typed. Here each prefix of a few such words is searched once in the briefing
(index built, a Chinese search made first), in a fresh process per run, this tree and
`--before` (e.g. `git archive REV | tar -x -C TREE`) alternately; the median and p95 of all
keystrokes are printed per tree.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = ["internet", "tencent", "o2o", "6.43", "uber", "wechat"]


def child(tree: str) -> None:
    sys.path.insert(0, tree)
    from viewer.core.document.markdown_model import load_document
    from viewer.core.search.engine import DocumentSearch

    document = load_document(ROOT / "briefing.md")
    times = []
    with tempfile.TemporaryDirectory() as root:
        search = DocumentSearch(document, index_root=Path(root))
        search.open()
        search.search("红包", limit=None)
        for word in WORDS:
            for end in range(1, len(word) + 1):
                started = time.perf_counter()
                search.search(word[:end], limit=None)
                times.append((time.perf_counter() - started) * 1000)
    print(json.dumps(times))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", help="an older tree of the app, timed alternately")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    trees = {"this tree": str(ROOT)}
    if args.before:
        trees["before"] = args.before
    times: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.runs):
        for name, tree in trees.items():
            out = subprocess.run(
                [sys.executable, __file__, "--child", tree], capture_output=True, text=True
            )
            times[name] += json.loads(out.stdout)
    print(f"{time.strftime('%Y-%m-%d %H:%M')} UTC, {args.runs} run(s), words {', '.join(WORDS)}")
    for name, values in times.items():
        values.sort()
        p95 = values[min(len(values) - 1, int(0.95 * len(values)))]
        print(
            f"{name}: {len(values)} keystrokes, median {statistics.median(values):.1f} ms, "
            f"p95 {p95:.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
