"""LibraryIndex.update() in a child process, so a GUI process keeps its GIL to itself.

Even with parsing in worker processes, the Whoosh writer, its commit and segment merges run
in the calling process holding the GIL for 100-150 ms at a time: enough to stall an event
loop. Here the whole update runs in a spawned child; the caller's thread only waits on a
multiprocessing queue (which releases the GIL) and relays what arrives:

    ("progress", (done, total, eta))    per document parsed
    ("phase", message)                  when a step starts (see LibraryIndex.update), and the
                                        follow-up's message once the index is committed
    ("done", UpdateReport)              the result; report.pid is the child's pid
    ("error", exception)

Cancel is a multiprocessing Event set from the caller's threading.Event, so the child stops
between documents and commits what it did, as in-process; a child still busy after
CANCEL_GRACE_S (committing a batch takes 8-20 s on the laws) is ended as on app quit.
terminate() (app quit) ends the child at once: it becomes its own process group so its parse
pool and Whoosh writer processes go with it; the index stays usable (each step is atomic) and
the next update redoes whatever was not committed. If the app itself is killed, the child and
its helpers die with it (child_lifetime).

After the index commits, the same child may run a follow-up that a feature above the library
hands in (the articles feature brings the citation graph up to date: FollowUp); the follow-up
is an extra: a failure there is logged, never reported as a failed index, and a cancelled or
failed index update does not run it.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

from viewer.core.base.child_lifetime import lead_group_that_dies_with
from viewer.core.base.errors import SearchIndexError
from viewer.core.library import messages
from viewer.core.library.index import LibraryIndex, Phase, Progress
from viewer.core.library.messages import Message
from viewer.core.library.report import UpdateReport

log = logging.getLogger(__name__)

# (phase message, function(root, cancel, procs, *extra), extra): work the child does after a
# successful update; `function` is a top-level function so the spawned child can import it
FollowUp = tuple[str, Callable[..., None], tuple]

POLL_S = 0.1  # how often the waiting thread looks at the cancel flag and the child
TERMINATE_GRACE_S = 2.0
# after Cancel, how long the child may take to stop on its own before it is ended
CANCEL_GRACE_S = 1.5


def run_update(
    root: str,
    index_dir: str,
    messages,
    cancel,
    procs: int | None = None,
    follow_links=False,
    follow_up: FollowUp | None = None,
) -> None:
    """Child process entry point: update the index, then the citation graph at `graph_file`
    (if given), reporting through `messages`."""
    lead_group_that_dies_with(os.getppid())  # a killed app takes its indexer along
    signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        index = LibraryIndex(root, index_dir, follow_links=follow_links)
        report = index.update(
            progress=lambda done, total, eta: messages.put(("progress", (done, total, eta))),
            cancel=cancel,
            procs=procs,
            phase=lambda message: messages.put(("phase", message)),
        )
        if follow_up is not None and not report.cancelled:
            message, function, extra = follow_up
            messages.put(("phase", message))
            started = time.monotonic()
            _run_follow_up(function, index.root, cancel, procs, extra)
            report.seconds += time.monotonic() - started  # the reader waited for it too
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller
        messages.put(("error", _picklable(exc)))
    else:
        messages.put(("done", report))


def _run_follow_up(function, root: Path, cancel, procs: int | None, extra: tuple) -> None:
    try:
        function(root, cancel, procs, *extra)
    except Exception:  # noqa: BLE001 - the index it follows is committed and fine
        log.warning("the follow-up of the update of %s failed", root, exc_info=True)


def _exit_on_signal(_signum, _frame) -> None:
    raise SystemExit(1)  # unwinds: the writer is cancelled, the parse pool terminated


def _picklable(exc: BaseException) -> Exception:
    import pickle

    if not isinstance(exc, Exception):  # SystemExit (terminated), KeyboardInterrupt
        return SearchIndexError(Message(messages.indexing_stopped))
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:  # noqa: BLE001 - any unpicklable exception becomes its message
        return SearchIndexError(f"{type(exc).__name__}: {exc}")
    return exc


class UpdateProcess:
    """One update of `index` in a child process. run() blocks (call it on a worker thread);
    terminate() may be called from any thread, before, during or after run()."""

    def __init__(
        self, index: LibraryIndex, procs: int | None = None, follow_up: FollowUp | None = None
    ) -> None:
        self.index = index
        self.procs = procs
        self.follow_up = follow_up
        self.pid: int | None = None
        self._process = None
        self._terminated = False
        self._lock = threading.Lock()

    def run(
        self,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        phase: Phase | None = None,
    ) -> UpdateReport:
        context = multiprocessing.get_context("spawn")
        messages = context.Queue()
        child_cancel = context.Event()
        index = self.index
        args = (str(index.root), str(index.dir), messages, child_cancel, self.procs)
        args += (index.follow_links, self.follow_up)
        with self._lock:
            if self._terminated:
                raise SearchIndexError(Message(messages.indexing_stopped))
            self._process = context.Process(target=run_update, args=args, name="library-update")
            self._process.start()
            self.pid = self._process.pid
        try:
            return self._wait(messages, child_cancel, cancel, progress, phase)
        finally:
            self._reap()
            self.index.reload()  # whatever the child committed, searchers now see it

    def _wait(self, messages, child_cancel, cancel, progress, phase) -> UpdateReport:
        cancelled_at = None
        while True:
            if cancel is not None and cancel.is_set() and cancelled_at is None:
                child_cancel.set()
                cancelled_at = time.monotonic()
            try:
                kind, payload = messages.get(timeout=POLL_S)
            except queue.Empty:
                if cancelled_at is not None and time.monotonic() - cancelled_at > CANCEL_GRACE_S:
                    return self._stop_now()  # it is committing a batch: seconds more
                if self._process.is_alive():
                    continue
                try:  # it may have exited right after its last message
                    kind, payload = messages.get(timeout=1.0)
                except queue.Empty:
                    code = self._process.exitcode
                    message = Message(messages.indexing_ended, code)
                    raise SearchIndexError(message) from None
            if kind == "progress" and progress is not None:
                progress(*payload)
            elif kind == "phase" and phase is not None:
                phase(payload)
            elif kind == "done":
                return payload
            elif kind == "error":
                raise payload

    def _stop_now(self) -> UpdateReport:
        """A Cancel the child did not act on in time: end it as app quit does. What it had
        committed stays; the next update redoes the rest."""
        _end(self._process)
        return UpdateReport(cancelled=True, pid=self.pid or 0)

    def terminate(self) -> None:
        """End the child and its helper processes now (app quit); run() then raises."""
        with self._lock:
            self._terminated = True
            process = self._process
        if process is not None and process.exitcode is None:
            _end(process)

    def _reap(self) -> None:
        self._process.join(TERMINATE_GRACE_S)
        if self._process.exitcode is None:  # no exit after its last message: end it
            _end(self._process)


def _end(process) -> None:
    """SIGTERM (the child cancels its writer and pool), then SIGKILL to its process group:
    helpers left behind by the child share it."""
    process.terminate()
    process.join(TERMINATE_GRACE_S)
    if hasattr(os, "killpg"):
        with contextlib.suppress(ProcessLookupError, PermissionError):  # the group is empty
            os.killpg(process.pid, signal.SIGKILL)
