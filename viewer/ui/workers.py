"""One pattern for work off the GUI thread: `run_in_background(fn, on_done=..., on_error=...)`.

Loading a 20 MB document, building a search index or searching a library all look the same:
call a plain function on a pool thread and get its result (or exception, or progress reports)
back on the GUI thread through Qt signals. The worker never touches a widget; only the
callbacks do, and they always run on the thread that called `run_in_background` (the GUI
thread), because the task's QObject lives there and its signals are queued across threads.

    task = run_in_background(load_document, path,
                             on_done=window.show_document, on_error=window.show_error)
    task.cancel()          # a newer request supersedes this one: callbacks are dropped

If `on_progress` is given, `fn` is called with an extra keyword argument `progress`, a callable
taking any one object (e.g. a fraction or a message) that is delivered to `on_progress`.
Tests can wait for `task.finished`, which fires after the done/error callback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

# Tasks still running; holding a reference keeps their QObject (and its signals) alive
# until the pool thread is done with them.
_RUNNING: set[BackgroundTask] = set()


class BackgroundTask(QObject):
    """Handle for one background call. Signals are emitted from the pool thread."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception instance
    progressed = Signal(object)
    finished = Signal()  # after the done/error callback ran (or was dropped by cancel)

    def __init__(self, on_done, on_error, on_progress) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._on_progress = on_progress
        self.cancelled = False
        # Connected to our own slots: this object lives on the GUI thread, so the slots run
        # there even though the signals are emitted on the pool thread.
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    def cancel(self) -> None:
        """Drop the callbacks; the function itself runs to completion (Python cannot stop it)."""
        self.cancelled = True

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        try:
            if not self.cancelled and self._on_done is not None:
                self._on_done(result)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        try:
            if self.cancelled:
                return
            if self._on_error is None:
                # Nobody asked to handle it: let the excepthook report it like any other bug.
                raise error
            self._on_error(error)
        finally:
            self._finish()

    @Slot(object)
    def _deliver_progress(self, value: Any) -> None:
        if not self.cancelled and self._on_progress is not None:
            self._on_progress(value)

    def _finish(self) -> None:
        _RUNNING.discard(self)
        self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask, fn: Callable, args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task, self._fn, self._args, self._kwargs = task, fn, args, kwargs

    def run(self) -> None:  # pool thread: no widgets here
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self._task.failed.emit(exc)
        else:
            self._task.succeeded.emit(result)


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
    task = BackgroundTask(on_done, on_error, on_progress)
    if on_progress is not None:
        kwargs["progress"] = task.progressed.emit
    _RUNNING.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runner(task, fn, args, kwargs))
    return task


def wait_for_all(timeout_ms: int = 5000) -> bool:
    """Block until the global pool is idle (for shutdown and tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
