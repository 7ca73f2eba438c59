"""Running conversions in the converter child: one long-lived child per process, reused for every
file (a library converts hundreds), killed and restarted when a file exceeds its time limit."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import subprocess
import sys
import threading
import time

from viewer.core.base.errors import DocumentError
from viewer.core.i18n.catalogue import translate
from viewer.core.i18n.language import current

TIME_LIMIT_S = 60.0


def _die_with_parent() -> None:
    """Linux: the child gets SIGKILL when its parent dies (no orphaned converters)."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # other platforms: the child exits when stdin closes
        pass


class ConverterClient:
    def __init__(self, time_limit: float = TIME_LIMIT_S) -> None:
        self.time_limit = time_limit
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()

    def convert(self, path: str, kind: str) -> str:
        with self._lock:
            process = self._ensure()
            # the child answers in the interface language (its messages reach the reader)
            request = {"path": os.fspath(path), "kind": kind, "lang": current()}
            request = json.dumps(request) + "\n"
            try:
                process.stdin.write(request.encode("utf-8"))
                process.stdin.flush()
                line = self._read_line(process)
            except (BrokenPipeError, OSError) as exc:
                self.close()
                stopped = translate("Formats", "the converter stopped unexpectedly")
                raise DocumentError(stopped) from exc
        if line is None:
            self.close()
            message = translate("Formats", "converting it took longer than {seconds} s; stopped")
            raise DocumentError(message.format(seconds=f"{self.time_limit:.0f}"))
        if not line:
            self.close()
            raise DocumentError(
                translate("Formats", "the converter stopped (it ran out of memory?)")
            )
        reply = json.loads(line)
        if "error" in reply:
            raise DocumentError(reply["error"])
        return reply["markdown"]

    def _read_line(self, process: subprocess.Popen) -> bytes | None:
        """One reply line, None on time-out, b'' when the child died."""
        deadline = time.monotonic() + self.time_limit
        buffer = b""
        fd = process.stdout.fileno()
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], min(left, 0.5))
            if not ready:
                continue
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b""
            buffer += chunk
            if buffer.endswith(b"\n"):
                return buffer

    def _ensure(self) -> subprocess.Popen:
        if self._process is None or self._process.poll() is not None:
            env = dict(os.environ, PYTHONIOENCODING="utf-8")
            self._process = subprocess.Popen(
                [sys.executable, "-m", "viewer.core.formats.child"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
            )
        return self._process

    def close(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout):
            with contextlib.suppress(OSError):
                stream.close()


_CLIENT: ConverterClient | None = None
_CLIENT_LOCK = threading.Lock()


def client() -> ConverterClient:
    global _CLIENT
    with _CLIENT_LOCK:
        if _CLIENT is None:
            _CLIENT = ConverterClient()
            atexit.register(_CLIENT.close)
        return _CLIENT
