"""Library GUI benchmark: is the window responsive while a whole folder is indexed?

    .venv/bin/python benchmarks/library_gui.py [FOLDER] [--query 电子签名]

Runs the real window offscreen with a fresh data dir, opens FOLDER (default: the laws corpus)
as a library and, while it is indexed from scratch, ticks a 20 ms heartbeat QTimer on the GUI
thread; the largest gap between ticks is how long the event loop stalled. Then it measures a
library search through the panel (request to results on screen) and a reopen (nothing to do).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAWS = ROOT.parent / "shared" / "corpora" / "laws"
HEARTBEAT_MS = 20


class Heartbeat:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.stalls: list[str] = []  # gaps over 100 ms: when, and what indexing had reached
        self.phase = ""
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.gaps.clear()
        self.stalls.clear()
        self.started = self.last = time.perf_counter()
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last) * 1000
        self.gaps.append(gap)
        if gap > 100:
            self.stalls.append(f"{gap:.0f} ms at {now - self.started:.1f} s ({self.phase})")
        self.last = now

    def stop(self) -> dict:
        self.timer.stop()
        gaps = sorted(self.gaps) or [0.0]
        return {
            "ticks": len(self.gaps),
            "max_gap_ms": round(gaps[-1], 1),
            "p99_gap_ms": round(gaps[int(len(gaps) * 0.99) - 1 if len(gaps) > 1 else 0], 1),
            "median_gap_ms": round(statistics.median(gaps), 1),
            "gaps_over_100ms": sum(1 for g in gaps if g > 100),
            "stalls": list(self.stalls),
        }


def wait_for(app, signal, timeout_s: float):
    """Run the event loop until `signal` fires; returns its arguments."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop, got = QEventLoop(), []

    def done(*args) -> None:
        got.append(args)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(done)
    if not got:
        raise TimeoutError(f"no signal within {timeout_s} s")
    return got[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(LAWS))
    parser.add_argument("--query", default="电子签名")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="bv-runtime-"))
    from viewer.core.base import paths

    paths.set_data_dir(tempfile.mkdtemp(prefix="bv-libgui-"))
    from PySide6.QtWidgets import QApplication

    from viewer.ui.common.feature_docks import reserve_feature_docks
    from viewer.ui.library.docks import open_library
    from viewer.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(theme_mode="light")
    reserve_feature_docks(window)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    beat = Heartbeat()
    results: dict = {"folder": args.folder}

    beat.start()
    started = time.perf_counter()
    library = open_library(window, args.folder)
    library.progress.connect(lambda d, t, _e: setattr(beat, "phase", f"{d}/{t} parsed"))
    library.opened.connect(lambda _f: setattr(beat, "phase", "listed"))
    library.phase_changed.connect(lambda message: setattr(beat, "phase", message))
    wait_for(app, library.opened, 60)
    results["list_shown_s"] = round(time.perf_counter() - started, 2)
    (report,) = wait_for(app, library.indexing_finished, 900)
    results["full_index_s"] = round(time.perf_counter() - started, 1)
    results["indexed"] = len(report.added)
    results["unreadable"] = len(report.failed)
    results["heartbeat_during_full_index"] = beat.stop()

    beat.start()
    started = time.perf_counter()
    library.panel.box.setText(args.query)
    library.search_now()
    (found,) = wait_for(app, library.search_finished, 60)
    results["search_to_results_ms"] = round((time.perf_counter() - started) * 1000)
    results["search_documents"] = found.total_documents if found else 0
    results["heartbeat_during_search"] = beat.stop()

    beat.start()
    started = time.perf_counter()
    library.open_folder(args.folder)  # reopen: only changes would be indexed (none)
    (again,) = wait_for(app, library.indexing_finished, 120)
    results["reopen_up_to_date_s"] = round(time.perf_counter() - started, 2)
    results["reopen_indexed"] = len(again.added) + len(again.changed)
    results["heartbeat_during_reopen"] = beat.stop()
    library.shutdown()
    for key, value in results.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
