"""Which file each Whoosh document number holds, saved beside the index once per commit.

Reading every document's stored path at open cost ~40 ms of each relaunch on the laws (3,476
unpickled records); the mapping only changes when a commit does, so the first searcher to open
a generation saves it (`docnums.json`, keyed by the generation and its table of contents' mtime,
as a rebuild starts counting generations again) and the next ones read it back.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from viewer.core.base.atomic_file import write_text_atomic

FILE = "docnums.json"


def docnum_paths(index_dir: Path, whoosh_dir: Path, reader) -> dict[str, int]:
    """rel_path -> document number of the live documents `reader` sees."""
    generation = generation_key(whoosh_dir, reader.generation())
    saved = _load(index_dir / FILE, generation)
    if saved is not None:
        return saved
    found = {fields["path"]: n for n, fields in reader.iter_docs()}
    with contextlib.suppress(OSError):  # a read-only cache folder: computed again next time
        payload = {"generation": generation, "paths": sorted(found.items(), key=lambda i: i[1])}
        write_text_atomic(index_dir / FILE, json.dumps(payload))  # \udcXX names survive
    return found


def generation_key(whoosh_dir: Path, generation) -> list | None:
    """The generation and its table of contents' mtime (a rebuild counts from 1 again)."""
    try:
        return [generation, (whoosh_dir / f"_MAIN_{generation}.toc").stat().st_mtime_ns]
    except (OSError, TypeError):
        return None


def _load(path: Path, generation) -> dict[str, int] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("generation") != generation or generation is None:
        return None
    try:
        return {str(p): int(n) for p, n in data["paths"]}
    except (KeyError, TypeError, ValueError):
        return None
