"""Cited-by on the laws library: build time, query time, and agreement with a plain text search.

    .venv/bin/python benchmarks/cited_by.py [LAWS_DIR] [--titles N]

Builds (or updates) the citation graph in a temporary data dir, then for N law titles drawn at
random (seed 11) among the titles cited somewhere in the corpus compares `cited-by` with the set
of documents whose text contains the title in 《》 (full 《中华人民共和国X法》 or short 《X法》),
and times the query (median and worst of 5 runs per title, graph built and opened).
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viewer.core.articles.cited_by import CitationGraph  # noqa: E402
from viewer.core.base import paths  # noqa: E402
from viewer.core.library.scan import scan_folder  # noqa: E402

COUNTRY = "中华人民共和国"


def truth(texts: dict[str, str], title: str) -> set[str]:
    """Files whose text has 《title》, full or short; a title's own inner 《》 may be written
    〈〉 or <> (《河南省实施〈矿产资源法〉办法》)."""
    short = title.replace(COUNTRY, "")
    names = {title, short, COUNTRY + short}
    forms = {
        "《" + name.translate(str.maketrans("《》〈〉<>", inner * 3)) + "》"
        for name in names
        for inner in ("《》", "〈〉", "<>")
    }
    return {rel for rel, text in texts.items() if any(f in text for f in forms)}


def main(root: Path, count: int) -> None:
    paths.set_data_dir(os.environ.get("BENCH_DATA_DIR") or tempfile.mkdtemp(prefix="citedby-"))
    started = time.perf_counter()
    graph = CitationGraph.open(root)
    read = graph.update()
    print(f"graph: {read} files read in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    graph.update()
    print(f"update with nothing changed: {(time.perf_counter() - started) * 1000:.0f} ms")
    texts = {
        e.rel_path: (root / e.rel_path).read_text("utf-8", "ignore") for e in scan_folder(root)
    }
    rows = graph.db.execute(
        "SELECT rel_path, title FROM files WHERE key IN (SELECT DISTINCT cited_key FROM cites)"
    ).fetchall()
    random.seed(11)
    sample = random.sample(sorted(rows), min(count, len(rows)))
    recalls, precisions, strict, times = [], [], [], []
    for rel, title in sample:
        expected = truth(texts, title)
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            found = {d["path"] for d in graph.cited_by(root / rel)}
            runs.append(time.perf_counter() - t0)
        times += runs
        bracketed = {d["path"] for d in graph.cited_by(root / rel, bracketed_only=True)}
        strict.append(len(bracketed & expected) / len(bracketed) if bracketed else 1.0)
        hit = len(found & expected)
        recalls.append(hit / len(expected) if expected else 1.0)
        precisions.append(hit / len(found) if found else 1.0)
        if bracketed != expected:
            print(f"  {title}: expected {len(expected)}, found {len(found)}, both {hit}")
            for extra in sorted(bracketed - expected)[:3]:
                print(f"     only graph: {extra}")
            for missing in sorted(expected - bracketed)[:3]:
                print(f"     only text:  {missing}")
    print(
        f"{len(sample)} titles: recall mean {statistics.mean(recalls):.1%} "
        f"(min {min(recalls):.1%}); precision of the 《》 citations {statistics.mean(strict):.1%} "
        f"(min {min(strict):.1%}); of all citations incl. bare names (公司法第十六条) "
        f"{statistics.mean(precisions):.1%} (min {min(precisions):.1%}); "
        f"query median {statistics.median(times) * 1000:.1f} ms, "
        f"max {max(times) * 1000:.1f} ms"
    )


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(sys.argv[sys.argv.index("--titles") + 1]) if "--titles" in sys.argv else 40
    if "--titles" in sys.argv:
        args.remove(str(n))
    main(Path(args[0] if args else "../shared/corpora/laws").resolve(), n)
