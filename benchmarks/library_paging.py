"""Library results paging in the GUI: scrolling through every matching document.

    .venv/bin/python benchmarks/library_paging.py [--sample 400] [--query 规定] [FOLDER]

Indexes FOLDER (default: the first SAMPLE laws of ../shared/corpora/laws, copied to a
temporary folder: the whole corpus would take minutes to index for a figure about the panel),
then searches through the Library Search panel and scrolls its results to the end, page after
page, as a reader would, until every matching document is listed. Reports the time from each
scroll to the next page's rows on screen, and the largest stall of the GUI thread (a 20 ms
heartbeat, as benchmarks/library_gui.py) while pages were added.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
LAWS = ROOT.parent / "shared" / "corpora" / "laws"


def sample_folder(count: int, scratch: Path) -> Path:
    """The first `count` laws (sorted paths) copied, folders kept, into `scratch`."""
    target = scratch / "laws"
    for source in sorted(LAWS.rglob("*.md"))[:count]:
        destination = target / source.relative_to(LAWS)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?")
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--query", default="规定")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="bv-runtime-"))
    from viewer.core.base import paths

    scratch = Path(tempfile.mkdtemp(prefix="bv-paging-"))  # removed at the end
    paths.set_data_dir(scratch / "data")
    from library_gui import Heartbeat, wait_for
    from PySide6.QtWidgets import QApplication

    from viewer.ui.common.feature_docks import reserve_feature_docks
    from viewer.ui.library.docks import open_library
    from viewer.ui.library.result_rows import DOC_ROLE
    from viewer.ui.window.main_window import MainWindow

    folder = Path(args.folder) if args.folder else sample_folder(args.sample, scratch)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(theme_mode="light")
    reserve_feature_docks(window)
    window.resize(1366, 768)
    window.show()
    library = open_library(window, folder)
    (report,) = wait_for(app, library.indexing_finished, 900)
    print(f"indexed: {len(report.added)} documents in {report.seconds:.1f} s")

    panel, beat = library.panel, Heartbeat()
    beat.start()
    started = time.perf_counter()
    panel.box.setText(args.query)
    library.search_now()
    (results,) = wait_for(app, library.search_finished, 60)
    first_ms = (time.perf_counter() - started) * 1000
    beat.phase = "first page shown"
    page_ms = []
    bar = panel.results.verticalScrollBar()
    while results.has_more:
        app.processEvents()  # lay the rows out, so the scroll bar knows the end
        started = time.perf_counter()
        beat.phase = f"page {len(page_ms) + 2}"
        bar.setValue(bar.maximum())
        wait_for(app, library.more_results, 60)
        app.processEvents()
        page_ms.append((time.perf_counter() - started) * 1000)
    stalls = beat.stop()
    tree = panel.results
    items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    listed = sum(1 for item in items if item.data(0, DOC_ROLE) is not None)
    library.shutdown()
    shutil.rmtree(scratch, ignore_errors=True)
    print(
        f"query {args.query!r}: {results.total_documents} documents, first page {first_ms:.0f} ms"
    )
    if page_ms:
        ordered = sorted(page_ms)
        p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
        print(
            f"next pages: {len(page_ms)}, scroll → rows on screen median "
            f"{statistics.median(page_ms):.0f} ms, p95 {p95:.0f} ms, max {ordered[-1]:.0f} ms"
        )
    print(f"listed at the end: {listed} of {results.total_documents}")
    print(f"GUI heartbeat: max gap {stalls['max_gap_ms']} ms, p99 {stalls['p99_gap_ms']} ms")
    print("gaps over 100 ms:", stalls["stalls"])
    return 0 if listed == results.total_documents else 1


if __name__ == "__main__":
    sys.exit(main())
