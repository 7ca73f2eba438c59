"""Freed large blocks go back to the system once the allocator is configured (glibc)."""

import subprocess
import sys

import pytest

PROBE = """
import sys, threading
from viewer.core.base.allocator import give_memory_back
if sys.argv[1] == "configure":
    assert give_memory_back()
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
def work():
    big = bytearray(8 << 20)  # freed: glibc's threshold for mapped blocks grows to 8 MB
    del big
    blocks = [bytearray(1 << 20) for _ in range(150)]  # then these come from the heap
    del blocks
start = rss()
thread = threading.Thread(target=work)
thread.start()
thread.join()
print(rss() - start)
"""


def _kept_mb(mode: str) -> int:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, mode], capture_output=True, text=True, check=True
    )
    return int(out.stdout.split()[-1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator only")
def test_a_thread_s_freed_blocks_are_given_back():
    default = _kept_mb("default")
    if default < 50:
        pytest.skip(f"this C library gave the memory back by itself ({default} MB kept)")
    assert _kept_mb("configure") < 20
