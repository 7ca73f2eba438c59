"""Waiting for the first paint of a document: for `--screenshot` and the startup benchmark.

A QTimer.singleShot(0) queued after show() fires *before* the first paint, so the only
reliable signal that the document is on screen is a Paint event on the browser's viewport.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from viewer.core.base.errors import ViewerError
from viewer.ui.common.i18n import translate

SCREENSHOT_TIMEOUT_MS = 60_000


class FirstPaintWatcher(QObject):
    """Calls `callback` once, on the event loop turn after `widget`'s first Paint event
    (`at_once`: as the event arrives, before it is painted; for a clock reading only)."""

    def __init__(self, widget: QWidget, callback, at_once: bool = False) -> None:
        super().__init__(widget)
        self._callback = callback
        self._at_once = at_once
        self._done = False
        widget.installEventFilter(self)
        widget.update()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            if self._at_once:
                self._callback()
            else:
                QTimer.singleShot(0, self._callback)
        return False


def when_document_painted(window, callback, at_once: bool = False) -> None:
    """Run `callback` once the window's first loaded document has been painted."""

    def on_loaded(_document) -> None:
        window.document_loaded.disconnect(on_loaded)
        view = window.current_view()
        target = view.viewport() if view is not None else window
        watcher = FirstPaintWatcher(target, callback, at_once)
        window._first_paint_watchers = [*getattr(window, "_first_paint_watchers", []), watcher]

    window.document_loaded.connect(on_loaded)


def save_screenshot(window, path: str) -> int:
    """Grab the window into `path` (PNG), atomically and only onto a regular file; exit code."""
    from PySide6.QtCore import QBuffer, QIODevice  # a screenshot only: not at every start

    from viewer.core.base.atomic_file import write_bytes_atomic

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    target = Path(path)
    try:
        if not window.grab().save(buffer, "PNG"):
            raise OSError("the image could not be encoded")
        write_bytes_atomic(target, bytes(buffer.data()))
    except (OSError, ViewerError) as error:
        message = translate("Screenshot", "cannot write {path}: {error}")
        report_error(message.format(path=target, error=error))
        return 1
    return 0


def report_error(message: str) -> None:
    """One line on stderr, as the command line reports its errors."""
    line = translate("Screenshot", "briefing-viewer: error: {message}")
    print(line.format(message=message), file=sys.stderr)


def install_screenshot(app: QApplication, window, path: str, ready=None, document=True) -> None:
    """Exit 0 after writing the PNG; exit 2 if the document fails; exit 1 on a timeout.

    `ready`: a signal to wait for as well as the first paint (e.g. the --search results).
    `document=False`: there is no document to wait for (a folder: `ready` says it is listed)."""
    waiting = {"ready"} if ready is not None else set()
    if document:
        waiting.add("paint")

    def shoot(what: str = "paint") -> None:
        waiting.discard(what)
        if not waiting:
            QTimer.singleShot(0, lambda: app.exit(save_screenshot(window, path)))

    if ready is not None:
        ready.connect(lambda *_args: shoot("ready"))

    def failed(message: str) -> None:
        report_error(message)
        app.exit(2)

    def timeout() -> None:
        report_error(translate("Screenshot", "the document did not load in time"))
        app.exit(1)

    window.quiet_errors = True
    window.load_failed.connect(failed)
    if document:
        when_document_painted(window, shoot)
    QTimer.singleShot(SCREENSHOT_TIMEOUT_MS, timeout)


def install_first_paint_exit(app: QApplication, window) -> None:
    """Benchmark mode: print the monotonic clock at the document's first paint, then quit.

    On Linux time.monotonic() is system-wide, so the benchmark compares it with the time it
    started this process. The clock is read as the Paint event arrives, as the benchmark's
    bare program does, not after whatever else was waiting for it."""

    def report() -> None:
        # and the CPU time used so far: it varies less than wall time on a busy machine;
        # a helper process that parsed the document (reaped by now) is counted too
        times = os.times()
        cpu = time.process_time() + times.children_user + times.children_system
        print(f"first-paint {time.monotonic():.6f} {cpu:.6f}", flush=True)
        QTimer.singleShot(0, app.quit)

    when_document_painted(window, report, at_once=True)
