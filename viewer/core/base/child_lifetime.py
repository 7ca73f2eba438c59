"""Helper processes that end with the process that started them.

A killed app (kill -9, a crash) cannot clean up: its indexing child, the parse workers and
Whoosh's writer processes (~200 MB each) would live on for minutes. On Linux the kernel can
send a signal to a process when its parent dies (prctl PR_SET_PDEATHSIG), which works even
while the process is busy inside a long C call. Elsewhere a thread watching the parent pid
ends the process group instead (it needs the GIL, so it is a fallback, not the rule).

The death signal is tied to the thread that started the child: start helpers from a thread
that outlives them (the main thread, or one that waits for the child, as UpdateProcess does).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1
WATCH_INTERVAL_S = 0.2


def die_with_parent() -> bool:
    """Have the kernel SIGKILL this process when its parent dies (False where unsupported).
    Also a multiprocessing Pool initializer.

    A helper ignores Ctrl+C too: a terminal sends it to the whole process group, and each
    helper printed its own traceback; the parent decides what stops, and ends its helpers."""
    with contextlib.suppress(ValueError, OSError):  # ValueError: not this process's main thread
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def lead_group_that_dies_with(parent_pid: int) -> None:
    """Make this process a group leader whose whole group ends when `parent_pid` goes.

    Each process it forks gets the kernel death signal too (Whoosh forks its writer
    processes); spawned pool workers should use die_with_parent as their initializer."""
    if hasattr(os, "setpgrp"):
        os.setpgrp()  # terminate() and the watcher can then end every helper at once
    die_with_parent()
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=die_with_parent)
    threading.Thread(
        target=_watch_parent, args=(parent_pid,), name="parent-watch", daemon=True
    ).start()


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:  # an orphan is adopted by another process
        time.sleep(WATCH_INTERVAL_S)
    end_own_group()


def end_own_group() -> None:
    if hasattr(os, "killpg"):
        with contextlib.suppress(OSError):
            os.killpg(os.getpgrp(), signal.SIGKILL)
    os._exit(1)  # no process groups here: at least this process ends
