"""Round trip of real laws through the formats readers receive, and conversion speed.

    .venv/bin/python benchmarks/formats_roundtrip.py [--laws N] [--library N]

Takes N laws from ../shared/corpora/laws (every k-th file, so all categories are present),
writes each as a gov.cn-style web page (half of them GB2312), as DOCX (pandoc, with a running
header and page numbers) and as PDF (LibreOffice from that DOCX; every fifth one two-column),
then opens each with the app's own loader and compares the articles (第X条 and the paragraphs
up to the next article) with those of the original Markdown, whitespace-free. Also measures
converting the largest law, and indexing a library of mixed formats against the same documents
as Markdown. Prints a Markdown report (docs/formats.md holds the latest).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.formats_corpus import (  # noqa: E402
    BOILERPLATE,
    articles,
    recovery,
    reference_docx,
    write_docx,
    write_html,
    write_pdfs,
)

LAWS = ROOT.parent / "shared" / "corpora" / "laws"
PAGE_NUMBER = re.compile(r"^-\s*\d+\s*-$|^第\s*\d+\s*页")
DATE_LINE = re.compile(r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日")


def pick(n: int) -> list[Path]:
    files = sorted(
        p
        for p in LAWS.rglob("*.md")
        if p.name != "SOURCE.md" and "第一条" in p.read_text(encoding="utf-8")
    )
    step = max(1, len(files) // n)
    return files[::step][:n]


def score(kind: str, pairs: list[tuple[Path, Path]]) -> dict:
    from viewer.core.document.markdown_model import load_document

    ok = total = counts_equal = titles = dates = boiler = failures = 0
    seconds = 0.0
    for law, converted in pairs:
        source = load_document(law)
        started = time.perf_counter()
        try:
            result = load_document(converted)
        except Exception as exc:  # a failure is counted, and the run goes on
            failures += 1
            print(f"  {kind}: {converted.name}: {exc}", file=sys.stderr)
            continue
        seconds += time.perf_counter() - started
        a, b = articles(source), articles(result)
        good, n = recovery(a, b)
        ok, total = ok + good, total + n
        counts_equal += len(a) == len(b)
        titles += result.title == source.title
        text = "\n".join(p.text for p in result.passages())
        dates += all(
            d in text.replace(" ", "") or d in str(result.metadata)
            for d in DATE_LINE.findall("\n".join(p.text for p in source.passages())[:2000])
        )
        original = "\n".join(p.text for p in source.passages())
        # words such as 主办单位 or 无障碍 occur in some laws: only what the original lacks counts
        boiler += any(
            any(w in p.text and w not in original for w in BOILERPLATE)
            or PAGE_NUMBER.match(p.text.strip())
            for p in result.passages()
        )
    return dict(
        kind=kind,
        files=len(pairs),
        failures=failures,
        ok=ok,
        total=total,
        counts_equal=counts_equal,
        titles=titles,
        dates=dates,
        boiler=boiler,
        seconds=seconds,
    )


def library_ratio(laws: list[Path], work: Path) -> tuple[float, float]:
    """Seconds to index the documents as Markdown, and as a mix of HTML/DOCX/PDF/Markdown."""
    md_dir, mixed = work / "lib-md", work / "lib-mixed"
    md_dir.mkdir()
    mixed.mkdir()
    for i, law in enumerate(laws):
        shutil.copy(law, md_dir / f"{i:04d}-{law.name}")
    ref = reference_docx(work)
    docx_files = []
    for i, law in enumerate(laws):
        kind = i % 4
        if kind == 0:
            shutil.copy(law, mixed / f"{i:04d}-{law.name}")
        elif kind == 1:
            page = write_html(law, mixed, i)
            page.rename(mixed / f"{i:04d}-{page.name}")
        else:
            d = write_docx(law, mixed, ref)
            d = d.rename(mixed / f"{i:04d}-{d.name}")
            if kind == 3:
                docx_files.append(d)
    write_pdfs(docx_files, mixed)
    for d in docx_files:
        d.unlink()  # their PDFs stand in for them
    times = []
    for folder in (md_dir, mixed):
        data = work / f"data-{folder.name}"
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "viewer",
                "--data-dir",
                str(data),
                "search",
                "--library",
                str(folder),
                "--json",
                "法律",
            ],
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        times.append(time.perf_counter() - started)
    return times[0], times[1]


def largest_law_speed(work: Path) -> dict:
    from viewer.core.formats.docx_file import docx_to_markdown
    from viewer.core.formats.pdf_file import pdf_to_markdown

    largest = max(LAWS.rglob("*.md"), key=lambda p: p.stat().st_size)
    folder = work / "largest"
    folder.mkdir()
    docx_path = write_docx(largest, folder, reference_docx(work))
    (pdf_path,) = write_pdfs([docx_path], folder)
    result = {"law": largest.name, "kb": largest.stat().st_size // 1024}
    for name, fn, path in (
        ("docx", docx_to_markdown, docx_path),
        ("pdf", pdf_to_markdown, pdf_path),
    ):
        data = path.read_bytes()
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            fn(data)
            runs.append(time.perf_counter() - started)
        result[name] = min(runs)
        result[name + "_mb"] = len(data) / 2**20
    return result


def report(rows, speed, built, n_laws, n_lib, md_s, mixed_s) -> None:
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"# Formats round trip — {date.today()}, {machine}\n")
    print(f"{n_laws} laws; building the test files took {built:.0f} s (pandoc, LibreOffice).\n")
    print(
        "| format | files | failed | articles recovered exactly | article counts equal | titles "
        "| dates | files with boilerplate or page numbers | open time (s, total) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        pct = 100 * r["ok"] / max(r["total"], 1)
        n = r["files"]
        print(
            f"| {r['kind']} | {n} | {r['failures']} | {r['ok']}/{r['total']} ({pct:.2f}%) "
            f"| {r['counts_equal']}/{n} | {r['titles']}/{n} | {r['dates']}/{n} | {r['boiler']} "
            f"| {r['seconds']:.1f} |"
        )
    print(
        f"\nLargest law ({speed['law']}, {speed['kb']} KB of Markdown): DOCX "
        f"({speed['docx_mb']:.2f} MB) converts in {speed['docx']:.2f} s, PDF "
        f"({speed['pdf_mb']:.2f} MB) in {speed['pdf']:.2f} s (best of 3, in-process)."
    )
    print(
        f"\nLibrary of {n_lib} documents, first index from the CLI: as Markdown {md_s:.1f} s; as a "
        f"mix (¼ Markdown, ¼ HTML, ¼ DOCX, ¼ PDF) {mixed_s:.1f} s — ratio {mixed_s / md_s:.2f}."
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--laws", type=int, default=120)
    parser.add_argument("--library", type=int, default=300)
    args = parser.parse_args()
    if not LAWS.is_dir():
        print(f"skipped: {LAWS} is absent")
        return 0
    with tempfile.TemporaryDirectory(prefix="bv-formats-") as tmp:
        work = Path(tmp)
        os.environ["BRIEFING_VIEWER_DATA_DIR"] = str(work / "data")
        laws = pick(args.laws)
        html_dir, docx_dir, pdf1, pdf2 = (work / n for n in ("html", "docx", "pdf1", "pdf2"))
        for d in (html_dir, docx_dir, pdf1, pdf2):
            d.mkdir()
        started = time.perf_counter()
        pages = [
            write_html(law, html_dir, i, "gb2312" if i % 2 else "utf-8")
            for i, law in enumerate(laws)
        ]
        ref, ref2 = reference_docx(work), reference_docx(work, two_columns=True)
        docs = [write_docx(law, docx_dir, ref) for law in laws]
        two_col = [write_docx(law, pdf2, ref2) for law in laws[::5]]
        one_pdfs = write_pdfs(docs, pdf1)
        two_pdfs = write_pdfs(two_col, pdf2)
        built = time.perf_counter() - started
        rows = [
            score("HTML", list(zip(laws, pages, strict=True))),
            score("DOCX", list(zip(laws, docs, strict=True))),
            score("PDF, one column", list(zip(laws, one_pdfs, strict=True))),
            score("PDF, two columns", list(zip(laws[::5], two_pdfs, strict=True))),
        ]
        speed = largest_law_speed(work)
        lib_laws = pick(args.library)
        md_s, mixed_s = library_ratio(lib_laws, work)
    report(rows, speed, built, len(laws), len(lib_laws), md_s, mixed_s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
