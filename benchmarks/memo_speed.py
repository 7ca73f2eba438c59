"""Benchmark: an excerpt memo (摘编) of 200 bookmarks across 20 laws, in every format.

    .venv/bin/python benchmarks/memo_speed.py [--laws DIR] [--laws-count 20] [--per-law 10]
                                              [--repeat 5]

The first `--laws-count` laws of the corpus by path with at least `--per-law` articles get
`--per-law` bookmarks each (whole articles, with notes and tags) in a temporary data dir. Timed,
median of `--repeat` runs: resolving every bookmark against its file (library.everything(),
which loads the 20 laws), building the memo model (citations), and each writer. Target: the
memo builds in < 2 s (resolve + model + Word).
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
DEFAULT_LAWS = ROOT.parent / "shared" / "corpora" / "laws"
TARGET_S = 2.0


def bookmark(laws: Path, count: int, per_law: int) -> int:
    from viewer.core.bookmarks.library import BookmarkLibrary
    from viewer.core.document.markdown_model import load_document

    made = 0
    with BookmarkLibrary() as library:
        for path in sorted(laws.rglob("*.md")):
            if made >= count * per_law:
                break
            document = load_document(path)
            articles = [
                p for p in document.passages() if p.text.startswith("第") and "条" in p.text[:8]
            ]
            if len(articles) < per_law:
                continue
            step = len(articles) // per_law
            for k in range(per_law):
                passage = articles[k * step]
                library.add_passage(
                    document, passage.id, note=f"须核对第{k}处", tags=[f"主题{k % 4}"]
                )
                made += 1
    return made


def timed(fn, repeat: int):
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--laws", type=Path, default=DEFAULT_LAWS)
    parser.add_argument("--laws-count", type=int, default=20)
    parser.add_argument("--per-law", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.laws.is_dir():
        print(f"no laws corpus at {args.laws}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as data:
        from viewer.core.base import paths

        paths.set_data_dir(data)
        made = bookmark(args.laws, args.laws_count, args.per_law)
        return report(made, args.repeat)


def report(made: int, repeat: int) -> int:
    from viewer.core.bookmarks.library import BookmarkLibrary
    from viewer.core.export.docx_writer import to_docx
    from viewer.core.export.html_writer import to_html
    from viewer.core.export.markdown_writer import to_markdown
    from viewer.core.export.memo import build_memo

    with BookmarkLibrary() as library:
        resolve_s, items = timed(library.everything, repeat)
    documents = len({d.path for _, d in items if d is not None})
    model_s, memo = timed(lambda: build_memo(items), repeat)
    rows = [("resolve (load the laws, anchor every bookmark)", resolve_s), ("memo model", model_s)]
    for name, write in (("Word", to_docx), ("Markdown", to_markdown), ("HTML", to_html)):
        rows.append((name, timed(lambda w=write: w(memo), repeat)[0]))
    from PySide6.QtGui import QGuiApplication

    from viewer.ui.export.pdf import export_bytes

    _app = QGuiApplication.instance() or QGuiApplication([])
    pdf_s, pdf = timed(lambda: export_bytes(memo, "pdf"), max(1, repeat // 2))
    rows.append(
        (f"PDF ({pdf.count(b'/Type /Page') - pdf.count(b'/Type /Pages')} pages, Qt)", pdf_s)
    )
    print(f"{made} bookmarks in {documents} laws; median of {repeat} runs")
    for name, seconds in rows:
        print(f"  {name:<50} {seconds * 1000:8.1f} ms")
    total = resolve_s + model_s + rows[2][1]
    verdict = "within" if total < TARGET_S else "OVER"
    print(f"  memo as Word, from the stored bookmarks: {total:.2f} s ({verdict} {TARGET_S} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
