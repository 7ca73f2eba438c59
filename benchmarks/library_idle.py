"""CPU an open library's window spends while nobody touches it, at two library sizes.

    .venv/bin/python benchmarks/library_idle.py --small DIR:DATA --large DIR:DATA
        [--before TREE] [--settle 30] [--seconds 60]

Each side is a corpus folder and the data dir holding its built index (library_build.py
--corpus DIR --data-dir DATA). The window (`python -m viewer --data-dir DATA DIR`, offscreen)
is left `--settle` seconds to list the folder and check for changes, then its user + system
CPU time (/proc/PID/stat) is read over `--seconds`. What runs then is the change poll, a stat
of every file: its cost per minute should not grow with the library. --before TREE (e.g.
`git archive REV | tar -x -C TREE`) runs an older tree of the app on the same data dirs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")
WINDOW = """
import sys
sys.path.insert(0, sys.argv.pop(1))
from viewer.cli.main import main
main()
"""


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def idle_cpu(tree: Path, corpus: str, data: str, settle: float, seconds: float) -> float:
    """CPU seconds per minute of the idle window."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-c", WINDOW, str(tree), "--data-dir", data, corpus]
    process = subprocess.Popen(
        command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        time.sleep(settle)
        if process.poll() is not None:
            raise RuntimeError(f"the window exited ({process.returncode})")
        before = cpu_seconds(process.pid)
        time.sleep(seconds)
        return (cpu_seconds(process.pid) - before) * 60 / seconds
    finally:
        process.kill()
        process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", required=True, help="CORPUS:DATA, e.g. the laws")
    parser.add_argument("--large", required=True, help="CORPUS:DATA, e.g. the laws four times")
    parser.add_argument("--before", help="an older tree of the app, on the same data dirs")
    parser.add_argument("--settle", type=float, default=30.0)
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    trees = [("this tree", ROOT)] + ([("before", Path(args.before))] if args.before else [])
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), f"load {load}")
    for name, tree in trees:
        small, large = (
            idle_cpu(tree, *side.split(":", 1), args.settle, args.seconds)
            for side in (args.small, args.large)
        )
        print(
            f"{name}: idle window {small:.2f} CPU-s/min small, {large:.2f} large, "
            f"ratio {large / max(small, 1e-9):.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
