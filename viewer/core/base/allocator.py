"""The C allocator asked to give freed memory back to the system (glibc on Linux; elsewhere
nothing is done).

Opening a library allocates and frees tens of MB in worker threads (the folder's listing, the
searcher's tables, the version families), and by default glibc keeps much of it: each thread
gets an arena of its own, and the size above which a block is mapped (and unmapped when freed)
grows to the largest block freed so far. The window then held 11 MB more at four times the
laws, nearly all of it freed blocks (library_memory.py). One arena and a fixed threshold make
large blocks go back when freed; `trim` gives back what is left once a library is open.
A user's own GLIBC_TUNABLES or MALLOC_* settings are left alone.
"""

from __future__ import annotations

import functools
import os
import sys

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD, M_ARENA_MAX = -1, -3, -8  # glibc's malloc.h
LARGE_BLOCK = 128 * 1024  # glibc's initial threshold, kept fixed
_OWN = ("GLIBC_TUNABLES", "MALLOC_ARENA_MAX", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_")


@functools.cache  # looked up once: trim is called at each library opening
def _glibc():
    if not sys.platform.startswith("linux") or any(name in os.environ for name in _OWN):
        return None
    import ctypes

    try:
        libc = ctypes.CDLL(None)  # this process's own C library
    except OSError:
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def give_memory_back() -> bool:
    """Configure the allocator (call before worker threads start); True if it was."""
    libc = _glibc()
    if libc is None:
        return False
    settings = ((M_ARENA_MAX, 1), (M_MMAP_THRESHOLD, LARGE_BLOCK), (M_TRIM_THRESHOLD, LARGE_BLOCK))
    return all(libc.mallopt(option, value) == 1 for option, value in settings)


def trim() -> None:
    """Return the freed memory the allocator still holds (a few ms)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
