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
# name -> the levers that differ from the app's. postings: "passages" (the app's format,
# passage_postings), "frequency" (no passage sets), "positions"; codec: "library" (the app's:
# codec.py), "zlibN" (that with zlib level N) or "whoosh" (Whoosh's default: zlib level 3,
# per-posting length statistics); job_docs: documents per job of
# Whoosh's multi-process writer (its default: 100); merge: the last
# commit's policy, "small" (the app's: batch.merge_small_segments) or "whoosh" (MERGE_SMALL);
# batches: commits per update
APP = dict(postings="passages", procs=2, limitmb=128, multisegment=True, job_docs=8)
APP.update(codec="library", merge="small", batches=4)
VARIANTS = {
    "app": {},
    "app (again: the run's noise)": {},
    "round 2's app (Whoosh's codec, jobs of 100, MERGE_SMALL, 8 commits)": dict(
        codec="whoosh", job_docs=100, merge="whoosh", batches=8
    ),
    "Whoosh's codec (zlib, length statistics)": dict(codec="whoosh"),
    "the app's codec with zlib level 1": dict(codec="zlib1"),
    "the app's codec with zlib level 3 (Whoosh's)": dict(codec="zlib3"),
    "jobs of 100 documents (Whoosh's default)": dict(job_docs=100),
    "Whoosh's merge policy (MERGE_SMALL)": dict(merge="whoosh"),
    "8 commits (round 2's)": dict(batches=8),
    "limitmb 256": dict(limitmb=256),
    "frequency only (no passage sets)": dict(postings="frequency"),
    "with positions": dict(postings="positions"),
    "procs=1": dict(procs=1, multisegment=False),
    "procs=2 without multisegment (merged at the end)": dict(multisegment=False),
}
QUICK = ("app", "round 2's app (Whoosh's codec, jobs of 100, MERGE_SMALL, 8 commits)")


def child(corpus: str, levers: dict) -> dict:
    from whoosh import fields

    from viewer.core.library import batch as library_batch
    from viewer.core.library import index as library_index
    from viewer.core.search.analysis import bigram_analyzer
    from viewer.core.search.query_builder import TEXT_FIELD

    options = dict(APP, **levers)
    postings, procs, limitmb = options["postings"], options["procs"], options["limitmb"]

    def schema():
        text = fields.TEXT(analyzer=bigram_analyzer(), phrase=postings == "positions")
        return fields.Schema(path=fields.ID(stored=True, unique=True), **{TEXT_FIELD: text})

    if postings != "passages":
        library_index.library_schema = schema
    library_batch.WRITER_LIMIT_MB = limitmb
    if options["codec"] == "whoosh":
        from whoosh.codec import default_codec

        library_batch._codec = default_codec
    elif options["codec"].startswith("zlib"):  # the app's codec, its blocks compressed
        from viewer.core.library.codec import LibraryCodec

        level = int(options["codec"][4:])
        library_batch._codec = lambda: LibraryCodec(compression=level)
    if options["merge"] == "whoosh":  # Whoosh's MERGE_SMALL at the last commit
        from whoosh.writing import MERGE_SMALL

        library_batch.merge_small_segments = MERGE_SMALL
    library_batch.JOB_DOCS = options["job_docs"]
    library_batch.BATCHES = options["batches"]
    if not options["multisegment"]:  # the same writer, merging its segments into one at the commit
        original = library_batch.IndexBatch._new_writer

        def merged(self):
            if self.big:
                codec = library_batch._codec()
                return self.ix.writer(
                    procs=self.procs, limitmb=limitmb, compound=False, codec=codec
                )
            return original(self)

        library_batch.IndexBatch._new_writer = merged
    started = time.perf_counter()
    index = library_index.LibraryIndex(corpus)
    report = index.update(procs=procs)
    wall = time.perf_counter() - started
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    cpu = own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime
    size = sum(f.stat().st_size for f in index.whoosh_dir.rglob("*") if f.is_file())
    with index.open_whoosh().reader() as reader:
        segments = len(reader.leaf_readers())
    out = {"files": len(report.added), "wall_s": wall, "cpu_s": cpu, "whoosh_mb": size / 1e6}
    return dict(out, segments=segments)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(LAWS))
    parser.add_argument("--every", type=int, default=10)
    parser.add_argument("--quick", action="store_true", help="the app and last round's only")
    parser.add_argument("--only", action="append", help="a variant's name (repeatable)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, levers = json.loads(args.child)
        print(json.dumps(child(corpus, levers)))
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
        print("| variant | files | wall s | CPU s | Whoosh MB | segments | load |")
        print("|---|---|---|---|---|---|---|")
        names = args.only or (QUICK if args.quick else list(VARIANTS))
        chosen = {k: VARIANTS[k] for k in names}
        for n, (name, levers) in enumerate(chosen.items()):
            env = dict(os.environ, BRIEFING_VIEWER_DATA_DIR=str(work / f"data{n}"))
            command = [sys.executable, __file__, "--child", json.dumps([str(subset), levers])]
            out = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
            r = json.loads(out.stdout)
            print(
                f"| {name} | {r['files']} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} "
                f"| {r['whoosh_mb']:.1f} | {r['segments']} "
                f"| {Path('/proc/loadavg').read_text().split()[0]} |",
                flush=True,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
