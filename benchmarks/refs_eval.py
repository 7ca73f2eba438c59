"""Reference resolution measured on the labelled sample tests/data/refs_sample.tsv.

    .venv/bin/python benchmarks/refs_eval.py [LAWS_DIR]

Each sample row is one position in a law file (a 《, 第X条, 第X款, 前款 or 前条 drawn at random)
with the label read from its context: kind internal / external / none / hidden, and for
references the cited title (key), address and the status the library should give. The script
runs the real pipeline (catalog -> Resolver.document_references, version-aware) on each file,
finds the reference covering that position, and reports precision and recall separately for
internal and external references. A prediction is correct when kind, address and (external)
title and status all equal the label.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viewer.core.articles.catalog import build_catalog, title_key  # noqa: E402
from viewer.core.articles.resolution import Resolver  # noqa: E402
from viewer.core.document.markdown_model import load_document  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "refs_sample.tsv"
KINDS = ("internal", "external")


def _norm(text: str) -> str:
    return re.sub(r"[ \t\r\n\f|]+", " ", text).strip()


def read_sample(path: Path = SAMPLE) -> list[dict]:
    names = ["id", "file", "line", "col", "trigger", "context", "kind", "title", "address"]
    names += ["status", "note"]
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        rows.append(dict(zip(names, line.split("\t"), strict=False)))
    return rows


def predict(root: Path, rows: list[dict]) -> list[tuple]:
    resolver = Resolver(build_catalog(root))
    cache: dict[str, tuple] = {}
    out = []
    for row in rows:
        rel = row["file"]
        if rel not in cache:
            document = load_document(root / rel)
            lines = (root / rel).read_text(encoding="utf-8").split("\n")
            cache[rel] = (document, resolver.document_references(document, Path(rel).name), lines)
        document, refs, lines = cache[rel]
        out.append(_covering(document, refs, lines, int(row["line"]), int(row["col"])))
    return out


def _covering(document, refs, lines, number: int, col: int) -> tuple:
    """The reference whose span covers column `col` of line `number` (as the reader sees it)."""
    line = lines[number - 1].replace("|", " ")
    snippet = _norm(line[max(0, col - 12) : col + 12])
    lead = len(_norm(line[max(0, col - 12) : col] + "x")) - 1
    skip = sum(1 for earlier in lines[: number - 1] if snippet in _norm(earlier))
    for passage in document.passages():
        found = _norm(passage.text).find(snippet)
        if found < 0:
            continue
        if skip:
            skip -= 1
            continue
        position = found + lead
        for r in refs:
            ref = r.reference
            if ref.passage_id == passage.id and ref.start <= position < ref.end:
                address = r.target.address if r.target else ref.address
                title = title_key(ref.title) if ref.kind == "external" else ""
                return (ref.kind, title, address, r.status)
        break
    return ("none", "", "", "")


def expected(row: dict) -> tuple:
    """The label as the pipeline would report it (titles compared by their key)."""
    title = title_key(row["title"]) if row["title"] else ""
    return (row["kind"], title, row["address"], row["status"])


def score(rows: list[dict], predictions: list[tuple]) -> dict:
    result = {}
    for kind in KINDS:
        predicted = correct = gold = found = 0
        for row, (p_kind, title, address, status) in zip(rows, predictions, strict=True):
            if row["kind"] == "hidden":
                continue
            right = (p_kind, title, address, status) == expected(row)
            if p_kind == kind:
                predicted += 1
                correct += right
            if row["kind"] == kind:
                gold += 1
                found += right
        result[kind] = {
            "predicted": predicted,
            "correct": correct,
            "gold": gold,
            "found": found,
            "precision": correct / predicted if predicted else 1.0,
            "recall": found / gold if gold else 1.0,
        }
    return result


def main(root: Path) -> None:
    started = time.perf_counter()
    rows = read_sample()
    predictions = predict(root, rows)
    for row, prediction in zip(rows, predictions, strict=True):
        label = expected(row)
        if row["kind"] != "hidden" and prediction != label:
            print(f"#{row['id']} {row['context'][:40]}\n   label {label}\n   got   {prediction}")
    for kind, s in score(rows, predictions).items():
        print(
            f"{kind}: precision {s['precision']:.1%} ({s['correct']}/{s['predicted']}), "
            f"recall {s['recall']:.1%} ({s['found']}/{s['gold']})"
        )
    print(f"{len(rows)} rows in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/laws"))
