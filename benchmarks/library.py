"""Library benchmark on ../shared/corpora/laws: build, size, memory, incremental, query latency.

    .venv/bin/python benchmarks/library.py [--corpus DIR]

Works on a temporary copy of the corpus (10 files are edited for the incremental step) and a
temporary data dir. Queries run in a fresh child process so its memory is that of a reader
with the library open, and are compared, in the same process, with two baselines: a brute-force
substring scan of the texts held in memory and SQLite FTS5 with the trigram tokenizer.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"


def tree_rss_mb(pid: int) -> float:
    """RSS of a process and all its descendants, from /proc (MB)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
            for task in Path(f"/proc/{p}/task").iterdir():
                children = (task / "children").read_text().split()
                stack += [int(c) for c in children]
        except OSError:
            continue
    return total / 1024


def build(corpus: Path) -> dict:
    from viewer.core.library.index import LibraryIndex

    index = LibraryIndex(corpus)
    peak, stop = [0.0], threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], tree_rss_mb(os.getpid()))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    report = index.update()
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    size = sum(f.stat().st_size for f in index.dir.rglob("*") if f.is_file())
    whoosh = sum(f.stat().st_size for f in index.whoosh_dir.rglob("*") if f.is_file())
    # incremental: 10 files change
    files = sorted(p for p in corpus.rglob("*.md"))[::300][:10]
    for path in files:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("\n\n第九百九十九条 本条为基准测试追加的内容。\n")
    started = time.perf_counter()
    inc = index.update()
    inc_seconds = time.perf_counter() - started
    return {
        "files": len(report.added) + len(report.failed),
        "failed": len(report.failed),
        "build_s": round(seconds, 1),
        "peak_tree_rss_mb": round(peak[0]),
        "index_mb": round(size / 1e6, 1),
        "whoosh_mb": round(whoosh / 1e6, 1),
        "incremental_files": len(inc.changed),
        "incremental_s": round(inc_seconds, 2),
    }


def queries() -> list[tuple[str, str]]:
    rows = []
    for name in ("library_queries.tsv", "briefing_queries.tsv"):
        for line in (SHARED / "eval" / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                cols = line.split("\t")
                rows.append((cols[0], cols[1] if name.startswith("library") else ""))
    return rows


def query_child(corpus: str) -> dict:
    """Runs in a fresh process: open the library, measure idle memory, time the queries."""
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.search import LibrarySearch
    from viewer.core.search.query_parser import parse_query

    started = time.perf_counter()
    search = LibrarySearch(LibraryIndex(corpus))
    search.open()
    open_s = time.perf_counter() - started
    idle_mb = tree_rss_mb(os.getpid())
    docs = {d.rel_path: d for d in search.index.texts.all()}  # for the baselines
    rows = queries()
    out = {"open_s": round(open_s, 2), "idle_rss_mb": round(idle_mb), "queries": []}
    fts = sqlite3.connect(":memory:")
    fts.execute("CREATE VIRTUAL TABLE t USING fts5(path UNINDEXED, body, tokenize='trigram')")
    fts.executemany("INSERT INTO t VALUES (?, ?)", [(p, d.folded) for p, d in docs.items()])
    for query, expected in rows:
        parsed = parse_query(query)
        words = [t.folded for t in parsed.positive_terms]
        times = []
        for _ in range(3):
            search.clear_cache()  # cold: no ranking kept from the previous run
            t0 = time.perf_counter()
            res = search.search(query, limit=20)
            times.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        search.search(query, limit=20, offset=20)  # the next page, from the kept ranking
        next_page_ms = (time.perf_counter() - t0) * 1000
        ranked = [d.rel_path for d in res.documents]
        everything = search.search(query, limit=10**6)
        found = sorted(d.rel_path for d in everything.documents)
        t0 = time.perf_counter()
        brute = sorted(p for p, d in docs.items() if all(w in d.folded for w in words))
        brute_ms = (time.perf_counter() - t0) * 1000
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in words)
        t0 = time.perf_counter()
        try:
            tri = sorted(r[0] for r in fts.execute("SELECT path FROM t WHERE t MATCH ?", (match,)))
        except sqlite3.OperationalError:
            tri = []
        tri_ms = (time.perf_counter() - t0) * 1000
        out["queries"].append(
            {
                "query": query,
                "ms": statistics.median(times),
                "first_ms": times[0],  # also the first sight of the page's texts (decoded once)
                "next_page_ms": next_page_ms,
                "total_documents": res.total_documents,
                "total_exact": res.total_exact,
                "all_pages_docs_equal_total": len(found) == everything.total_documents,
                "brute_ms": brute_ms,
                "trigram_ms": tri_ms,
                "expected": expected,
                "top5": bool(expected) and any(expected in p for p in ranked[:5]),
                "brute_finds": bool(expected) and any(expected in p for p in brute),
                "trigram_finds": bool(expected) and any(expected in p for p in tri),
                "docs": len(found),
                "brute_docs": len(brute),
                "trigram_docs": len(tri),
                "phrase_exact": found == brute if parsed.positive_terms[0].phrase else None,
            }
        )
    out["idle_after_queries_rss_mb"] = round(tree_rss_mb(os.getpid()))
    return out


def summarise(build_info: dict | None, child: dict) -> str:
    q = child["queries"]

    def stats(key):
        values = sorted(r[key] for r in q)
        p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
        return f"median {statistics.median(values):.1f} ms, p95 {p95:.1f} ms"

    lines = [
        f"- machine: {os.cpu_count()} cores, {_cpu()}, Python {platform.python_version()}",
        f"- load average before / after the build: {child.get('load_before', '?')} / "
        f"{child.get('load_after', '?')}",
        f"- date: {time.strftime('%Y-%m-%d')}",
    ]
    if build_info:
        lines.append(f"- build: {json.dumps(build_info, ensure_ascii=False)}")
    lines += [
        f"- open: {child['open_s']} s; idle RSS {child['idle_rss_mb']} MB, "
        f"after queries {child['idle_after_queries_rss_mb']} MB",
        f"- library search ({len(q)} queries, first page of 20 documents with snippets, cold: "
        "no cached ranking): " + stats("ms"),
        "- first of the 3 runs (page texts not yet decoded in this process): " + stats("first_ms"),
        "- next page (offset 20, ranking kept from the first page): " + stats("next_page_ms"),
        f"- totals reported exact: {sum(r['total_exact'] for r in q)}/{len(q)}; "
        f"total_documents equals brute-force count: "
        f"{sum(r['total_documents'] == r['brute_docs'] for r in q)}/{len(q)}",
        "- brute-force scan: " + stats("brute_ms"),
        "- FTS5 trigram: " + stats("trigram_ms"),
        "",
        "| query | ms | total (exact?) | docs | top 5 | brute ms | brute docs | trigram ms "
        "| trigram docs |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in q:
        top = ("yes" if r["top5"] else "NO") if r["expected"] else "–"
        if r["phrase_exact"] is not None:
            top += " (phrase exact)" if r["phrase_exact"] else " (PHRASE MISMATCH)"
        lines.append(
            f"| {r['query']} | {r['ms']:.1f} | {r['total_documents']}"
            f"{'' if r['total_exact'] else ' (≥)'} | {r['docs']} | {top} | {r['brute_ms']:.1f} | "
            f"{r['brute_docs']} | {r['trigram_ms']:.1f} | {r['trigram_docs']} |"
        )
    return "\n".join(lines)


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _cpu() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(SHARED / "corpora" / "laws"))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(query_child(args.child), ensure_ascii=False))
        return 0
    work = Path(tempfile.mkdtemp(prefix="library-bench-"))
    try:
        os.environ["BRIEFING_VIEWER_DATA_DIR"] = str(work / "data")
        corpus = work / "laws"
        shutil.copytree(args.corpus, corpus)
        load_before = _load()
        build_info = build(corpus)
        load_after = _load()
        print(json.dumps(build_info, ensure_ascii=False), file=sys.stderr)
        child = subprocess.run(
            [sys.executable, __file__, "--child", str(corpus)],
            capture_output=True,
            text=True,
            check=True,
            env=os.environ,
        )
        result = json.loads(child.stdout)
        result.update(load_before=load_before, load_after=load_after)
        print(summarise(build_info, result))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
