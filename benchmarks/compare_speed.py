"""Time to compare the two largest versions of one work in the laws corpus.

    .venv/bin/python benchmarks/compare_speed.py [LAWS_DIR] [--runs N]

Finds the version family whose two largest files are largest together, then times
compare_documents on them (documents already parsed, as in the window) and, separately, the
parse of both files, reporting the median of N runs (default 5). Target: compare < 1 s.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viewer.core.document.markdown_model import load_document  # noqa: E402
from viewer.core.versions.article_units import compare_units  # noqa: E402
from viewer.core.versions.comparison import compare_documents  # noqa: E402
from viewer.core.versions.families import version_families  # noqa: E402

LAWS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "laws"


def largest_pair(laws: Path) -> tuple[Path, Path]:
    best, best_size = None, -1
    for work in version_families(laws):
        if len(work.versions) < 2:
            continue
        files = sorted((laws / v.path for v in work.versions), key=lambda p: p.stat().st_size)
        size = files[-1].stat().st_size + files[-2].stat().st_size
        if size > best_size:
            best, best_size = (files[-2], files[-1]), size
    return best


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5
    args = [a for a in args if not a.isdigit()]
    laws = Path(args[0]) if args else LAWS
    old_path, new_path = largest_pair(laws)
    parse, compare = [], []
    for _ in range(runs):
        started = time.perf_counter()
        old, new = load_document(old_path), load_document(new_path)
        parse.append(time.perf_counter() - started)
        started = time.perf_counter()
        comparison = compare_documents(old, new)
        compare.append(time.perf_counter() - started)
    sizes = f"{old_path.stat().st_size // 1024} KB + {new_path.stat().st_size // 1024} KB"
    articles = f"{len(compare_units(old))} + {len(compare_units(new))} articles"
    print(f"pair: {old_path.name} / {new_path.name} ({sizes}, {articles})")
    print(f"summary: {comparison.summary_line()}")
    print(f"compare median of {runs}: {statistics.median(compare) * 1000:.0f} ms")
    print(f"parse both files median: {statistics.median(parse) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
