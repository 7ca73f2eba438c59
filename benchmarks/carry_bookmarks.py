"""Carry a bookmark on every article of one version to another and count where they land.

    .venv/bin/python benchmarks/carry_bookmarks.py [OLD NEW] [--sample N]

Default: 立法法 2015 -> 2023 from the laws corpus. Uses a throw-away data dir. Each article gets
one bookmark on the first 30 characters of its text after the number; the report gives the
exact / moved / fuzzy / orphan counts and N random carried bookmarks (seeded) to check by reading.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from viewer.core.base import paths  # noqa: E402
from viewer.core.bookmarks.library import BookmarkLibrary  # noqa: E402
from viewer.core.document.markdown_model import load_document  # noqa: E402
from viewer.core.versions.article_units import compare_units  # noqa: E402
from viewer.core.versions.carry import carry_bookmarks  # noqa: E402

LAWS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "laws"
OLD = LAWS / "宪法相关法" / "立法法(2015-03-15).md"
NEW = LAWS / "宪法相关法" / "立法法(2023-03-13).md"
QUOTE_CHARS = 30


def main() -> int:
    sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 12
    files = [a for a in sys.argv[1:] if a.endswith(".md")]
    old_path, new_path = (Path(files[0]), Path(files[1])) if len(files) == 2 else (OLD, NEW)
    paths.set_data_dir(tempfile.mkdtemp(prefix="carry-bench-"))
    old, new = load_document(old_path), load_document(new_path)
    with BookmarkLibrary() as library:
        for unit in compare_units(old):
            library.add_quote(old, unit.body[:QUOTE_CHARS].split("\n")[0], note=unit.address)
        started = time.perf_counter()
        carried = carry_bookmarks(library, old, new)
        seconds = time.perf_counter() - started
    counts = {s: sum(c.status == s for c in carried) for s in ("exact", "moved", "fuzzy", "orphan")}
    print(f"{old_path.name} -> {new_path.name}: {len(carried)} bookmarks in {seconds:.2f} s")
    print(", ".join(f"{n} {status}" for status, n in counts.items()))
    for c in random.Random(12).sample(carried, min(sample, len(carried))):
        print(f"  {c.status:<6} {c.old_address} -> {c.new_address or '-'}  {c.original.quote}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
