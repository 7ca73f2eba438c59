"""A stand-in for the library controller, for showing LibraryView alone (tests, benchmarks):
no pytest import, so a benchmark's memory figures hold only what the list does."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Controller(QObject):
    """What LibraryView reads of the library controller."""

    opening = Signal(str)
    opened = Signal(str)
    entries_changed = Signal()
    indexing_started = Signal()
    progress = Signal(int, int, object)
    phase_changed = Signal(str)
    indexing_finished = Signal(object)
    paused = indexing = False
    notice = ""
    entries: list = []
    filter_keys = None

    def problems(self):
        return []
