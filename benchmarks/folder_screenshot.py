"""`briefing-viewer --screenshot PNG FOLDER`: process start -> PNG written -> process exit.

Copies every Nth law of the shared corpus into a temporary folder (fresh data dir each run, so
the folder is listed from scratch) and runs the real command offscreen.

    .venv/bin/python benchmarks/folder_screenshot.py [--laws DIR] [--files 50] [--runs 5]

Target: exit within 2 s for a 50-file folder (it used to time out after 60 s with no PNG).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_folder(laws: Path, target: Path, count: int) -> None:
    files = sorted(p for p in laws.rglob("*.md") if p.name != "SOURCE.md")
    step = max(1, len(files) // count)
    for source in files[::step][:count]:
        dest = target / source.relative_to(laws)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, dest)


def one_run(folder: Path, work: Path) -> tuple[float, float]:
    png, data = work / "shot.png", work / "data"
    png.unlink(missing_ok=True)
    shutil.rmtree(data, ignore_errors=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "viewer", "--data-dir", str(data)]
    started = time.monotonic()
    child = subprocess.Popen([*command, "--screenshot", str(png), str(folder)], cwd=ROOT, env=env)
    written = None
    while child.poll() is None:
        if written is None and png.exists():
            written = time.monotonic() - started
        time.sleep(0.01)
    if child.returncode != 0:
        raise SystemExit(f"exit code {child.returncode}")
    return written or float("nan"), time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laws", default=str(ROOT.parent / "shared" / "corpora" / "laws"))
    parser.add_argument("--files", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        make_folder(Path(args.laws), work / "library", args.files)
        runs = [one_run(work / "library", work) for _ in range(args.runs)]
    for name, values in (("PNG written", [r[0] for r in runs]), ("exit", [r[1] for r in runs])):
        print(f"{name:12} median {statistics.median(values):.2f} s (max {max(values):.2f} s)")


if __name__ == "__main__":
    main()
