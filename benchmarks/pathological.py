"""Pathological Markdown benchmark: time to open and to first search, per shape.

    .venv/bin/python benchmarks/pathological.py [SHAPE ...] [--runs 3] [--timeout 60] [--write]

Each shape of tests/pathological.py (deep nesting, bracket runs, 80,000 entities, 30,000 link
references, 100,000 headings, 60,000 panes, 20 MB on one line, ...) is written to a temporary
file and opened in the real window, offscreen, in a fresh process with a fresh data dir (no
parsed-document cache). Measured: `open` from open_document() to the first paint of the
document; `search` from that paint to the first search results for a word inside the document
(the index is built or the text scanned on the way); `stall` the longest gap of a 20 ms
heartbeat timer on the GUI thread over both (how long the window was frozen); each the median
of --runs runs. Target: open and search <= 2 s each. --write replaces the
`## Pathological documents` section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 2.0
sys.path.insert(0, str(ROOT))


def measure(shape: str, timeout_s: float) -> dict:
    """Open one shape in the window; runs in its own process (see main)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from tests.pathological import SHAPES, WORD
    from viewer.ui.search.panel import install_search
    from viewer.ui.window.main_window import MainWindow

    folder = Path(os.environ["BRIEFING_VIEWER_DATA_DIR"])  # the run's own temporary dir
    path = folder / f"{shape}.md"
    path.write_text(SHAPES[shape](), encoding="utf-8")
    app = QApplication.instance() or QApplication([])
    window = MainWindow(theme_mode="light")
    window.quiet_errors = True
    window.resize(1024, 700)
    window.show()
    result: dict = {"shape": shape, "bytes": path.stat().st_size}
    gaps = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(20)
    heartbeat.timeout.connect(tick)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and "painted" not in result:
                result["painted"] = time.perf_counter()
                QTimer.singleShot(0, search)
            return False

    painter = FirstPaint()

    def loaded(document) -> None:
        result["warnings"] = document.warnings
        result["panes"] = len(document.panes)
        view = window.current_view()
        (view.viewport() if view else window).installEventFilter(painter)
        (view.viewport() if view else window).update()

    def search() -> None:
        result["open_s"] = round(result["painted"] - started, 2)
        controller = install_search(window)
        controller.search_finished.connect(found)
        controller.start_with(WORD)

    def found(results) -> None:
        result["search_s"] = round(time.perf_counter() - result["painted"], 2)
        result["hits"] = results.total
        app.quit()

    def failed(message: str) -> None:
        result["error"] = message
        app.quit()

    window.document_loaded.connect(loaded)
    window.load_failed.connect(failed)
    QTimer.singleShot(int(timeout_s * 1000), app.quit)
    heartbeat.start()
    started = time.perf_counter()
    last[0] = started
    window.open_document(path)
    app.exec()
    heartbeat.stop()
    result.pop("painted", None)
    result["stall_s"] = round(max(gaps), 2)
    return result


def run_all(shapes: list[str], timeout_s: float, runs: int) -> list[dict]:
    rows = []
    for shape in shapes:
        row = median_row([run_once(shape, timeout_s) for _ in range(runs)])
        print(json.dumps(row, ensure_ascii=False), flush=True)
        rows.append(row)
    return rows


def median_row(rows: list[dict]) -> dict:
    ok = [r for r in rows if "error" not in r]
    if len(ok) < len(rows):
        return next(r for r in rows if "error" in r)
    merged = dict(ok[0])
    for key in ("open_s", "search_s", "stall_s"):
        merged[key] = round(statistics.median(r[key] for r in ok), 2)
    return merged


def run_once(shape: str, timeout_s: float) -> dict:
    """One child process: a fresh interpreter, data dir and parsed-document cache."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, __file__, "--child", shape, "--timeout", str(timeout_s)]
    with tempfile.TemporaryDirectory(prefix="bv-patho-") as data_dir:
        env["BRIEFING_VIEWER_DATA_DIR"] = data_dir
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout_s + 30, env=env
            )
        except subprocess.TimeoutExpired:
            return {"shape": shape, "error": f"no result within {timeout_s + 30:.0f} s"}
    lines = done.stdout.strip().splitlines()
    return json.loads(lines[-1]) if lines else {"shape": shape, "error": done.stderr[-300:]}


def table(rows: list[dict]) -> str:
    lines = [
        "| shape | file | open | first search | longest GUI stall | hits | notice |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        size = row.get("bytes", 0)
        shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} KB"
        notice = "plain-text notice" if row.get("warnings") else ""
        lines.append(
            f"| {row['shape']} | {shown} | {_seconds(row, 'open_s')} | "
            f"{_seconds(row, 'search_s')} | {_seconds(row, 'stall_s')} | "
            f"{row.get('hits', row.get('error', '–'))} | {notice} |"
        )
    return "\n".join(lines)


def _seconds(row: dict, key: str) -> str:
    value = row.get(key)
    if value is None:
        return "–"
    text = f"{value:.2f} s"
    return f"**{text}**" if key != "stall_s" and value > TARGET_S else text


def write_section(rows: list[dict], command: str) -> None:
    doc = ROOT / "docs" / "benchmarks.md"
    text = doc.read_text(encoding="utf-8")
    head = "## Pathological documents"
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    section = (
        f"{head}\n\nTime to open and to first search for each generated pathological shape "
        "(`tests/pathological.py`), in the real window offscreen, one fresh process and data dir "
        f"per shape; bold is over the {TARGET_S:.0f} s target.\n\n"
        f"- Command: `{command}`\n"
        f"- Machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}, {platform.system()}; {now}; load average "
        f"{os.getloadavg()[0]:.1f} (shared with other engineers' runs).\n\n{table(rows)}\n"
    )
    start = text.find(head)
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(head))
        text = text[:start] + section + (text[end + 1 :] if end >= 0 else "")
    doc.write_text(text, encoding="utf-8")


def main() -> int:
    from tests.pathological import SHAPES

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("shapes", nargs="*", help=f"default: all of {', '.join(SHAPES)}")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.timeout), ensure_ascii=False))
        return 0
    rows = run_all(args.shapes or list(SHAPES), args.timeout, args.runs)
    if args.write:
        write_section(
            rows, f".venv/bin/python benchmarks/pathological.py --runs {args.runs} --write"
        )
    return 0 if all(r.get("hits") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
