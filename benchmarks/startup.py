"""Startup: process start -> first paint of the window holding briefing.md.

Compares the app (`python -m viewer`) with a bare PySide6 program that shows the same
rendered HTML in a plain QTextBrowser, both run as subprocesses in the same run, alternating,
so machine noise hits both alike. Each child prints `first-paint <time.monotonic()> <CPU s>`
when the browser's viewport gets its first Paint event; on Linux the monotonic clock is
system-wide, so the parent subtracts the time it started the child. The CPU time the process
used by then is reported too: on a machine shared with other jobs it varies far less. The
baseline is given the first pane's
HTML pre-rendered, so it pays for no Markdown parsing at all.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--platform offscreen] [--memory]

Target: median(app) / median(baseline) <= 1.5.

--cold-cache gives the app a fresh data dir every run (a first launch). The bundled briefing.md
is then shown from its install-time render (setup.py, see viewer/core/document/prerendered.py);
for a never-seen document, pass a copy under another name: --document /tmp/x/copy.md.

--memory also measures the resident memory with the briefing open and the app idle (every
feature loaded, the search index built): each program is started without the exit hook and
its VmRSS sampled until it has not changed for 2 s, against a bare reader that imports
python-markdown, renders briefing.md and shows it in a QTextBrowser. Target: ratio <= 1.3.
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app_bytecode import compile_app

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
            print(f"first-paint {time.monotonic():.6f} {time.process_time():.6f}", flush=True)
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


# The memory floor: a bare PySide6 + python-markdown reader of the same file.
BARE_READER = r"""
import sys
import markdown
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

app = QApplication(sys.argv[:1])
window = QMainWindow()
browser = QTextBrowser()
if len(sys.argv) > 2:  # the app's font choice (Noto Sans CJK, real bold) instead of the default
    from viewer.ui.common.fonts import reading_font, ui_font

    app.setFont(ui_font())
    browser.setFont(reading_font())
text = open(sys.argv[1], encoding="utf-8").read()
browser.setHtml(markdown.markdown(text, extensions=["tables", "fenced_code", "sane_lists"]))
window.setCentralWidget(browser)
window.resize(1280, 800)
window.show()
app.exec()
"""


def scratch_dir(prefix: str) -> str:
    """A temporary folder, removed when the benchmark exits (a cold run makes one per run)."""
    path = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, path, True)
    return path


def idle_rss_mb(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    """Resident memory once it has not changed for 2 s (the program is idle), in MB."""
    settle_s = 2.0
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    status = Path(f"/proc/{process.pid}/status")
    try:
        last, stable_since, started = -1, time.monotonic(), time.monotonic()
        while time.monotonic() - started < 60:
            time.sleep(0.2)
            rss = _rss_kb(status)
            if rss != last:
                last, stable_since = rss, time.monotonic()
            elif time.monotonic() - stable_since >= settle_s and time.monotonic() - started > 3:
                return rss / 1024
        return last / 1024
    finally:
        process.terminate()
        process.wait(10)


def _rss_kb(status: Path) -> int:
    for line in status.read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def measure_memory(app_cmd, env, runs: int, base_tree: Path | None) -> None:
    env = {k: v for k, v in env.items() if k != "BRIEFING_VIEWER_EXIT_AFTER_FIRST_PAINT"}
    programs = {
        "app": (app_cmd, ROOT),
        "bare reader": ([sys.executable, "-c", BARE_READER, str(BRIEFING)], ROOT),
        "bare reader, app fonts": ([sys.executable, "-c", BARE_READER, str(BRIEFING), "f"], ROOT),
    }
    if base_tree is not None:
        programs["app before"] = (app_cmd, base_tree)
    found: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(runs):
        for name, (command, cwd) in programs.items():
            run_env = dict(env, PYTHONPATH=str(cwd))
            found[name].append(idle_rss_mb(command, run_env, cwd))
    app = statistics.median(found["app"])
    print(f"memory, briefing open and idle (median VmRSS of {runs} runs each):")
    for name, values in found.items():
        print(
            f"  {name:<24} {statistics.median(values):5.0f} MB  app / this "
            f"{app / statistics.median(values):.2f}"
        )


def export_tree(revision: str) -> Path:
    """The app as of `revision`, for a before/after in the same run."""
    target = Path(tempfile.mkdtemp(prefix="bv-base-"))
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, "viewer"], capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return target


def run_once(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float]:
    """Seconds to the first paint: wall (from the parent's start) and CPU (the child's)."""
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60, cwd=cwd)
    for line in result.stdout.splitlines():
        if line.startswith("first-paint "):
            fields = line.split()
            cpu = float(fields[2]) if len(fields) > 2 else float("nan")  # an older tree
            return float(fields[1]) - started, cpu
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
    parser.add_argument("--memory", action="store_true", help="also idle memory (see above)")
    parser.add_argument(
        "--document",
        default=str(BRIEFING),
        help="the document both programs show (default: the bundled briefing.md, which a first "
        "launch shows from its install-time render; a copy under another name is never-seen)",
    )
    parser.add_argument("--base", help="a git revision whose app is measured too (before)")
    parser.add_argument(
        "--base-tree",
        help="a folder holding an earlier `viewer` package (e.g. --base's export with its "
        "first-paint line printing the CPU time, which older trees do not)",
    )
    args = parser.parse_args()
    base_tree = export_tree(args.base) if args.base else None
    if args.base_tree:
        base_tree = Path(args.base_tree).resolve()
    for tree in (ROOT, base_tree):
        if tree is not None:
            compile_app(tree)
    data_dir = scratch_dir("bv-bench-")
    runtime = scratch_dir("bv-runtime-")
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform, XDG_RUNTIME_DIR=runtime)
    env["BRIEFING_VIEWER_EXIT_AFTER_FIRST_PAINT"] = "1"
    env["PYTHONPATH"] = str(ROOT)
    # An installed app has its bytecode cached (pip compiles on install); without this a shell
    # that sets PYTHONDONTWRITEBYTECODE makes every run recompile ~50 modules (~80 ms).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    document = Path(args.document).resolve()
    app_cmd = [sys.executable, "-m", "viewer", "--data-dir", data_dir, str(document)]
    # The baseline gets the HTML already rendered (the strictest floor): no Markdown parsing.
    from viewer.core.document.markdown_model import load_document

    html_file = Path(data_dir) / "briefing.html"
    html_file.write_text(load_document(document).panes[0].html, encoding="utf-8")
    base_cmd = [sys.executable, "-c", BASELINE, str(html_file)]
    # one untimed warm-up each: the first run pays for cold disk caches
    run_once(app_cmd, env)
    run_once(base_cmd, env)
    app_times, base_times, before_times = [], [], []
    before_env = dict(env, PYTHONPATH=str(base_tree)) if base_tree else None
    if base_tree is not None:
        run_once(app_cmd, before_env, base_tree)  # its warm-up (and its bytecode cache)
    for _ in range(args.runs):
        if args.cold_cache:
            app_cmd[4] = scratch_dir("bv-bench-")
        app_times.append(run_once(app_cmd, env))
        base_times.append(run_once(base_cmd, env))
        if base_tree is not None:
            if args.cold_cache:
                app_cmd[4] = scratch_dir("bv-bench-")
            before_times.append(run_once(app_cmd, before_env, base_tree))
    cache = "cold (fresh data dir each run)" if args.cold_cache else "warm"
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"platform: {args.platform}, runs: {args.runs} each after one warm-up, cache: {cache}")
    print(f"document: {document.name}")
    print(f"{time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC, load {load}")
    rows = [("app", app_times), ("baseline", base_times), ("before", before_times)]
    for index, what in ((0, "wall"), (1, "CPU")):
        base_med = statistics.median(t[index] for t in base_times)
        for name, times in rows:
            if times:
                values = [t[index] for t in times]
                med = statistics.median(values)
                print(
                    f"{what:<4} {name:<8} median {med * 1000:4.0f} ms ({_spread(values)})"
                    f"  ratio {med / base_med:.2f}"
                )
    print("target: app / baseline <= 1.5")
    if args.memory:
        measure_memory(app_cmd, env, 3, base_tree)
    return 0


def _spread(times: list[float]) -> str:
    return f"min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f} ms"


if __name__ == "__main__":
    sys.exit(main())
