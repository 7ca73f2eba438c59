"""The library index build (issue 9, target 5): wall, CPU-seconds, size and segments, one build.

    .venv/bin/python benchmarks/library_build.py [--corpus DIR] [--every N] [--times K]
                                                 [--data-dir DIR] [--profile]

Builds the index of the corpus (default: the laws; `--every 5`: every 5th file, copied to a
temporary folder; `--times 4`: the corpus copied K times into sub-folders, the scaling check)
from nothing, in a fresh process and data dir, exactly as the app does (`LibraryIndex.update()`).
Prints the load average before and after, wall seconds, CPU-seconds of the process and all its
children (parse workers, Whoosh's writer processes: the stable figure on a shared machine),
the Whoosh and total index size and the segment count. `--data-dir` keeps the built index there
(for library_scaling.py); `--profile` adds the build process's own top functions (cProfile;
the children's time is not in it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LAWS = ROOT.parent / "shared" / "corpora" / "laws"


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def build(corpus: str, profile: bool) -> dict:
    """Runs in the child: one build from nothing, timed."""
    from viewer.core.library import batch
    from viewer.core.library.index import LibraryIndex

    if os.environ.get("BATCHES"):  # a lever: commits per update
        batch.BATCHES = int(os.environ["BATCHES"])
    started = time.perf_counter()
    index = LibraryIndex(corpus)
    if profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        report = profiler.runcall(index.update)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    else:
        report = index.update()
    wall = time.perf_counter() - started
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    files = [f for f in index.dir.rglob("*") if f.is_file()]
    whoosh = [f for f in files if index.whoosh_dir in f.parents]
    ix = index.open_whoosh()
    segments = 0
    if ix is not None:
        with ix.reader() as reader:
            segments = len(reader.leaf_readers())
    return {
        "files": len(report.added),
        "failed": len(report.failed),
        "wall_s": wall,
        "cpu_s": own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime,
        "parent_cpu_s": own.ru_utime + own.ru_stime,
        "whoosh_mb": sum(f.stat().st_size for f in whoosh) / 1e6,
        "index_mb": sum(f.stat().st_size for f in files) / 1e6,
        "segments": segments,
        "child_rss_mb": kids.ru_maxrss / 1024,  # the largest child's
        "parent_rss_mb": own.ru_maxrss / 1024,
    }


def copy_corpus(source: Path, target: Path, every: int, times: int) -> None:
    for n, path in enumerate(sorted(source.rglob("*.md"))):
        if n % every:
            continue
        for k in range(times):
            where = target / f"copy{k}" if times > 1 else target
            dest = where / path.relative_to(source)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, dest)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(LAWS))
    parser.add_argument("--every", type=int, default=1, help="every Nth file only")
    parser.add_argument("--times", type=int, default=1, help="the corpus copied K times")
    parser.add_argument("--data-dir", help="keep the index here (default: a temporary dir)")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, profile = json.loads(args.child)
        print(json.dumps(build(corpus, profile)))
        return 0
    work = Path(tempfile.mkdtemp(prefix="library-build-"))
    try:
        corpus = Path(args.corpus)
        if args.every > 1 or args.times > 1:
            corpus = work / "corpus"
            copy_corpus(Path(args.corpus), corpus, args.every, args.times)
        data = Path(args.data_dir) if args.data_dir else work / "data"
        env = dict(os.environ, BRIEFING_VIEWER_DATA_DIR=str(data))
        before = load_average()
        command = [sys.executable, __file__, "--child", json.dumps([str(corpus), args.profile])]
        stderr = None if args.profile else subprocess.PIPE  # the profile goes to the terminal
        out = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True)
        if out.returncode:
            print(out.stderr, file=sys.stderr)
            return out.returncode
        r = json.loads(out.stdout.strip().splitlines()[-1]) if out.stdout else {}
        print(f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, {os.cpu_count()} cores")
        print(f"load average before {before}, after {load_average()}")
        print(f"files {r['files']} (failed {r['failed']}), every {args.every}, ×{args.times}")
        print(f"wall {r['wall_s']:.1f} s, CPU {r['cpu_s']:.1f} s (build process alone ", end="")
        print(f"{r['parent_cpu_s']:.1f} s)")
        print(f"peak RSS: the build process {r['parent_rss_mb']:.0f} MB, ", end="")
        print(f"its largest child {r['child_rss_mb']:.0f} MB")
        print(f"Whoosh {r['whoosh_mb']:.1f} MB in {r['segments']} segment(s), ", end="")
        print(f"index in all {r['index_mb']:.1f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
