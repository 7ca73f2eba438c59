"""Ctrl+C in a terminal reaches every process of the command's group: the command stops with
one line and the shell's exit code for it (130), its helper processes print nothing."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# A command that starts a spawned helper (as the index's parse pool does) and a forked one (as
# Whoosh's writers are), then waits; it says "ready" once both run.
COMMAND = r"""
import multiprocessing, os, sys, time
sys.path.insert(0, sys.argv[1])
from viewer.cli import main as cli
from viewer.core.base.child_lifetime import die_with_parent

def slow(argv):
    with multiprocessing.get_context("spawn").Pool(1, initializer=die_with_parent) as pool:
        pool.apply_async(time.sleep, (30,))
        if os.fork() == 0:
            die_with_parent()  # as the index update's forked helpers are ended
            time.sleep(30)
            os._exit(0)
        time.sleep(1.5)  # the pool's worker is up
        print("ready", flush=True)
        time.sleep(30)
    return 0

if __name__ == "__main__":
    sys.modules["slow_command"] = sys.modules["__main__"]
    cli.COMMANDS["slow"] = ("slow_command", "slow")
    sys.exit(cli.main(["slow"]))
"""


@pytest.mark.skipif(not hasattr(os, "killpg"), reason="process groups: POSIX only")
def test_ctrl_c_stops_a_command_with_one_line_and_no_helper_tracebacks(tmp_path):
    script = tmp_path / "slow_cli.py"
    script.write_text(COMMAND, encoding="utf-8")
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("BRIEFING_VIEWER_LANG", None)
    process = subprocess.Popen(
        [sys.executable, str(script), str(ROOT)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own group, as a terminal's foreground job
    )
    try:
        assert process.stdout.readline().strip() == "ready"
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl+C does
        _, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 130
    assert err.strip() == "briefing-viewer: stopped (Ctrl+C)", err
