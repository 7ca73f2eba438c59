"""Library list benchmark: how long the document list takes to fill, group into works, filter
and sort (a header click), on the GUI thread.

    .venv/bin/python benchmarks/library_list.py [FOLDER] [--runs 5]

Entries are made from each file's head (title, date, folder) as the index would list them, so
no index is built. The view is shown offscreen; each step ends after the events it posted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAWS = ROOT.parent / "shared" / "corpora" / "laws"
sys.path.insert(0, str(ROOT))


def entries_of(folder: Path):
    from viewer.core.library.scan import scan_folder
    from viewer.core.versions.families import group_heads, read_library_heads

    heads = read_library_heads(folder)
    entries = [
        replace(
            e,
            title=heads[e.rel_path].title,
            date=heads[e.rel_path].date,
            category=e.rel_path.rpartition("/")[0],
        )
        for e in scan_folder(folder)
        if e.rel_path in heads
    ]
    return entries, group_heads(heads)


def make_view(entries):
    from tests.ui.library.list_stub import Controller  # what LibraryView reads of its controller
    from viewer.ui.library.model import filter_keys
    from viewer.ui.library.view import LibraryView

    controller = Controller()
    controller.entries, controller.filter_keys = [], None
    view = LibraryView(controller)
    view.resize(420, 700)
    view.show()
    controller.entries, controller.filter_keys = entries, filter_keys(entries)
    return view, controller


def timed(app, step) -> float:
    started = time.perf_counter()
    step()
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def _rss_mb() -> float:
    """Resident set size (Linux /proc; 0 elsewhere)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(LAWS))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="bv-runtime-"))
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    entries, works = entries_of(Path(args.folder))
    view, _controller = make_view(entries)
    app.processEvents()
    grouped = hasattr(view, "set_works")
    fill, group, refill, typed, sort = [], [], [], [], []
    for _ in range(args.runs):
        if grouped:  # as a folder opens: listed flat, then the families arrive
            view.set_works([])
            app.processEvents()
        fill.append(timed(app, view._on_entries))
        if grouped:
            group.append(timed(app, lambda: view.set_works(works)))
            refill.append(timed(app, view._on_entries))  # indexing done, families known
        typed.append(timed(app, lambda: view.filter_box.setText("法")))
        typed.append(timed(app, lambda: view.filter_box.setText("")))
        sort.append(
            timed(
                app, lambda: view.table.header().setSortIndicator(2, Qt.SortOrder.DescendingOrder)
            )
        )
        sort.append(
            timed(app, lambda: view.table.header().setSortIndicator(1, Qt.SortOrder.AscendingOrder))
        )
    rss_before = _rss_mb()
    tracemalloc.start()
    view._on_entries()
    if grouped:
        view.set_works(works)
    app.processEvents()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    rows = view.table.model().rowCount()
    print(f"documents {len(entries)}, top-level rows {rows}, grouped {grouped}")
    print(f"fill list        median {statistics.median(fill):.1f} ms  max {max(fill):.1f}")
    if group:
        print(f"group into works median {statistics.median(group):.1f} ms  max {max(group):.1f}")
        print(f"refill, grouped  median {statistics.median(refill):.1f} ms  max {max(refill):.1f}")
    print(f"filter keystroke median {statistics.median(typed):.1f} ms  max {max(typed):.1f}")
    print(f"sort by column   median {statistics.median(sort):.1f} ms  max {max(sort):.1f}")
    print(f"Python memory allocated while filling: peak {peak / 1e6:.1f} MB")
    print(f"resident memory: {_rss_mb():.0f} MB ({_rss_mb() - rss_before:+.1f} MB for a refill)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
