"""What each of Whoosh's levers saves on a library build: wall and CPU-seconds, one run each.

    .venv/bin/python benchmarks/library_build_levers.py [--corpus DIR] [--every 10] [--quick]

Builds every `--every`-th file of the corpus (default: a tenth of the laws) once per variant,
each in a fresh process and data dir, the variants alternated in one run so load changes hit
them alike. CPU-seconds (the process and its children: parse workers, Whoosh's writer
processes) are the stable figure on a shared machine; wall time follows the load.
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
# name -> (postings, procs, limitmb, multisegment); postings: "passages" (the app's format,
# passage_postings), "frequency" (the previous round's: no passage sets), "positions"
VARIANTS = {
    "app (passage sets, procs=2, multisegment, 128 MB)": ("passages", 2, 128, True),
    "frequency only (last round's app: no passage sets)": ("frequency", 2, 128, True),
    "with positions (two rounds ago)": ("positions", 2, 128, True),
    "procs=1": ("passages", 1, 128, False),
    "procs=2 without multisegment (merged at the end)": ("passages", 2, 128, False),
}
QUICK = ("app (passage sets, procs=2, multisegment, 128 MB)",)
QUICK += ("frequency only (last round's app: no passage sets)",)


def child(corpus: str, postings: str, procs: int, limitmb: int, multisegment: bool) -> dict:
    from whoosh import fields

    from viewer.core.library import batch as library_batch
    from viewer.core.library import index as library_index
    from viewer.core.search.analysis import bigram_analyzer
    from viewer.core.search.query_builder import TEXT_FIELD

    def schema():
        text = fields.TEXT(analyzer=bigram_analyzer(), phrase=postings == "positions")
        return fields.Schema(path=fields.ID(stored=True, unique=True), **{TEXT_FIELD: text})

    if postings != "passages":
        library_index.library_schema = schema
    library_batch.WRITER_LIMIT_MB = limitmb
    if not multisegment:  # the same writer, merging its segments into one at the commit
        original = library_batch.IndexBatch._new_writer

        def merged(self):
            if self.big:
                return self.ix.writer(procs=self.procs, limitmb=limitmb, compound=False)
            return original(self)

        library_batch.IndexBatch._new_writer = merged
    started = time.perf_counter()
    index = library_index.LibraryIndex(corpus)
    report = index.update(procs=procs, commit_every=10**6)
    wall = time.perf_counter() - started
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    size = sum(f.stat().st_size for f in index.whoosh_dir.rglob("*") if f.is_file())
    return {"files": len(report.added), "wall_s": wall, "cpu_s": cpu, "whoosh_mb": size / 1e6}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(LAWS))
    parser.add_argument("--every", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="the app and last round's only")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, *options = json.loads(args.child)
        print(json.dumps(child(corpus, *options)))
        return 0
    work = Path(tempfile.mkdtemp(prefix="levers-"))
    try:
        subset = work / "corpus"
        for n, path in enumerate(sorted(Path(args.corpus).rglob("*.md"))):
            if n % args.every == 0:
                target = subset / path.relative_to(args.corpus)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(path, target)
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        print(f"{time.strftime('%Y-%m-%d %H:%M')} UTC, {os.cpu_count()} cores, load {load}")
        print("| variant | files | wall s | CPU s | Whoosh MB |\n|---|---|---|---|---|")
        chosen = {k: v for k, v in VARIANTS.items() if not args.quick or k in QUICK}
        for n, (name, options) in enumerate(chosen.items()):
            env = dict(os.environ, BRIEFING_VIEWER_DATA_DIR=str(work / f"data{n}"))
            command = [sys.executable, __file__, "--child", json.dumps([str(subset), *options])]
            out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            r = json.loads(out.stdout)
            print(
                f"| {name} | {r['files']} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} "
                f"| {r['whoosh_mb']:.1f} |",
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
