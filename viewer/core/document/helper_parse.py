"""A never-seen document parsed in a helper process while the app imports Qt.

A document that is neither in the parsed-document cache nor the bundled briefing is parsed by
python-markdown (~55 ms of imports and pattern compiling, then the parse). In-process that
work comes before the first paint. `start_helper` forks a child before Qt is loaded: it parses
the document (filling the cache, as an in-process parse would) while the app imports Qt and
builds its window on the other core, and hands the result back through a pipe in the cache's
JSON form, so the window shows the document in its first frame as if it had been cached.

Anything short of a complete answer for the same file, parser and language (the child
crashed, was killed, met bad input, or the file changed meanwhile) gives None: the caller then
parses in-process as before, with the same results and error messages.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import sys
import threading
from pathlib import Path

from viewer.core.document.cache import (
    cache_key,
    document_from_json,
    document_to_json,
    load_document_cached,
)
from viewer.core.document.model import Document
from viewer.core.formats.registry import kind_of, unsupported_reason
from viewer.core.i18n import language

# Bigger files go on a worker with the loading indicator as before: their parse dwarfs the
# start-up, and a child that long-lived would have to be tracked past the first paint.
MAX_HELPER_BYTES = 1_000_000
_CHUNK = 1 << 16
_PIPE_BYTES = 1 << 20  # Linux's default pipe-max-size


def helper_possible() -> bool:
    """Forking without exec is safe only while this process has one thread and no Qt (whose
    libraries may hold locks or threads); on macOS system frameworks forbid it altogether."""
    if not sys.platform.startswith("linux") or "PySide6" in sys.modules:
        return False
    return threading.active_count() == 1


def start_helper(path: Path, cache_dir: Path, language_code: str) -> HelperParse | None:
    """The helper, parsing `path` in the interface language `language_code`; None where it
    would not help (a cached or bundled document, a big one, or no safe fork)."""
    path = Path(path)
    if kind_of(path) or unsupported_reason(path) or not helper_possible():
        return None  # web pages, Word and PDF files have their own converter process
    try:
        if path.stat().st_size > MAX_HELPER_BYTES:
            return None
    except OSError:
        return None  # the in-process load reports it
    key = cache_key(path, language_code)
    if key is None or (cache_dir / f"{key}.json").exists() or _bundled(path):
        return None  # read from the cache or the install-time render: nothing to parse
    import fcntl  # POSIX only, as is forking

    read_end, write_end = os.pipe()
    # Room for the whole answer: the child exits without waiting for a reader (under a lower
    # system limit the parent reads as the child writes).
    with contextlib.suppress(OSError):
        fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        _parse_and_send(path, cache_dir, language_code, write_end)
    os.close(write_end)
    os.set_blocking(read_end, False)
    return HelperParse(pid, read_end, path)


def _bundled(path: Path) -> bool:
    from viewer.core.document.prerendered import BUNDLED_NAME, resource_file

    return path.name == BUNDLED_NAME and resource_file().is_file()


def _parse_and_send(path: Path, cache_dir: Path, language_code: str, out: int) -> None:
    code = 1
    try:
        language.set_language(language_code)  # the document's warnings are in this language
        key = cache_key(path)  # before reading: a change while parsing makes the answer stale
        document = load_document_cached(path, cache_dir)
        payload = {"key": key, "document": document_to_json(document)}
        data = memoryview(json.dumps(payload, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        while data:
            data = data[os.write(out, data) :]
        code = 0
    except BaseException:  # noqa: BLE001 - the parent parses in-process and reports it
        pass
    finally:
        os._exit(code)  # no atexit handlers, no flushing the parent's buffered output twice


class HelperParse:
    """The parent's end: `wait()` for the answer, `document()` to take it, `abandon()`."""

    def __init__(self, pid: int, fd: int, path: Path) -> None:
        self.pid = pid
        self.path = path
        self.abandoned = False
        self._fd: int | None = fd
        self._chunks: list[bytes] = []
        self._status: int | None = None
        self._lock = threading.Lock()  # the GUI thread may abandon while a worker waits
        self._reap_lock = threading.Lock()  # no signal to a pid once reaped (it may be reused)

    def wait(self, timeout: float | None = None) -> bool:
        """True once the child has answered or ended (`timeout` in seconds, None: no limit)."""
        with self._lock:
            while self._fd is not None:
                ready, _, _ = select.select([self._fd], [], [], timeout)
                if not ready:
                    return False
                chunk = os.read(self._fd, _CHUNK)
                if not chunk:
                    self._close()
                    break
                self._chunks.append(chunk)
            return True

    def document(self) -> Document | None:
        """The parsed document, waiting for it; None if the child failed or its answer is
        for another state of the file, parser or language than this process's now."""
        if not self.wait() or self._status != 0 or self.abandoned:
            return None
        try:
            raw = json.loads(b"".join(self._chunks).decode("utf-8", "surrogatepass"))
            if raw["key"] is None or raw["key"] != cache_key(self.path):
                return None
            return document_from_json(raw["document"], self.path)
        except (ValueError, KeyError, TypeError):
            return None

    def abandon(self) -> None:
        """End the child (e.g. at quit): a waiting `document()` then returns None."""
        self.abandoned = True
        with self._reap_lock:
            if self._status is None:
                os.kill(self.pid, signal.SIGKILL)  # unreaped, so still ours (maybe a zombie)
        self.wait()

    def _close(self) -> None:
        os.close(self._fd)
        self._fd = None
        with self._reap_lock:
            _, status = os.waitpid(self.pid, 0)
            self._status = os.waitstatus_to_exitcode(status)


def load_with_helper(path: Path, cache_dir: Path, helper: HelperParse | None) -> Document | None:
    """For a worker: the helper's document, else an in-process parse (which raises the
    same DocumentError as ever for bad input); None only once the helper was abandoned."""
    if helper is not None:
        document = helper.document()
        if document is not None or helper.abandoned:
            return document
    return load_document_cached(path, cache_dir)
