"""One pattern for work off the GUI thread: `run_in_background(fn, on_done=..., on_error=...)`.

Loading a 20 MB document, building a search index or searching a library all look the same:
call a plain function on a pool thread and get its result (or exception, or progress reports)
back on the GUI thread through Qt signals. The worker never touches a widget; only the
callbacks do, and they always run on the thread that called `run_in_background` (the GUI
thread): pool threads report through one long-lived relay QObject on the GUI thread, whose
signal is queued across threads, and never hold the task object itself (so no QObject is ever
destroyed on a pool thread).

    task = run_in_background(load_document, path,
                             on_done=window.show_document, on_error=window.show_error)
    task.cancel()          # a newer request supersedes this one: callbacks are dropped

A callback that is a method of a QObject already deleted (a closed window's panel) is dropped
too: the work may outlive whoever asked for it.

If `on_progress` is given, `fn` is called with an extra keyword argument `progress`, a callable
taking any one object (e.g. a fraction or a message) that is delivered to `on_progress`.
Tests can wait for `task.finished`, which fires after the done/error callback.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# Tasks waiting for their result, by id. Only the GUI thread adds, looks up and removes, so
# a task's QObject is always destroyed on the thread that owns it. Pool threads never hold a
# task: they report through the relay with the task's id.
_RUNNING: dict[int, BackgroundTask] = {}
_ids = itertools.count(1)


class _Relay(QObject):
    """Lives on the GUI thread for the whole run; its signal crosses threads queued.

    Only the task id travels through Qt; the payload waits in `_mailbox`. Passing Python
    objects through queued `object` arguments upset PySide's reference counts at exit."""

    ready = Signal(int)

    def post(self, task_id: int, kind: str, payload: Any) -> None:  # any thread
        with _mailbox_lock:
            _mailbox.append((task_id, kind, payload))
        try:
            self.ready.emit(task_id)
        except RuntimeError:  # the app is shutting down and the relay is gone: nobody waits
            log.debug("background result %s after shutdown dropped", task_id)

    @Slot(int)
    def drain(self, _task_id: int) -> None:
        with _mailbox_lock:
            messages = list(_mailbox)
            _mailbox.clear()
        for task_id, kind, payload in messages:
            self._dispatch(task_id, kind, payload)

    def _dispatch(self, task_id: int, kind: str, payload: Any) -> None:
        task = _RUNNING.get(task_id)
        if task is None:
            return
        if kind == "progress":
            task._deliver_progress(payload)
            return
        del _RUNNING[task_id]
        if kind == "done":
            task._deliver_result(payload)
        else:
            task._deliver_error(payload)


_relay: _Relay | None = None
_mailbox: list[tuple[int, str, Any]] = []
_mailbox_lock = threading.Lock()


def _get_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.ready.connect(_relay.drain)
    return _relay


class BackgroundTask(QObject):
    """Handle for one background call; callbacks and signals fire on the GUI thread."""

    finished = Signal()  # after the done/error callback ran (or was dropped by cancel)

    def __init__(self, on_done, on_error, on_progress) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.cancelled = False

    def cancel(self) -> None:
        """Drop the callbacks; the function itself runs to completion (Python cannot stop it)."""
        self.cancelled = True

    def _wanted(self, callback) -> bool:
        """Not cancelled, and the callback's object (if a QObject) still exists."""
        if self.cancelled or callback is None:
            return False
        owner = getattr(callback, "__self__", None)
        return not isinstance(owner, QObject) or shiboken6.isValid(owner)

    def _deliver_result(self, result: Any) -> None:
        try:
            if self._wanted(self._on_done):
                self._on_done(result)
        finally:
            self.finished.emit()

    def _deliver_error(self, error: BaseException) -> None:
        try:
            if self.cancelled:
                return
            if self._on_error is None:
                # Nobody asked to handle it: let the excepthook report it like any other bug.
                raise error
            if self._wanted(self._on_error):
                self._on_error(error)
        finally:
            self.finished.emit()

    def _deliver_progress(self, value: Any) -> None:
        if self._wanted(self._on_progress):
            self._on_progress(value)


class _Runner(QRunnable):
    def __init__(self, task_id: int, relay: _Relay, fn: Callable, args: tuple, kwargs: dict):
        super().__init__()
        self.setAutoDelete(True)
        self._id, self._relay, self._fn, self._args, self._kwargs = task_id, relay, fn, args, kwargs

    def run(self) -> None:  # pool thread: no widgets here
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self._relay.post(self._id, "error", exc)
        else:
            self._relay.post(self._id, "done", result)
        finally:
            self._fn = self._args = self._kwargs = None


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[Any], None] | None = None,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> BackgroundTask:
    """Run `fn(*args, **kwargs)` on a pool thread; callbacks run on the calling (GUI) thread."""
    relay = _get_relay()
    task = BackgroundTask(on_done, on_error, on_progress)
    task_id = next(_ids)
    _RUNNING[task_id] = task
    if on_progress is not None:
        kwargs["progress"] = lambda value: relay.post(task_id, "progress", value)
    (pool or QThreadPool.globalInstance()).start(_Runner(task_id, relay, fn, args, kwargs))
    return task


def wait_for_all(timeout_ms: int = 5000) -> bool:
    """Block until the global pool is idle (for shutdown and tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


QUIT_WAIT_MS = 2000


def exit_code_after_quit(code: int) -> int:
    """After Quit: background work gets QUIT_WAIT_MS to finish. A parse still running then
    (a pathological file can take minutes, and Python cannot stop a thread) would keep the
    process alive while Qt's thread pool waits for it at exit, so the process ends now; what
    it saved was written atomically, and the library indexer was stopped on aboutToQuit."""
    if wait_for_all(QUIT_WAIT_MS):
        return code
    log.warning("quitting while background work still runs; it is abandoned")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
