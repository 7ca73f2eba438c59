"""A library while its first index runs: time to open, to the first search, and how honest the
progress estimate is.

    .venv/bin/python benchmarks/library_first_index.py [--sizes 90 439] [--full] [--query 经营者]

Each size is a temporary copy of the first N files of ../shared/corpora/laws (--full: the whole
corpus, in place), indexed from scratch in a spawned child (library_update_process, as the
window does) with a fresh data dir. The benchmark process plays the window: it opens the
library (index + file list), searches at once and then every second while the child indexes,
and records every progress report. Afterwards each report's "time left" is compared with the
time that really was left.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LAWS = ROOT.parent / "shared" / "corpora" / "laws"


def subset(count: int, into: Path) -> Path:
    files = sorted(p for p in LAWS.rglob("*.md") if p.name != "SOURCE.md")[:count]
    for path in files:
        target = into / path.relative_to(LAWS)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    return into


def run(folder: Path, query: str) -> dict:
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.search import LibrarySearch
    from viewer.core.library.update_process import UpdateProcess

    started = time.monotonic()
    index = LibraryIndex(folder)
    entries = index.entries()
    search = LibrarySearch(index)
    search.set_catalog(entries)  # as the window does
    opened = time.monotonic() - started
    reports, phases, done = [], [], threading.Event()

    def update() -> None:
        child = UpdateProcess(index)
        child.run(
            progress=lambda d, t, eta: reports.append((time.monotonic() - started, d, t, eta)),
            phase=lambda m: phases.append((time.monotonic() - started, m)),
        )
        done.set()

    threading.Thread(target=update, daemon=True).start()
    searches = []
    while not done.is_set():
        asked = time.monotonic()
        results = search.search(query, limit=50)
        searches.append(
            (
                asked - started,
                time.monotonic() - asked,
                results.searched_documents,
                results.total_documents,
            )
        )
        done.wait(1.0)
    finished = time.monotonic() - started
    final = search.search(query, limit=50)
    return {
        "files": len(entries),
        "opened": opened,
        "first_search": searches[0] if searches else None,
        "searches": searches,
        "finished": finished,
        "final_total": final.total_documents,
        "parsing_ended": next((t for t, m in phases if m.startswith("Writing")), None),
        "eta_errors": eta_errors(reports, finished),
    }


def eta_errors(reports, finished: float) -> dict:
    """At 25/50/75/90% of the run: the last estimate of the time left, and the truth."""
    out = {}
    for share in (0.25, 0.5, 0.75, 0.9):
        moment = finished * share
        before = [r for r in reports if r[0] <= moment and r[3] is not None]
        if before:
            at, _done, _total, eta = before[-1]
            out[share] = (eta - (moment - at), finished - moment)
    return out


def show(name: str, figures: dict) -> None:
    first = figures["first_search"]
    lat = [s[1] * 1000 for s in figures["searches"]]
    print(f"\n{name}: {figures['files']} files")
    print(f"  open (index object + file list): {figures['opened']:.2f} s")
    if first:
        print(
            f"  first search at {first[0]:.2f} s: {first[1] * 1000:.0f} ms, "
            f"{first[3]} documents found in {first[2]} searched"
        )
    if lat:
        print(
            f"  {len(lat)} searches during the index: median {statistics.median(lat):.0f} ms, "
            f"max {max(lat):.0f} ms"
        )
    coverage = [f"{s[0]:.0f}s:{s[2]}" for s in figures["searches"][:: max(1, len(lat) // 8)]]
    print(f"  searched documents over time: {' '.join(coverage)}")
    ended = figures["parsing_ended"]
    print(
        f"  first index {figures['finished']:.1f} s; last batch started at "
        f"{ended and round(ended, 1)} s (the last batch handed to the writer)"
    )
    for share, (said, truth) in figures["eta_errors"].items():
        print(f"  at {share:.0%}: estimate {said:.0f} s left, really {truth:.0f} s")
    print(f"  final search: {figures['final_total']} documents")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[90, 439])
    parser.add_argument("--full", action="store_true", help="also the whole laws corpus")
    parser.add_argument("--query", default="经营者")
    args = parser.parse_args()
    print(f"{platform.node()} · {os.cpu_count()} cores · load {os.getloadavg()[0]:.1f}")
    print(time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFING_VIEWER_DATA_DIR"] = str(Path(tmp) / "data")
        for size in args.sizes:
            show(f"{size} laws", run(subset(size, Path(tmp) / f"laws{size}"), args.query))
        if args.full:
            show("all laws", run(LAWS, args.query))
    print(f"load after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
