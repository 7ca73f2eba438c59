"""What article addresses cost the document search: the one-off structure parse when the
index opens, and a search with and without the address lookup per hit.

    .venv/bin/python benchmarks/passage_addresses.py LAW_FILE [LAW_FILE ...]

Use a few files (the biggest laws are the worst case); each is indexed in a temporary folder.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viewer.core.document.markdown_model import load_document  # noqa: E402
from viewer.core.document.passage_addresses import addresses_of  # noqa: E402
from viewer.core.document.structure import parse_structure  # noqa: E402
from viewer.core.search.engine import DocumentSearch  # noqa: E402

QUERIES = ("本法", "第十条", "人民法院", "合同", "应当")
RUNS = 5


def _median_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(path: Path, index_root: Path) -> tuple[int, float, float, float]:
    document = load_document(path)
    parse_ms = _median_ms(lambda: addresses_of(parse_structure(document)))
    search = DocumentSearch(document, index_root=index_root)
    search.open()  # parses the structure once, as the window does off the GUI thread
    with_ms = sum(_median_ms(lambda q=q: search.search(q, limit=None)) for q in QUERIES)
    book = search._addresses
    search._addresses = {}  # the same search with nothing to look up
    without_ms = sum(_median_ms(lambda q=q: search.search(q, limit=None)) for q in QUERIES)
    search._addresses = book
    search.close()
    return sum(1 for _ in document.passages()), parse_ms, with_ms, without_ms


def main(paths: list[Path]) -> None:
    header = "| file | passages | structure parse, once (ms) | 5 searches, addresses / none (ms) |"
    print(header)
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for path in paths:
            count, parse_ms, with_ms, without_ms = measure(path, Path(tmp))
            print(f"| {path.name} | {count} | {parse_ms:.1f} | {with_ms:.1f} / {without_ms:.1f} |")


if __name__ == "__main__":
    main([Path(arg) for arg in sys.argv[1:]])
