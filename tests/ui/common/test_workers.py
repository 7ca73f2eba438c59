"""The background work pattern: results, errors and progress come back on the GUI thread."""

from __future__ import annotations

import threading

import pytest

from viewer.ui.common.workers import run_in_background

pytestmark = pytest.mark.gui


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def work(a, b):
        seen["worker_thread"] = threading.current_thread()
        return a + b

    def done(result):
        seen["result"] = result
        seen["callback_thread"] = threading.current_thread()

    task = run_in_background(work, 2, 3, on_done=done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == 5
    assert seen["callback_thread"] is threading.main_thread()
    assert seen["worker_thread"] is not threading.main_thread()


def test_error_is_delivered_not_raised(qtbot):
    errors = []

    def boom():
        raise ValueError("bad input")

    task = run_in_background(
        boom, on_done=lambda _r: pytest.fail("no result"), on_error=errors.append
    )
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert isinstance(errors[0], ValueError)
    assert str(errors[0]) == "bad input"


def test_progress_reports_in_order(qtbot):
    reports = []

    def count(limit, progress):
        for i in range(limit):
            progress(i)
        return "done"

    results = []
    task = run_in_background(count, 5, on_done=results.append, on_progress=reports.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert reports == [0, 1, 2, 3, 4]
    assert results == ["done"]


def test_cancel_drops_the_callbacks(qtbot):
    gate = threading.Event()
    results = []
    task = run_in_background(lambda: gate.wait(5) and "late", on_done=results.append)
    task.cancel()
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert results == []


def test_a_deleted_askers_callbacks_are_dropped_not_run(qtbot):
    """A panel closed while its work runs: the late progress and result find its Qt object
    gone and are dropped (emitting from it raised in the event loop)."""
    import shiboken6
    from PySide6.QtCore import QObject, Signal

    class Panel(QObject):
        changed = Signal(object)

        def on_progress(self, value):
            self.changed.emit(value)

        def on_done(self, value):
            self.changed.emit(value)

    gate = threading.Event()
    panel, alive, seen = Panel(), Panel(), []
    alive.changed.connect(seen.append)

    def work(progress):
        gate.wait(5)
        progress("late")
        return "done"

    task = run_in_background(work, on_done=panel.on_done, on_progress=panel.on_progress)
    other = run_in_background(work, on_done=alive.on_done, on_progress=alive.on_progress)
    shiboken6.delete(panel)
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=5000), qtbot.waitSignal(other.finished):
        pass
    assert seen == ["late", "done"]  # the living panel still hears its own work
