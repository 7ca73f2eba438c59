"""How long Cancel takes to stop a first index of a folder (the laws by default), as the window
runs it (an UpdateProcess child), at two moments: while documents are being parsed, and while
a batch is being written (the phase "Writing the index of N documents", cancelled half a second
into it: the slow case before round 10, when the batch was committed first).

    .venv/bin/python benchmarks/library_cancel.py [--corpus DIR] [--runs 2] [--before TREE]

--before TREE: an older tree of the app (`git archive REV | tar -x -C TREE`), measured the same
way in the same run. Prints seconds from Cancel to the update returning, and how many files
the index then holds. Each run indexes into a fresh temporary folder.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAWS = ROOT.parent / "shared" / "corpora" / "laws"


def measure(corpus: str, moment: str) -> dict:
    """In a child whose sys.path starts with the tree under test."""
    from viewer.core.library.index import LibraryIndex
    from viewer.core.library.update_process import UpdateProcess

    with tempfile.TemporaryDirectory() as data:
        index = LibraryIndex(corpus, Path(data) / "index")
        cancel, cancelled_at, armed = threading.Event(), [], []

        def cancel_now() -> None:
            cancelled_at.append(time.monotonic())
            cancel.set()

        def stop(delay: float) -> None:
            if not armed:  # the first moment only
                armed.append(delay)
                threading.Timer(delay, cancel_now).start()

        def phase(message) -> None:
            if moment == "writing" and str(message).startswith("Writing the index of"):
                stop(0.5)

        if moment == "parsing":
            stop(5.0)
        UpdateProcess(index, procs=2).run(progress=None, cancel=cancel, phase=phase)
        returned = time.monotonic()
        return {
            "seconds": returned - cancelled_at[0] if cancelled_at else None,
            "indexed": len(index.manifest()),
        }


def run(tree: Path, corpus: Path, moment: str) -> dict:
    """measure() in a fresh child whose `viewer` is the one of `tree`."""
    code = (
        "import sys, json, importlib.util\n"
        f"sys.path.insert(0, {str(tree)!r})\n"
        f"spec = importlib.util.spec_from_file_location('library_cancel', {__file__!r})\n"
        "bench = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(bench)\n"
        f"print(json.dumps(bench.measure({str(corpus)!r}, {moment!r})))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tree)
    if out.returncode:
        raise SystemExit(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=LAWS)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--before", type=Path, help="an older tree of the app")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"skipped: no corpus at {args.corpus}")
    trees = [("this tree", ROOT)] + ([("before", args.before)] if args.before else [])
    print("| tree | Cancel while parsing, s | Cancel while a batch is written, s | indexed after |")
    print("|---|---|---|---|")
    for name, tree in trees:
        parsing = [run(tree, args.corpus, "parsing") for _ in range(args.runs)]
        writing = [run(tree, args.corpus, "writing") for _ in range(args.runs)]
        cell = lambda rs: " / ".join(f"{r['seconds']:.1f}" for r in rs)  # noqa: E731
        kept = statistics.median(r["indexed"] for r in writing)
        print(f"| {name} | {cell(parsing)} | {cell(writing)} | {kept:.0f} |", flush=True)


if __name__ == "__main__":
    main()
