"""Hostile library folders: time to list (open), to index, to the first search, and to poll.

    .venv/bin/python benchmarks/hostile_folders.py [--laws 50] [--corpus DIR]

Builds, in a temporary folder, `--laws` laws (copied from ../shared/corpora/laws, or made up
when it is absent) plus every shape of issue 8 items 17-19 at once: links out of the folder,
named pipes with a .md name, names that are not UTF-8, a tree deeper than Python's recursion
limit, link loops and dangling links. The same laws alone are measured in the same run as
the baseline. A temporary data dir keeps the user's index untouched.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
LINKS_OUT, PIPES, ODD_NAMES, LOOPS, DEPTH = 1000, 200, 1000, 200, 1500
LAW = "# 第{i}号法\n\n## 第一章 总则\n\n第一条 经营者应当依法纳税，第{i}条。\n"


def add_laws(root: Path, count: int, corpus: Path) -> None:
    root.mkdir(parents=True)
    sources = sorted(corpus.glob("*.md"))[:count] if corpus.is_dir() else []
    for i in range(count):
        target = root / f"law{i:04d}.md"
        if i < len(sources):
            shutil.copyfile(sources[i], target)
        else:
            target.write_text(LAW.format(i=i), encoding="utf-8")


def add_hostile_shapes(root: Path, outside: Path) -> list[str]:
    """Everything at once; returns the deep tree's levels (removed bottom-up later)."""
    outside.mkdir()
    secret = outside / "passwd"
    secret.write_text("root:x:0:0:经营者\n", encoding="utf-8")
    links = root / "links"
    links.mkdir()
    for i in range(LINKS_OUT):
        (links / f"out{i}.md").symlink_to(secret)
    pipes = root / "pipes"
    pipes.mkdir()
    for i in range(PIPES):
        os.mkfifo(pipes / f"pipe{i}.md")
    odd = os.fsencode(root / "odd")
    os.mkdir(odd)
    for i in range(ODD_NAMES):
        with open(odd + b"/\xff%d\xfe.md" % i, "w", encoding="utf-8") as handle:
            handle.write(LAW.format(i=i))
    loops = root / "loops"
    loops.mkdir()
    for i in range(LOOPS):
        (loops / f"self{i}.md").symlink_to(loops / f"self{i}.md")
        (loops / f"gone{i}.md").symlink_to(loops / f"nowhere{i}.md")
    (loops / "up").symlink_to(root, target_is_directory=True)
    levels = [str(root / "deep")]
    os.mkdir(levels[0])
    for _ in range(DEPTH):
        levels.append(levels[-1] + "/d")
        os.mkdir(levels[-1])
    Path(levels[-1], "bottom.md").write_text(LAW.format(i="深处"), encoding="utf-8")
    return levels


def measure(root: Path, runs: int) -> dict[str, float]:
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.search import LibrarySearch

    times: dict[str, list[float]] = {"open": [], "poll": []}
    index = LibraryIndex(root)
    for _ in range(runs):
        started = time.perf_counter()
        entries = index.entries()
        times["open"].append(time.perf_counter() - started)
    started = time.perf_counter()
    report = index.update(procs=2)
    index_s = time.perf_counter() - started
    started = time.perf_counter()
    results = LibrarySearch(index).search("经营者")
    first_search_s = time.perf_counter() - started
    for _ in range(runs):
        started = time.perf_counter()
        index.changes()
        times["poll"].append(time.perf_counter() - started)
    return {
        "entries": len(entries),
        "skipped": len(report.skipped),
        "open_s": statistics.median(times["open"]),
        "index_s": index_s,
        "first_search_s": first_search_s,
        "documents_found": results.total_documents,
        "poll_s": statistics.median(times["poll"]),
    }


def remove(levels: list[str], work: Path) -> None:
    Path(levels[-1], "bottom.md").unlink()
    for level in reversed(levels):
        os.rmdir(level)  # shutil.rmtree recurses, and the tree is deeper than its limit
    shutil.rmtree(work)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laws", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpora" / "laws")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bv-hostile-"))
    os.environ["BRIEFING_VIEWER_DATA_DIR"] = str(work / "data")
    add_laws(work / "plain", args.laws, args.corpus)
    add_laws(work / "hostile", args.laws, args.corpus)
    levels = add_hostile_shapes(work / "hostile", work / "outside")
    try:
        rows = {name: measure(work / name, args.runs) for name in ("plain", "hostile")}
    finally:
        remove(levels, work)
    print(f"{platform.python_version()}, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M')}")
    print(f"shapes: {LINKS_OUT} links out, {PIPES} pipes, {ODD_NAMES} undecodable names,")
    print(f"        {LOOPS} self-loops + {LOOPS} dangling links + a folder loop, {DEPTH} deep")
    print("| folder | listed | skipped | open | index | first search | found | poll |")
    print("|---|---|---|---|---|---|---|---|")
    for name, row in rows.items():
        print(
            f"| {name} ({args.laws} laws) | {row['entries']:,} | {row['skipped']:,} "
            f"| {row['open_s'] * 1000:.0f} ms | {row['index_s']:.1f} s "
            f"| {row['first_search_s'] * 1000:.0f} ms | {row['documents_found']:,} "
            f"| {row['poll_s'] * 1000:.0f} ms |"
        )


if __name__ == "__main__":
    main()
