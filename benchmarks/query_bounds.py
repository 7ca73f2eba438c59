"""Benchmark: pathological queries (issue 8, items 20, 29): a library subset, the largest law.

    .venv/bin/python benchmarks/query_bounds.py [--laws DIR] [--files 100] [--runs 3] [--write]

Shapes, built from words that occur in the largest law (so they match and rank real text):
100 and 1,000 OR'ed words, 200 quoted phrases, 80 words found nowhere (the suggestion search
runs), 10,000 words (repeats of 10), single characters OR'ed (each a prefix query over every
bigram it starts), one 50,000-character word, a 10,000-deep NOT chain; plus
one plain word as the baseline. For each: the first search (cold: no cached ranking) and the
median of `--runs` more. Also the time to open each target: the library's searcher over an
existing index, and the law's parse + index build. Target: each ≤ 2 s. --write replaces the
`## Query bounds` section of docs/benchmarks.md. Everything runs in a temporary data dir.
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LAWS = ROOT.parent / "shared" / "corpora" / "laws"
TARGET_S = 2.0
_HAN = re.compile(r"[\u4e00-\u9fff]{4,}")


def shapes(text: str) -> dict[str, str]:
    """Query shapes from the words of `text`: its commonest 2-character words and 4-character
    phrases, and made-up words of characters it never uses."""
    runs = _HAN.findall(text)
    pairs = Counter(run[i : i + 2] for run in runs for i in range(len(run) - 1))
    words = [w for w, _ in pairs.most_common(1000)]
    phrases = list(dict.fromkeys(run[:4] for run in runs))[:200]
    unused = [c for c in "鑫龘齉燚垚淼犇骉羴麤靐飝朤" if c not in text]
    absent = [f"{unused[i % len(unused)]}{unused[(i * 7 + 3) % len(unused)]}{i}" for i in range(80)]
    return {
        "baseline: one common word": words[0],
        "100 words OR'ed": " OR ".join(words[:100]),
        "1,000 words OR'ed": " OR ".join(words[:1000]),
        "200 quoted phrases": " ".join(f'"{p}"' for p in phrases),
        "200 IME-quoted phrases": " ".join(f"“{p}”" for p in phrases),
        "80 absent words": " ".join(absent),
        "10,000 words": " ".join(words[i % 10] for i in range(10_000)),
        "40 single characters OR'ed": " OR ".join(list(dict.fromkeys("".join(words)))[:40]),
        "one 50,000-character word": (runs[0] * 50_000)[:50_000],
        "10,000-deep NOT chain": words[0] + " NOT 规定" * 10_000,
    }


def timed(function) -> tuple[float, object]:
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def measure(search, queries: dict[str, str], runs: int, clear=None) -> dict[str, tuple]:
    out = {}
    for name, query in queries.items():
        if clear:
            clear()
        first, result = timed(lambda q=query: search(q))
        again = []
        for _ in range(runs):
            if clear:
                clear()
            again.append(timed(lambda q=query: search(q))[0])
        out[name] = (first, statistics.median(again), result.notice)
    return out


def library_subset(laws: Path, files: int, into: Path) -> Path:
    into.mkdir()
    paths = sorted(laws.rglob("*.md"))
    step = max(1, len(paths) // files)
    for n, path in enumerate(paths[::step][:files]):
        shutil.copy(path, into / f"{n:03d}-{path.name}")
    return into


def run(laws: Path, files: int, runs: int) -> str:
    from viewer.core.base import paths
    from viewer.core.document.markdown_model import load_document
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.search import LibrarySearch
    from viewer.core.search.engine import DocumentSearch

    largest = max(laws.rglob("*.md"), key=lambda p: p.stat().st_size)
    queries = shapes(largest.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as temp:
        os.environ[paths.ENV_DATA_DIR] = str(Path(temp) / "data")
        paths.set_data_dir(None)
        folder = library_subset(laws, files, Path(temp, "lib").resolve())
        index = LibraryIndex(folder)
        index_s = timed(index.update)[0]
        library = LibrarySearch(index)
        open_lib = timed(library.open)[0]
        lib = measure(library.search, queries, runs, library.clear_cache)
        open_doc, search = timed(lambda: _open_document(largest, load_document, DocumentSearch))
        doc = measure(lambda q: search.search(q, limit=50), queries, runs)
    rows = []
    worst = 0.0
    for name in queries:
        (lf, lm, ln), (df, dm, _) = lib[name], doc[name]
        worst = max(worst, lf, lm, df, dm)
        note = "shortened" if ln and "first" in ln else ("cut" if ln else "")
        rows.append(f"| {name} | {lf:.3f} / {lm:.3f} s | {df:.3f} / {dm:.3f} s | {note} |")
    return report(rows, largest, files, runs, index_s, open_lib, open_doc, worst)


def _open_document(path, load_document, document_search):
    search = document_search(load_document(path))
    search.open()
    return search


def report(rows, largest, files, runs, index_s, open_lib, open_doc, worst) -> str:
    from benchmarks.search import machine

    verdict = "met" if worst <= TARGET_S else "MISSED"
    open_verdict = (
        "within the target"
        if open_doc <= TARGET_S
        else "**above the target**: Whoosh's indexing of ~160,000 postings dominates; the window"
        " shows the law first, and a query typed meanwhile runs when the index is ready"
    )
    return f"""## Query bounds

Pathological queries (issue 8, items 20 and 29): each shape's first search (no cached ranking)
and the median of {runs} more, in the library and in the largest law. Queries are cut to their
first 32 distinct words of at most 200 characters, at most 4 of them single characters (the
result's notice says so), and a no-hit
query's suggestion search stops after 120 checks.

Command: `.venv/bin/python benchmarks/query_bounds.py --files {files} --runs {runs} --write`
Machine: {machine()}. Date: {datetime.date.today().isoformat()}.
Library: {files} laws (every n-th file of the corpus), indexed in {index_s:.1f} s; searcher
opened in {open_lib:.3f} s. Largest law: `{largest.name}` ({largest.stat().st_size // 1024} KB),
parsed and indexed (open) in {open_doc:.2f} s. Searches, target ≤ {TARGET_S:.0f} s each:
**{verdict}** (slowest {worst:.3f} s). Opening the law: {open_verdict}.

| query | library: first / median | largest law: first / median | notice |
|---|---|---|---|
{chr(10).join(rows)}

Before the bounds (same machine, 60-law subset and the same law, 2026-12-01): 10,000 words
ended in `RecursionError` in the library and took 262 s in the law (Whoosh failed twice, then
every passage was scanned); 80 absent words took 4.2 s in the law (the suggestion search).
"""


def write_section(text: str) -> None:
    path = ROOT / "docs" / "benchmarks.md"
    current = path.read_text(encoding="utf-8")
    pattern = re.compile(r"^## Query bounds\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(current):
        updated = pattern.sub(lambda _: text + "\n", current, count=1)
    else:
        updated = current.rstrip("\n") + "\n\n" + text
    path.write_text(updated, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--laws", type=Path, default=LAWS)
    parser.add_argument("--files", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    if not args.laws.is_dir():
        print(f"no laws corpus at {args.laws}", file=sys.stderr)
        return 2
    text = run(args.laws, args.files, args.runs)
    print(text)
    if args.write:
        write_section(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
