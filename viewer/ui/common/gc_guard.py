"""Python's cycle collector, run on the GUI thread only.

A reference cycle that holds a Qt widget (a dialog whose retranslation closure names it, a slot
bound to its owner) is freed by the cycle collector, which runs in whichever thread happens to
allocate when a threshold is crossed. When that is a worker thread, Qt deletes the widget off
the GUI thread and the process crashes. So automatic collection is switched off and a timer on
the GUI thread collects each generation once its threshold is reached, as Python would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; returns -1 if none."""
        counts = gc.get_count()
        due = -1
        for generation, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if threshold and count > threshold:
                due = generation
            else:
                break  # an older generation is only due when the younger ones are
        if due >= 0:
            gc.collect(due)
        return due


def install() -> GuiThreadCollector:
    """Once per process, on the application object (the GUI thread's)."""
    app = QCoreApplication.instance()
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
