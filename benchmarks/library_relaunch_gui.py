"""Library relaunch in the GUI: process start to the first results of a search, index built.

    .venv/bin/python benchmarks/library_relaunch_gui.py --data-dir DIR [FOLDER] [--runs 5]
        [--before TREE [--before-data-dir DIR2]] [--phases]

DIR holds the index of FOLDER (default: the laws); if it has none yet it is built first (the
laws: minutes), as a library's first opening would. One run of each tree is not counted (the
library's earlier session: the window's saved layout, a warm disk cache). Each run is a fresh
offscreen process that starts the app the way `python -m viewer FOLDER` does (the command
line, `run_app`, the window's own start path) and types QUERY and Enter into the library's
search box as soon as the window exists (as a reader typing during the launch would); the time
is from just before the process starts to the results reaching the panel (search_finished with
results). Also printed: the CPU time the process used up to then (all threads; steadier than
wall time on a loaded machine), the GUI thread's share, the time after the window's first
paint, and with --phases the median time (and GUI-thread CPU) at each step.

--before TREE (repeatable): a tree of the app to compare with (e.g. `git archive REV | tar -x
-C TREE`), run alternately with this one in the same minutes, so that all see the same load.
"""

from __future__ import annotations

import argparse
import atexit
import json
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
LAWS = ROOT.parent / "shared" / "corpora" / "laws"
TREE_ENV = "BRIEFING_VIEWER_BENCH_TREE"  # the child imports the app from this tree


def child(folder: str, query: str) -> None:
    started = float(os.environ["BRIEFING_VIEWER_BENCH_T0"])
    sys.path.insert(0, os.environ.get(TREE_ENV, str(ROOT)))
    marks: dict[str, float] = {}

    gui_cpu: dict[str, float] = {}

    def mark(name: str) -> None:
        marks.setdefault(name, time.time() - started)
        gui_cpu.setdefault(name, time.thread_time())  # marks are made on the GUI thread

    mark("python started")

    from viewer.cli import main as cli
    from viewer.ui.window import app as app_module

    mark("app modules imported")
    open_window = app_module.open_window

    def typed_at_once(app, args, path, problem, size, *given):
        from viewer.ui.common.screenshot import FirstPaintWatcher

        mark("window building")
        window = open_window(app, args, path, problem, size, *given)
        mark("window shown")
        window._bench_paint = FirstPaintWatcher(window, lambda: mark("first paint"), at_once=True)
        library = window.library
        library.opening.connect(lambda _folder: mark("library opening"))
        library.search_started.connect(lambda: mark("search started"))

        def finished(results) -> None:
            if results is None or "results" in marks:
                return  # a None: nothing to show yet (the searcher is still opening)
            mark("results")
            out = {"marks": marks, "gui_cpu": gui_cpu, "cpu": time.process_time()}
            out["found"] = results.total_documents
            print(json.dumps(out), flush=True)
            app.quit()

        library.search_finished.connect(finished)
        library.panel.box.setText(query)
        library.panel.box.returnPressed.emit()  # Enter: no debounce
        return window

    app_module.open_window = typed_at_once
    code = cli.main([folder])
    sys.stdout.flush()
    os._exit(code)  # the update check may still be winding down: it is not what is timed


def run_once(tree: Path, folder: str, data_dir: str, query: str) -> dict:
    env = dict(os.environ, **{TREE_ENV: str(tree)})
    env["BRIEFING_VIEWER_BENCH_T0"] = repr(time.time())  # last: just before the process starts
    command = [sys.executable, __file__, folder, "--data-dir", data_dir, "--child"]
    out = subprocess.run(
        [*command, "--query", query], capture_output=True, text=True, env=env, timeout=120
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"no results from the app:\n{out.stderr[-2000:]}")
    return json.loads(lines[-1])


def ensure_index(folder: str) -> None:
    """Build the folder's index in DIR if it has none (the relaunch needs one)."""
    sys.path.insert(0, str(ROOT))
    from viewer.core.library.index import LibraryIndex

    index = LibraryIndex(folder)
    if not index.manifest_path.exists():
        started = time.time()
        report = index.update()
        print(f"index built: {len(report.added)} files in {time.time() - started:.0f} s")


def summary(name: str, runs: list[dict], phases: bool) -> str:
    total = [r["marks"]["results"] for r in runs]
    after_paint = [r["marks"]["results"] - r["marks"].get("first paint", 0) for r in runs]
    cpu = [r["cpu"] for r in runs]
    gui_cpu = [r["gui_cpu"]["results"] for r in runs]
    text = (
        f"{name}: median {statistics.median(total):.2f} s (min {min(total):.2f}, max "
        f"{max(total):.2f}), CPU {statistics.median(cpu):.2f} s (GUI thread "
        f"{statistics.median(gui_cpu):.2f} s), after the first paint "
        f"{statistics.median(after_paint):.2f} s"
    )
    if phases:
        steps = sorted(runs[0]["marks"], key=lambda k: runs[0]["marks"][k])
        for step in steps:
            at = statistics.median(r["marks"].get(step, float("nan")) for r in runs)
            cpu_at = statistics.median(r["gui_cpu"].get(step, float("nan")) for r in runs)
            text += f"\n    {at * 1000:6.0f} ms  (GUI thread CPU {cpu_at * 1000:4.0f} ms)  {step}"
    return text


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(LAWS))
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--query", default="电子签名")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--before", action="append", default=[], help="another tree of the app (repeatable)"
    )
    parser.add_argument(
        "--before-data-dir",
        help="the data dir of the --before trees (one written by them: an index this tree has "
        "upgraded may not be one they read)",
    )
    parser.add_argument("--phases", action="store_true", help="median time of each step")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.update(BRIEFING_VIEWER_DATA_DIR=args.data_dir, QT_QPA_PLATFORM="offscreen")
    if not args.child:  # one runtime folder for all the runs (their children inherit it)
        runtime = tempfile.mkdtemp(prefix="bv-runtime-")
        atexit.register(shutil.rmtree, runtime, True)
        os.environ["XDG_RUNTIME_DIR"] = runtime
    if args.child:
        child(args.folder, args.query)
        return 0
    ensure_index(args.folder)
    trees = {"this tree": ROOT}
    for tree in args.before:
        trees[f"before ({Path(tree).name})"] = Path(tree).resolve()
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    for tree in trees.values():
        compile_app(tree)
    data_dirs = {name: args.data_dir for name in trees}
    for name in list(trees)[1:]:
        data_dirs[name] = args.before_data_dir or args.data_dir
    for name, tree in trees.items():  # the earlier session: not counted
        run_once(tree, args.folder, data_dirs[name], args.query)
    order = list(trees.items())
    for turn in range(args.runs):
        # each round starts with another tree: no tree always runs first (or just after X)
        for name, tree in order[turn % len(order) :] + order[: turn % len(order)]:
            runs[name].append(run_once(tree, args.folder, data_dirs[name], args.query))
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    found = runs["this tree"][0]["found"]
    print(
        f"{time.strftime('%Y-%m-%d %H:%M')} UTC, load {load}: relaunch to first results "
        f"({args.query}, {found} documents), {args.runs} runs"
    )
    for name, tree_runs in runs.items():
        print(summary(name, tree_runs, args.phases))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
