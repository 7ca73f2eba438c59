"""Library query latency at 1x and 4x the corpus, in one process, queries alternated.

    .venv/bin/python benchmarks/library_scaling.py --small DIR:DATA --large DIR:DATA [--runs 3]

Each side is a corpus folder and the data dir holding its built index (build them first, e.g.
with LibraryIndex(DIR).update() under BRIEFING_VIEWER_DATA_DIR=DATA; the 4x corpus: the laws
copied four times into sub-folders). The queries are library_compare.py's (the eval's subject
queries, the common pairs and the multi-word ANDs); every query runs on both sides one after the
other, ranking not cached, texts cached after a first pass (as library_compare's "app" row).
A file count with "+" is the first page's lower bound (`total_exact` false); the last column
times what makes it exact afterwards, off the critical path (`LibrarySearch.exact_total`,
where the tree has it), once per query after a fresh first page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from library_compare import p95, queries  # noqa: E402


def open_side(spec: str):
    from viewer.core.base import paths
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.location import library_index_dir
    from viewer.core.library.search import LibrarySearch

    corpus, data = spec.split(":", 1)
    paths.set_data_dir(Path(data))
    index = LibraryIndex(corpus, index_dir=library_index_dir(corpus))
    paths.set_data_dir(None)
    search = LibrarySearch(index)
    search.open()
    return search


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", required=True)
    parser.add_argument("--large", required=True)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    sides = {"1x": open_side(args.small), "4x": open_side(args.large)}
    for search in sides.values():  # first sight: texts read into the cache
        for query in queries():
            search.search(query, limit=20)
    times: dict[str, list[float]] = {name: [] for name in sides}
    per_query: dict[str, dict[str, float]] = {}
    for query in queries():
        for name, search in sides.items():
            spent = []
            for _ in range(args.runs):
                search.clear_cache()
                started = time.perf_counter()
                results = search.search(query, limit=20)
                spent.append((time.perf_counter() - started) * 1000)
            found = f"{results.total_documents}" + ("" if results.total_exact else "+")
            if not results.total_exact and hasattr(search, "exact_total"):
                started = time.perf_counter()
                exact = search.exact_total(query)
                found += f" → {exact} in {(time.perf_counter() - started) * 1000:.0f} ms"
            times[name].append(statistics.median(spent))
            per_query.setdefault(query, {})[name] = (statistics.median(spent), found)
    end = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"- {time.strftime('%Y-%m-%d %H:%M')} UTC, load average {load} -> {end}")
    print("| corpus | files | median ms | p95 ms |\n|---|---|---|---|")
    for name, search in sides.items():
        files = search.search("应当", limit=1).searched_documents
        median, tail = statistics.median(times[name]), p95(times[name])
        print(f"| {name} | {files} | {median:.1f} | {tail:.1f} |")
    print(f"- p95 ratio 4x / 1x: {p95(times['4x']) / p95(times['1x']):.2f}")
    print("\n| query | 1x ms (files) | 4x ms (files) |\n|---|---|---|")
    for query, row in per_query.items():
        cells = [f"{row[n][0]:.1f} ({row[n][1]})" for n in sides]
        print(f"| {query} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
