"""Library relaunch in the GUI: process start to the first results of a search, index built.

    .venv/bin/python benchmarks/library_relaunch_gui.py --data-dir DIR [FOLDER] [--runs 5]

DIR must hold an up-to-date index of FOLDER (default: the laws), e.g. one made by
benchmarks/library_compare.py. Each run is a fresh offscreen window process that opens FOLDER
as a library and searches QUERY at once (as typing during the launch would); the time is from
just before the process starts to the results reaching the panel (search_finished).
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
LAWS = ROOT.parent / "shared" / "corpora" / "laws"


def child(folder: str, query: str) -> None:
    from PySide6.QtWidgets import QApplication

    from benchmarks.library_gui import wait_for
    from viewer.ui.common.feature_docks import reserve_feature_docks
    from viewer.ui.common.workers import wait_for_all
    from viewer.ui.library.docks import install_library, open_library
    from viewer.ui.window.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow(theme_mode="light")
    reserve_feature_docks(window)
    install_library(window)  # before show(), as the app does: the panels are in the first frame
    window.show()
    app.processEvents()
    shown_at = time.time()  # the window painted: what follows is the library's share
    library = open_library(window, folder)
    library.panel.box.setText(query)
    library.search_now()
    (found,) = wait_for(app, library.search_finished, 60)
    print(time.time(), found.total_documents if found else -1, shown_at, flush=True)
    library.shutdown()
    wait_for_all(10_000)  # as the app does on quit: the folder listing may still be running


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(LAWS))
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--query", default="电子签名")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.update(
        BRIEFING_VIEWER_DATA_DIR=args.data_dir,
        QT_QPA_PLATFORM="offscreen",
        XDG_RUNTIME_DIR=tempfile.mkdtemp(prefix="bv-runtime-"),
    )
    if args.child:
        child(args.folder, args.query)
        return 0
    spent, library_share = [], []
    command = [sys.executable, __file__, args.folder, "--data-dir", args.data_dir, "--child"]
    for _ in range(args.runs):
        started = time.time()
        out = subprocess.run(
            [*command, "--query", args.query], capture_output=True, text=True, check=True
        )
        shown, total, window_at = out.stdout.split()[:3]
        spent.append(float(shown) - started)
        library_share.append(float(shown) - float(window_at))
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(
        f"{time.strftime('%Y-%m-%d %H:%M')} UTC, load {load}: relaunch to first results "
        f"({args.query}, {total} documents) median {statistics.median(spent):.2f} s, "
        f"min {min(spent):.2f} s, max {max(spent):.2f} s over {args.runs} runs; from the "
        f"window shown to the results: median {statistics.median(library_share):.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
