"""Benchmark: searching one document as the user types, before and after, in one run.

    .venv/bin/python benchmarks/document_search.py [--base REV] [--repeat 5]

For briefing.md and the largest law (人民检察院刑事诉讼规则, 313 KB) it measures, each in a fresh
child process, alternating between this tree and `--base` (a git revision exported to a
temporary folder, default: the commit before the exact-scan search):
- time to the first result: from having the parsed document to the answer of its first search
  (the base tree builds the index first; this tree scans while the index builds in a thread);
- per keystroke: every prefix of a few typed words (`人`, `人民`, `人民检`, ...) searched with
  limit=None as the search panel does, median and p95, once the index is ready, and (this
  tree) while the index is being built in another thread of the same process;
- baselines in the same child: a plain Python scan (fold the word, `str.count` on every folded
  passage: counts only, no ranking or snippets) and Qt's find-all (QTextDocument.find in a
  loop over every pane, what Ctrl+F in a QTextBrowser costs).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAW = Path("司法解释") / "人民检察院刑事诉讼规则(2019-12-02).md"
BASE = "fc5d014"
WORDS = {
    "briefing": ["红包", "互联网+", "微信", "腾讯", "深圳", "保险", "网", "地头蛇", "智慧城市"],
    "law": [
        "人民检察院",
        "犯罪嫌疑人",
        "审查起诉",
        "证据",
        "监察机关",
        "羁押必要性审查",
        "法律援助",
    ],
}


def keystrokes(kind: str) -> list[str]:
    return [w[:i] for w in WORDS[kind] for i in range(1, len(w) + 1)]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "p95": percentile(values, 0.95)}


def timed_ms(function) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def child(tree: Path, document_path: Path, kind: str, repeat: int, baselines: bool) -> dict:
    """Runs inside the child process, with `tree` first on sys.path."""
    sys.path.insert(0, str(tree))
    try:  # the feature-package layout (issue 10)
        from viewer.core.document.markdown_model import load_document
        from viewer.core.search.engine import DocumentSearch
        from viewer.core.text.folding import fold
    except ImportError:  # a base revision from before it: the flat layout
        from viewer.core.folding import fold
        from viewer.core.markdown_model import load_document

        from viewer.core.search import DocumentSearch

    document = load_document(document_path)
    typed = keystrokes(kind)
    out: dict = {}
    with tempfile.TemporaryDirectory() as root:
        started = time.perf_counter()
        search = DocumentSearch(document, index_root=Path(root))
        builder = None
        if hasattr(search, "scan_while_indexing"):  # this tree: index in the background
            search.scan_while_indexing = True
            builder = threading.Thread(target=search.open)
            builder.start()
        else:
            search.open()
        first = search.search(typed[0], limit=None)
        out["first_result_ms"] = (time.perf_counter() - started) * 1000
        out["first_total"] = first.total
        if builder is not None:
            during = []  # keystrokes while the index is built in the other thread (GIL shared)
            while builder.is_alive() and len(during) < 10 * len(typed):
                query = typed[len(during) % len(typed)]
                during.append(timed_ms(lambda q=query: search.search(q, limit=None)))
            out["while_indexing"] = summary(during) if during else None
            builder.join()
        out["index_ready_ms"] = (time.perf_counter() - started) * 1000
        for query in typed:  # warm-up: compiled patterns, Whoosh's first reads
            search.search(query, limit=None)
        times = [
            timed_ms(lambda q=q: search.search(q, limit=None)) for _ in range(repeat) for q in typed
        ]
        out["keystroke"] = summary(times)
        out["totals"] = {q: search.search(q, limit=None).total for q in typed}
        search.close()
    if baselines:
        folded = [fold(p.text) for p in document.passages()]
        times = [
            timed_ms(lambda q=q: sum(t.count(fold(q)) for t in folded))
            for _ in range(repeat)
            for q in typed
        ]
        out["python_scan"] = summary(times)
        out["qt_find_all"] = summary(qt_find_all(document, typed, repeat))
    return out


def qt_find_all(document, typed: list[str], repeat: int) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QTextDocument

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need it
    docs = []
    for pane in document.panes:
        text_document = QTextDocument()
        text_document.setHtml(pane.html)
        docs.append(text_document)

    def find_all(query: str) -> int:
        count = 0
        for text_document in docs:
            cursor = text_document.find(query)
            while not cursor.isNull():
                count += 1
                cursor = text_document.find(query, cursor)
        return count

    return [timed_ms(lambda q=q: find_all(q)) for _ in range(repeat) for q in typed]


def export_tree(revision: str) -> Path:
    target = Path(tempfile.mkdtemp(prefix="bv-base-"))
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "viewer"], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def run_child(tree: Path, document: Path, kind: str, repeat: int, baselines: bool) -> dict:
    command = [sys.executable, __file__, "--child", str(tree), str(document), kind, str(repeat)]
    if baselines:
        command.append("--baselines")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH="")
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    return json.loads(result.stdout.splitlines()[-1])


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        tree, document, kind, repeat = sys.argv[2:6]
        result = child(Path(tree), Path(document), kind, int(repeat), "--baselines" in sys.argv)
        print(json.dumps(result, ensure_ascii=False))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=BASE, help="git revision measured as 'before'")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--laws", type=Path, default=ROOT.parent / "shared" / "corpora" / "laws")
    args = parser.parse_args()
    base = export_tree(args.base)
    documents = {"briefing": ROOT / "briefing.md", "law": args.laws / LAW}
    print(f"{machine()}; load average {os.getloadavg()[0]:.1f} at start")
    for kind, path in documents.items():
        before = run_child(base, path, kind, args.repeat, baselines=False)
        after = run_child(ROOT, path, kind, args.repeat, baselines=True)
        if before["totals"] != after["totals"]:
            print(f"  counts differ on {kind}: {before['totals']} vs {after['totals']}")
        print(report(kind, before, after))
    print(f"load average {os.getloadavg()[0]:.1f} at end")
    return 0


def report(kind: str, before: dict, after: dict) -> str:
    def ms(value: float) -> str:
        return f"{value:.1f} ms"

    rows = [
        f"{kind} ({len(after['totals'])} keystrokes; counts equal before and after: "
        f"{before['totals'] == after['totals']})",
        f"  first result      before {ms(before['first_result_ms'])}  after "
        f"{ms(after['first_result_ms'])} (index ready {ms(after['index_ready_ms'])})",
    ]
    for name, source in [("app before", before), ("app after", after)]:
        k = source["keystroke"]
        rows.append(f"  {name:<17} median {ms(k['median'])}  p95 {ms(k['p95'])}")
    if after.get("while_indexing"):
        k = after["while_indexing"]
        rows.append(f"  {'while indexing':<17} median {ms(k['median'])}  p95 {ms(k['p95'])}")
    for name in ("python_scan", "qt_find_all"):
        k = after[name]
        rows.append(f"  {name:<17} median {ms(k['median'])}  p95 {ms(k['p95'])}")
    return "\n".join(rows)


def machine() -> str:
    return f"{os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"


if __name__ == "__main__":
    sys.exit(main())
