"""The library panel's indexing line: progress bar, step and time left, Cancel / Resume, and
the summary when indexing ends (mixed into LibraryView, which owns the widgets)."""

from __future__ import annotations

import time


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 60:
        return f"about {max(1, round(seconds))} s left"
    return f"about {round(seconds / 60)} min left"


def format_elapsed(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds} s" if seconds < 60 else f"{seconds // 60} min {seconds % 60:02d} s"


class IndexingProgress:
    """The indexing half of LibraryView."""

    def _show_progress(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setText("Cancel" if running else "Resume indexing")
        self.cancel_button.setVisible(running or self.controller.paused)
        self.progress_label.setVisible(bool(self.progress_label.text()))

    def _on_indexing_started(self) -> None:
        self.progress_bar.setRange(0, 0)  # until the first report says how many
        self._eta = None
        self.progress_label.setText("Checking for new and changed files…")
        self._show_progress(True)

    def _on_progress(self, done: int, total: int, eta) -> None:
        """Counted progress: a document counts as done once it is written to the index, so
        the bar and the time left include the writing. Between reports (a batch is being
        written) the clock counts the time left down."""
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        self._eta, self._eta_at = eta, time.monotonic()
        self._phase = f"Indexing {done:,} / {total:,} documents"
        self._phase_started = None  # a count, not a step: no elapsed time
        self._show_phase()
        self._clock.start()

    def _on_phase(self, message: str) -> None:
        """A step without its own count started: show the time spent on it and, while the
        bar has a count (the last batch is being written), the time left."""
        self._phase, self._phase_started = message, time.monotonic()
        if self.progress_bar.maximum() == 0 or message.startswith("Checking"):
            self.progress_bar.setRange(0, 0)
            self._eta = None
        self._show_phase()
        self._clock.start()

    def _show_phase(self) -> None:
        now = time.monotonic()
        text = self._phase
        if self._phase_started is not None:
            text = f"{text}… {format_elapsed(now - self._phase_started)}"
        if self._eta:  # None: not known yet; 0: done
            text = f"{text} · {format_eta(max(1.0, self._eta - (now - self._eta_at)))}"
        self.progress_label.setText(text)

    def _on_indexing_finished(self, report) -> None:
        self._clock.stop()
        if report is None:
            self.progress_label.setText(f"Indexing failed: {self.controller.error}")
        elif report.cancelled:
            self.progress_label.setText("Indexing paused; search covers what was indexed.")
        else:
            self.progress_label.setText(_summary(report))
        if report is not None and report.rebuilt:
            self._set_notice(report.rebuilt)
        self._show_progress(False)

    def _on_cancel_or_resume(self) -> None:
        if self.controller.indexing:
            self.cancel_button.setEnabled(False)
            self.progress_label.setText("Cancelling…")
            self.controller.cancel_indexing()
            self.controller.indexing_finished.connect(self._reenable_cancel)
        else:
            self.controller.start_update()

    def _reenable_cancel(self, _report) -> None:
        self.controller.indexing_finished.disconnect(self._reenable_cancel)
        self.cancel_button.setEnabled(True)


def _summary(report) -> str:
    parts = [
        f"{len(items)} {name}"
        for items, name in (
            (report.added, "added"),
            (report.changed, "updated"),
            (report.removed, "removed"),
            (report.failed, "unreadable"),
        )
        if items
    ]
    if not parts:
        return "Index up to date."
    return f"Indexed: {', '.join(parts)} ({report.seconds:.1f} s)."
