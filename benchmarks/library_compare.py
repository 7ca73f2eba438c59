"""Library search side by side: the app, a Python scan, ripgrep, SQLite FTS5 and tantivy.

    .venv/bin/python benchmarks/library_compare.py --data-dir DIR [--corpus DIR] [--busy]
        [--repeat 5]
    .venv/bin/python benchmarks/library_compare.py --data-dir DIR --relaunch [--before TREE]

DIR is a data dir whose index of the corpus is already built (the first run builds it: minutes
on the laws). Every engine answers the same queries in the same process, one after another per
query, so a load change hits them alike. `--busy` runs a busy-loop process meanwhile (a parallel
CPU load of 1); `--repeat N` times each query N times (engines alternated), keeping the median.
The app's figure is a library search with no cached ranking (first page of 20 files with hit
counts and snippets), once on first sight of the texts and once with them cached (and the
frequent terms' decoded postings, kept until the index changes); the
others only count the matching files (the scan, FTS5 and tantivy per file; the app per passage,
so its multi-word AND counts fewer files):
- Python scan: `all(word in text)` over the folded texts held in memory (exact, no ranking);
- ripgrep: `rg -l -F` per word over the Markdown files, intersected (a process per word);
- FTS5 / tantivy: an index of the same CJK bigrams (a space-separated token stream), each word a
  phrase of its bigrams; built here, in memory / in a temporary folder (install `.[bench]`).
`--relaunch` times fresh processes instead: a CLI library search against a CLI search of the
briefing (same word), and the memory of a process with the library open and idle.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app_bytecode import compile_app

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
# the eval's subject queries, plus the slow tail named in issue 9: the common pairs and ANDs
EXTRA = ["中华", "人民", "国务院", "应当", "人民法院 判决", "中华人民共和国 国务院 规定"]
EXTRA += ["网络 安全 个人信息"]


def queries() -> list[str]:
    lines = (SHARED / "eval" / "library_queries.tsv").read_text(encoding="utf-8").splitlines()
    return [row.split("\t")[0] for row in lines if row.strip() and not row.startswith("#")] + EXTRA


def bigram_stream(text: str) -> str:
    """The text as the library's analyzer tokenizes it, space-separated (unigrams at run ends
    included), so FTS5 and tantivy index exactly the app's terms."""
    from viewer.core.search.analysis import bigram_analyzer

    return " ".join(t.text for t in bigram_analyzer()(text))


def word_bigrams(word: str) -> list[str]:
    from viewer.core.search.analysis import bigram_analyzer

    tokens = [t.text for t in bigram_analyzer()(word)]
    # a run's final unigram is indexed only where the run ends: a phrase leaves it out
    longer = [t for t in tokens if len(t) > 1]
    return longer if longer and len(longer) < len(tokens) else tokens


def timed(call) -> tuple[float, object]:
    started = time.perf_counter()
    value = call()
    return (time.perf_counter() - started) * 1000, value


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


class Engines:
    def __init__(self, corpus: Path, docs: dict) -> None:
        self.corpus, self.docs = corpus, docs
        self.fts = sqlite3.connect(":memory:")
        self.fts.execute("CREATE VIRTUAL TABLE t USING fts5(path UNINDEXED, body)")
        streams = {path: bigram_stream(doc.folded) for path, doc in docs.items()}
        self.fts.executemany("INSERT INTO t VALUES (?, ?)", streams.items())
        self.tantivy = self._tantivy(streams)

    def _tantivy(self, streams: dict[str, str]):
        try:
            import tantivy
        except ImportError:
            return None
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("path", stored=True, tokenizer_name="raw")
        builder.add_text_field("body", tokenizer_name="whitespace")
        schema = builder.build()
        index = tantivy.Index(schema, path=tempfile.mkdtemp(prefix="tantivy-"))
        writer = index.writer()
        for path, stream in streams.items():
            writer.add_document(tantivy.Document(path=path, body=stream))
        writer.commit()
        index.reload()
        return index

    def scan(self, words: list[str]) -> int:
        return sum(all(w in d.folded for w in words) for d in self.docs.values())

    def ripgrep(self, words: list[str]) -> int | None:
        if shutil.which("rg") is None:  # not installed (Debian: ripgrep): a "–" in its row
            return None
        found = None
        for word in words:
            out = subprocess.run(
                ["rg", "-l", "-F", "--", word, str(self.corpus)], capture_output=True, text=True
            ).stdout.split("\n")
            files = {line for line in out if line}
            found = files if found is None else found & files
        return len(found or ())

    def fts5(self, words: list[str]) -> int:
        match = " AND ".join('"' + " ".join(word_bigrams(w)) + '"' for w in words)
        return self.fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (match,)).fetchone()[0]

    def tantivy_search(self, words: list[str]) -> int | None:
        if self.tantivy is None:
            return None
        searcher = self.tantivy.searcher()
        text = " AND ".join('"' + " ".join(word_bigrams(w)) + '"' for w in words)
        query = self.tantivy.parse_query(text, ["body"])
        return searcher.search(query, limit=20).count


def _cold(search, query: str) -> int:
    search.clear_cache()  # no ranking kept from an earlier run of the query
    return search.search(query, limit=20).total_documents


def _busy() -> None:
    while True:
        pass


def compare(corpus: Path, busy: bool, repeat: int = 1) -> str:
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.search import LibrarySearch
    from viewer.core.search.query_parser import parse_query

    search = LibrarySearch(LibraryIndex(corpus))
    open_ms, _ = timed(search.open)
    docs = {d.rel_path: d for d in search.index.texts.all()}
    engines = Engines(corpus, docs)
    loader = multiprocessing.Process(target=_busy, daemon=True) if busy else None
    if loader is not None:
        loader.start()
    load = _load()
    names = ("app", "Python scan", "ripgrep", "FTS5 bigrams", "tantivy bigrams")
    first: list[float] = []  # the app's first sight: its texts read from the store
    for query in queries():
        search.clear_cache()
        first.append(timed(lambda q=query: search.search(q, limit=20))[0])
    times: dict[str, list[float]] = {name: [] for name in names}
    rows = []
    try:
        for query in queries():
            words = [t.folded for t in parse_query(query).positive_terms]
            calls = (
                lambda q=query: _cold(search, q),
                lambda w=words: engines.scan(w),
                lambda w=words: engines.ripgrep(w),
                lambda w=words: engines.fts5(w),
                lambda w=words: engines.tantivy_search(w),
            )
            spent: dict[str, list[float]] = {name: [] for name in names}
            counts: dict[str, object] = {}
            for _ in range(repeat):  # the engines alternate within each repetition
                for name, call in zip(names, calls, strict=True):
                    ms, counts[name] = timed(call)
                    spent[name].append(ms)
            row = [query]
            for name in names:
                ms, count = statistics.median(spent[name]), counts[name]
                if count is not None:
                    times[name].append(ms)
                row.append(f"{ms:.1f} ({count})" if count is not None else "–")
            rows.append(row)
    finally:
        if loader is not None:
            loader.terminate()
    lines = [
        f"- {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d %H:%M')} UTC; load average at start {load}, end {_load()}"
        + ("; with a busy-loop process" if busy else ""),
        f"- library open (no text read): {open_ms:.0f} ms; {len(docs)} files; {len(rows)} queries",
        f"- app, first sight of each query (texts read from the store, cache of "
        f"{search._texts.budget_mb} MB): median {statistics.median(first):.1f} ms, "
        f"p95 {p95(first):.1f} ms; below: the same queries again (ranking cold, texts and "
        f"frequent terms' decoded postings kept), the median of {repeat} run(s) each",
        "",
        "| engine | median ms | p95 ms | p95 / app p95 |",
        "|---|---|---|---|",
    ]
    app95 = p95(times["app"])
    for name in names:
        if times[name]:
            values = times[name]
            lines.append(
                f"| {name} | {statistics.median(values):.1f} | {p95(values):.1f} "
                f"| {p95(values) / app95:.2f} |"
            )
    lines += ["", "| query | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def relaunch(corpus: Path, runs: int = 5, before: str | None = None) -> str:
    """Fresh processes, alternated: the CLI's library search vs its search of the briefing;
    `before`: another tree of the app (e.g. `git archive` of an older commit) whose library
    search is timed in the same loop, run from that folder with this venv."""
    word = "红包"
    cli = [sys.executable, "-m", "viewer", "search"]
    library = [*cli, "--library", str(corpus), word, "--json"]
    briefing = [*cli, "--document", str(ROOT / "briefing.md"), word, "--json"]
    commands = {"library": (library, ROOT), "briefing": (briefing, ROOT)}
    if before:
        commands["library, before"] = (library, Path(before))
    for _command, tree in commands.values():
        compile_app(tree)
    spent: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, cwd) in commands.items():
            run = lambda c=command, d=cwd: subprocess.run(c, cwd=d, capture_output=True, check=True)  # noqa: E731
            spent[name].append(timed(run)[0])
    medians = {name: statistics.median(values) for name, values in spent.items()}
    idle = subprocess.run(
        [sys.executable, __file__, "--idle-child", str(corpus)], capture_output=True, text=True
    ).stdout.strip()
    lines = [f"- {time.strftime('%Y-%m-%d %H:%M')} UTC, load average {_load()}; medians of {runs}"]
    lines += [
        f"- CLI `search` {name}: {ms:.0f} ms, ratio to the briefing's "
        f"{ms / medians['briefing']:.2f}"
        for name, ms in medians.items()
    ]
    return "\n".join([*lines, f"- {idle}"])


def idle_child(corpus: str) -> None:
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.search import LibrarySearch

    search = LibrarySearch(LibraryIndex(corpus))
    ms, _ = timed(search.open)
    idle = _rss_mb()
    search.search("应当")
    search.search("中华人民共和国 国务院 规定")
    print(f"open {ms:.0f} ms, RSS idle {idle:.0f} MB, after 2 searches {_rss_mb():.0f} MB")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(SHARED / "corpora" / "laws"))
    parser.add_argument("--data-dir", required=False)
    parser.add_argument("--busy", action="store_true")
    parser.add_argument("--relaunch", action="store_true")
    parser.add_argument("--before", help="with --relaunch: an older tree of the app to time too")
    parser.add_argument("--runs", type=int, default=5, help="with --relaunch: processes each")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each query (median)")
    parser.add_argument("--idle-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.data_dir:
        os.environ["BRIEFING_VIEWER_DATA_DIR"] = args.data_dir
    if args.idle_child:
        idle_child(args.idle_child)
        return 0
    corpus = Path(args.corpus).resolve()
    if args.relaunch:
        print(relaunch(corpus, args.runs, args.before))
    else:
        print(compare(corpus, args.busy, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
