"""Memory of an open library, idle, at two library sizes: the app's window and the search core.

    .venv/bin/python benchmarks/library_memory.py --small DIR:DATA --large DIR:DATA
        [--before TREE [--before-small DIR:DATA2 --before-large DIR:DATA2]] [--runs 2]

Each side is a corpus folder and the data dir holding its built index (library_build.py
--corpus DIR --data-dir DATA builds one; the 4x corpus: the laws hard-linked four times into
sub-folders). For each side and tree:

- window: `python -m viewer --data-dir DATA DIR` offscreen, left alone; its resident memory
  once it has been steady (within 0.5 MB) for 8 s: the list shown, the version families read,
  the update check done, nothing typed;
- core: a process that opens the searcher (LibraryIndex + LibrarySearch.open), as the CLI does.

The growth per file between the sides is what "flat in library size" is about. --before TREE
(e.g. `git archive REV | tar -x -C TREE`) runs an older tree of the app alternately with this
one, so that both see the same machine. Trees before 2026-12-02 cannot read the file list this
one writes (a header, then a line per file) and would rebuild the index: give them copies of
the data dirs made before this tree first wrote to them (--before-small, --before-large).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
STEADY_S, STEADY_MB, LIMIT_S = 8.0, 0.5, 120.0
CORE = """
import sys
sys.path.insert(0, sys.argv[1])
from viewer.core.base import paths
from pathlib import Path
paths.set_data_dir(Path(sys.argv[3]))
from viewer.core.library.index import LibraryIndex
from viewer.core.library.search import LibrarySearch
LibrarySearch(LibraryIndex(sys.argv[2])).open()
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        print(int(line.split()[1]) / 1024)
"""
WINDOW = """
import sys
sys.path.insert(0, sys.argv.pop(1))
from viewer.cli.main import main
main()
"""


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def window_idle_mb(tree: Path, corpus: str, data: str) -> float:
    """The window's resident memory once steady; raises if it never settles."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-c", WINDOW, str(tree), "--data-dir", data, corpus]
    process = subprocess.Popen(
        command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    started, last, since = time.monotonic(), -1.0, time.monotonic()
    try:
        while time.monotonic() - started < LIMIT_S:
            time.sleep(0.5)
            now = rss_mb(process.pid)
            if now is None:
                raise RuntimeError(f"the window exited ({process.poll()})")
            if abs(now - last) > STEADY_MB:
                last, since = now, time.monotonic()
            elif time.monotonic() - since >= STEADY_S:
                return now
        raise RuntimeError("the window's memory never settled")
    finally:
        process.kill()
        process.wait()


def core_idle_mb(tree: Path, corpus: str, data: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", CORE, str(tree), corpus, data],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.split()[-1])


def file_count(corpus: str, data: str) -> int:
    from viewer.core.base import paths
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.location import library_index_dir

    paths.set_data_dir(Path(data))
    try:
        return len(LibraryIndex(corpus, index_dir=library_index_dir(corpus)).catalogue())
    finally:
        paths.set_data_dir(None)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", required=True, help="CORPUS:DATA, e.g. the laws")
    parser.add_argument("--large", required=True, help="CORPUS:DATA, e.g. the laws four times")
    parser.add_argument("--before", help="an older tree of the app, measured alternately")
    parser.add_argument("--before-small", help="CORPUS:DATA for the older tree")
    parser.add_argument("--before-large", help="CORPUS:DATA for the older tree")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    trees = {"this tree": ROOT}
    if args.before:
        trees["before"] = Path(args.before).resolve()
    sides = {"small": args.small.split(":", 1), "large": args.large.split(":", 1)}
    sides_of = {"this tree": sides, "before": sides}
    if args.before_small and args.before_large:
        given = {"small": args.before_small, "large": args.before_large}
        sides_of["before"] = {side: spec.split(":", 1) for side, spec in given.items()}
    files = {side: file_count(corpus, data) for side, (corpus, data) in sides.items()}
    found: dict[tuple, list[float]] = {}
    for _ in range(args.runs):
        for name, tree in trees.items():
            for side, (corpus, data) in sides_of[name].items():
                window = window_idle_mb(tree, corpus, data)
                found.setdefault((name, side, "window"), []).append(window)
                found.setdefault((name, side, "core"), []).append(core_idle_mb(tree, corpus, data))
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"{time.strftime('%Y-%m-%d %H:%M')} UTC, load {load}, medians of {args.runs} runs")
    print(f"files: small {files['small']:,}, large {files['large']:,}")
    extra = max(1, files["large"] - files["small"])
    for name in trees:
        for what in ("window", "core"):
            small = statistics.median(found[(name, "small", what)])
            large = statistics.median(found[(name, "large", what)])
            per_file = (large - small) * 1024 * 1024 / extra
            print(
                f"{name}, {what}: {small:.0f} MB small, {large:.0f} MB large, "
                f"ratio {large / small:.2f}, {per_file / 1024:.1f} KB per added file"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
