"""Startup: process start -> first paint of the window holding briefing.md.

Compares the app (`python -m viewer`) with a bare PySide6 program that shows the same
rendered HTML in a plain QTextBrowser, both run as subprocesses in the same run, alternating,
so machine noise hits both alike. Each child prints `first-paint <time.monotonic()>` when the
browser's viewport gets its first Paint event; on Linux the monotonic clock is system-wide, so
the parent subtracts the time it started the child. The baseline is given the first pane's
HTML pre-rendered, so it pays for no Markdown parsing at all.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--platform offscreen]

Target: median(app) / median(baseline) <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BRIEFING = ROOT / "briefing.md"

# The floor: what any PySide6 reader must pay to show this HTML.
BASELINE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False

app = QApplication(sys.argv[:1])
html = open(sys.argv[1], encoding="utf-8").read()
window = QMainWindow()
browser = QTextBrowser()
browser.setHtml(html)
window.setCentralWidget(browser)
watcher = FirstPaint()
browser.viewport().installEventFilter(watcher)
window.resize(1280, 800)
window.show()
app.exec()
"""


def run_once(command: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - started
    raise RuntimeError(f"{command[:3]} printed no first paint:\n{result.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--cold-cache",
        action="store_true",
        help="a fresh data dir for every app run (no parsed-document cache: first launch)",
    )
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="bv-bench-")
    runtime = tempfile.mkdtemp(prefix="bv-runtime-")
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, XDG_RUNTIME_DIR=runtime)
    env["BRIEFING_VIEWER_EXIT_AFTER_FIRST_PAINT"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    # An installed app has its bytecode cached (pip compiles on install); without this a shell
    # that sets PYTHONDONTWRITEBYTECODE makes every run recompile ~50 modules (~80 ms).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    app_cmd = [sys.executable, "-m", "viewer", "--data-dir", data_dir, str(BRIEFING)]
    # The baseline gets the HTML already rendered (the strictest floor): no Markdown parsing.
    from viewer.core.document.markdown_model import load_document

    html_file = Path(data_dir) / "briefing.html"
    html_file.write_text(load_document(BRIEFING).panes[0].html, encoding="utf-8")
    base_cmd = [sys.executable, "-c", BASELINE, str(html_file)]
    # one untimed warm-up each: the first run pays for cold disk caches
    run_once(app_cmd, env)
    run_once(base_cmd, env)
    app_times, base_times = [], []
    for _ in range(args.runs):
        if args.cold_cache:
            app_cmd[4] = tempfile.mkdtemp(prefix="bv-bench-")
        app_times.append(run_once(app_cmd, env))
        base_times.append(run_once(base_cmd, env))
    app_med, base_med = statistics.median(app_times), statistics.median(base_times)
    cache = "cold (fresh data dir each run)" if args.cold_cache else "warm"
    print(f"platform: {args.platform}, runs: {args.runs} each after one warm-up, cache: {cache}")
    print(f"app      median {app_med * 1000:.0f} ms  ({_spread(app_times)})")
    print(f"baseline median {base_med * 1000:.0f} ms  ({_spread(base_times)})")
    print(f"ratio {app_med / base_med:.2f} (target <= 1.5)")
    return 0


def _spread(times: list[float]) -> str:
    return f"min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f} ms"


if __name__ == "__main__":
    sys.exit(main())
