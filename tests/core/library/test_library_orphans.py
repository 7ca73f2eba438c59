"""Indexing helpers die with the app: after kill -9 nothing of the indexer lives on.

Linux-only (it reads process groups from /proc). The library holds a file whose parse takes
minutes (a long run of `[`), so the indexing child is busy inside the parser, where a
cooperative cancel flag is never looked at, when its parent is killed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.library.test_library import write

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")

PARENT = r"""
import sys
from pathlib import Path
from viewer.core.library.index import LibraryIndex
from viewer.core.library.update_process import UpdateProcess

child = UpdateProcess(LibraryIndex(sys.argv[1]), procs=1)
def progress(done, total, eta):  # a document counts once written: the first report may be 0
    if not Path(sys.argv[2]).exists():
        Path(sys.argv[2]).write_text(str(child.pid))
child.run(progress=progress)
"""


def group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes in process group `pgid`."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue  # ended while we looked
        state, group = fields[0], int(fields[2])
        if group == pgid and state not in ("Z", "X"):
            members.append(int(entry.name))
    return members


def wait_until(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def test_the_indexing_child_dies_with_a_killed_app(tmp_path):
    lib = tmp_path / "lib"
    for i in range(3):
        write(lib, f"a{i}.md", f"第{i}法", "经营者应当依法纳税。")
    (lib / "z-slow.md").write_text("# 慢\n\n" + "[" * 20000 + "a\n", encoding="utf-8")
    pid_file = tmp_path / "child.pid"
    parent = subprocess.Popen([sys.executable, "-c", PARENT, str(lib), str(pid_file)])
    child = 0
    try:
        assert wait_until(pid_file.exists, 60), "the indexing child never reported progress"
        child = int(pid_file.read_text())
        assert group_members(child), "the indexing child is not running"
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        assert wait_until(lambda: not group_members(child), 3.0), (
            f"still running after the app was killed: {group_members(child)}"
        )
    finally:
        parent.kill()
        parent.wait(10)
        if child:
            for pid in group_members(child):
                os.kill(pid, signal.SIGKILL)
