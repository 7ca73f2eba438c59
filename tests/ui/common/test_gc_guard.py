"""Cycles that hold widgets are freed on the GUI thread, never by a worker that allocates."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtWidgets import QDialog

from viewer.ui.common import gc_guard

pytestmark = pytest.mark.gui


def test_automatic_collection_is_off_and_the_gui_thread_collects(qtbot):
    collector = gc_guard.install()
    assert not gc.isenabled()
    assert gc_guard.install() is collector  # once per process

    freed_on: list[str] = []
    dialog = QDialog()
    dialog.cycle = dialog  # a cycle only the collector can free
    dialog.destroyed.connect(lambda: freed_on.append(threading.current_thread().name))
    del dialog

    def allocate_in_a_worker() -> None:
        junk = [[i] for i in range(50_000)]  # enough to cross every threshold
        del junk

    worker = threading.Thread(target=allocate_in_a_worker, name="worker")
    worker.start()
    worker.join()
    assert freed_on == []  # the worker's allocations collected nothing

    # Counts are allocations minus frees: keep some alive so a collection falls due.
    alive = [[i] for i in range(collector.thresholds[0] * 2)]
    assert collector.collect_due() >= 0  # the timer's check, on the GUI thread
    del alive
    gc.collect()  # in case the cycle had reached an older generation than was due
    assert freed_on == [threading.main_thread().name]
