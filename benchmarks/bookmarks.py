"""Benchmark: re-anchor 1,000 bookmarks on a changed copy of the largest law.

    .venv/bin/python benchmarks/bookmarks.py [--laws DIR] [--count 1000] [--seed 7] [--repeat 5]

Quotes of 20-120 characters are sampled from the panes of the largest Markdown file under the
laws corpus. The changed copy gets new paragraphs inserted, a few paragraphs deleted, words
changed and punctuation switched between full and half width. The same bookmarks resolved on
the unchanged document give the baseline (the fast path) in the same run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from viewer.core.bookmarks.anchoring import anchor_for_range, resolve_all
from viewer.core.document.markdown_model import load_document, parse_document

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LAWS = ROOT.parent / "shared" / "corpora" / "laws"


def sample_anchors(document, count: int, rng: random.Random):
    panes = [p for p in document.panes if len(p.text) > 200]
    weights = [len(p.text) for p in panes]
    anchors = []
    while len(anchors) < count:
        pane = rng.choices(panes, weights)[0]
        length = rng.randint(20, 120)
        start = rng.randrange(0, len(pane.text) - length)
        if pane.text[start : start + length].strip():
            anchors.append(anchor_for_range(document, pane.id, start, start + length))
    return anchors


def change(source: str, rng: random.Random) -> tuple[str, Counter]:
    """Edit the Markdown source the way a new version of a law differs from the old one."""
    stats: Counter = Counter()
    paragraphs = source.split("\n\n")
    out = []
    for i, para in enumerate(paragraphs):
        heading = para.lstrip().startswith("#")
        roll = rng.random()
        if i > 5 and not heading and roll < 0.01:
            stats["deleted paragraphs"] += 1
            continue
        if not heading and roll < 0.08 and len(para) > 30:
            k = rng.randrange(5, len(para) - 5)
            para = para[:k] + rng.choice("依法律规定应当予以及时") * 2 + para[k + 2 :]
            stats["changed words"] += 1
        if not heading and rng.random() < 0.15:
            para = para.replace("，", ",").replace("；", ";").replace("：", ":")
            stats["width-changed paragraphs"] += 1
        if rng.random() < 0.05:
            out.append(f"（新增）第{i}段插入的新条文：本条为修订时增加的内容，用于测试。")
            stats["inserted paragraphs"] += 1
        out.append(para)
    return "\n\n".join(out), stats


def timed(anchors, document, repeat: int) -> tuple[float, Counter]:
    """Median wall time of `repeat` full runs (each builds its own DocumentText and index)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        results = resolve_all(anchors, document)
        times.append(time.perf_counter() - started)
    return statistics.median(times), Counter(r.status for r in results)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--laws", type=Path, default=DEFAULT_LAWS)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (median)")
    args = parser.parse_args(argv)
    if not args.laws.is_dir():
        print(f"{args.laws} is absent; nothing to benchmark", file=sys.stderr)
        return 1
    largest = max(args.laws.rglob("*.md"), key=lambda p: p.stat().st_size)
    rng = random.Random(args.seed)
    original = load_document(largest)
    source = largest.read_text(encoding="utf-8")
    anchors = sample_anchors(original, args.count, rng)
    changed_source, edits = change(source, rng)
    changed = parse_document(changed_source, path=largest)

    baseline, base_counts = timed(anchors, original, args.repeat)
    elapsed, counts = timed(anchors, changed, args.repeat)
    print(f"document: {largest.relative_to(args.laws)} ({largest.stat().st_size:,} bytes)")
    print(f"edits: {dict(edits)}")
    print(f"bookmarks: {len(anchors)}")
    print(f"median of {args.repeat} runs")
    print(f"unchanged document: {baseline * 1000:.1f} ms  {dict(base_counts)}")
    print(f"changed copy:       {elapsed * 1000:.1f} ms  {dict(counts)}")
    print(f"ratio changed/unchanged: {elapsed / baseline:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
