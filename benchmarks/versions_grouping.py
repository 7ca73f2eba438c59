"""Time to group a library into version families (reads each file's first 4 KB).

    .venv/bin/python benchmarks/versions_grouping.py [LAWS_DIR] [--runs N]

Reports the median of N runs (default 3) and how many works hold two or more versions; compare
with the full-index time in docs/benchmarks.md (the grouping must add < 5% to it).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viewer.core.versions.families import version_families  # noqa: E402

LAWS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "laws"


def main() -> int:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    paths = [a for a in sys.argv[1:] if not a.startswith("--") and not a.isdigit()]
    laws = Path(paths[0]) if paths else LAWS
    times, works = [], []
    for _ in range(runs):
        started = time.perf_counter()
        works = version_families(laws)
        times.append(time.perf_counter() - started)
    files = sum(len(w.versions) for w in works)
    multi = sum(1 for w in works if len(w.versions) > 1)
    print(f"{files} files, {len(works)} works, {multi} in two or more versions")
    print(f"grouping median of {runs}: {statistics.median(times) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
