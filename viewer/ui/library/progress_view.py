"""The library panel's indexing line: progress bar, step and time left, Cancel / Resume, and
the summary when indexing ends (mixed into LibraryView, which owns the widgets).

The line's text is kept as a function (`_status`) rather than as text, so a language switch
shows it again in the new language, counts and times included.
"""

from __future__ import annotations

import time

from viewer.core.library import messages
from viewer.ui.common.i18n import translate


def format_eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 60:
        whole = max(1, round(seconds))  # a name: lupdate skips a count given as an expression
        return translate("Library", "about %n s left", None, whole)
    minutes = round(seconds / 60)
    return translate("Library", "about %n min left", None, minutes)


def format_elapsed(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 60:
        return translate("Library", "%n s", None, seconds)
    text = translate("Library", "{minutes} min {seconds} s")
    return text.format(minutes=seconds // 60, seconds=f"{seconds % 60:02d}")


class IndexingProgress:
    """The indexing half of LibraryView."""

    def _set_status(self, status) -> None:
        """`status()` gives the line's text in the current language ("" hides the line)."""
        self._status = status
        self._show_status()

    def _show_status(self) -> None:
        self.progress_label.setText(self._status() if self._status is not None else "")

    def _show_progress(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        if running and self._cancelling:
            self.cancel_button.setText(translate("Library", "Cancelling…"))
        elif running:
            self.cancel_button.setText(translate("Library", "Cancel"))
        else:
            self.cancel_button.setText(translate("Library", "Resume indexing"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.cancel_button.setVisible(running or self.controller.paused)
        self.progress_label.setVisible(bool(self.progress_label.text()))

    def _on_indexing_started(self) -> None:
        self.progress_bar.setRange(0, 0)  # until the first report says how many
        self._eta = None
        self._set_status(lambda: messages.checking_files() + "…")
        self._show_progress(True)

    def _on_progress(self, done: int, total: int, eta) -> None:
        """Counted progress: a document counts as done once it is written to the index, so
        the bar and the time left include the writing. Between reports (a batch is being
        written) the clock counts the time left down."""
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        self._eta, self._eta_at = eta, time.monotonic()
        self._phase = _counted(done, total)
        self._phase_started = None  # a count, not a step: no elapsed time
        self._show_phase()

    def _on_phase(self, message: str) -> None:
        """A step without its own count started: show the time spent on it and, while the
        bar has a count (the last batch is being written), the time left."""
        self._phase, self._phase_started = message, time.monotonic()
        checking = getattr(message, "render", None) in (
            messages.checking_index,
            messages.checking_files,
        )
        if self.progress_bar.maximum() == 0 or checking:
            self.progress_bar.setRange(0, 0)
            self._eta = None
        if getattr(message, "render", None) is messages.writing_batch:
            self._eta = None  # nothing moves while a batch is written: no time left to claim
        self._show_phase()

    def _show_phase(self) -> None:
        """Reports that arrive after Cancel (the update stops between documents) move the bar
        but leave the line saying it is cancelling."""
        if not self._cancelling:
            self._set_status(self._phase_line)
            self._clock.start()

    def _phase_line(self) -> str:
        now = time.monotonic()
        phase = self._phase
        text = phase() if callable(phase) else messages.shown(phase)
        if self._phase_started is not None:
            text = f"{text}… {format_elapsed(now - self._phase_started)}"
        if self._eta:  # None: not known yet; 0: done
            text = f"{text} · {format_eta(max(1.0, self._eta - (now - self._eta_at)))}"
        return text

    def _on_indexing_finished(self, report) -> None:
        self._clock.stop()
        self._cancelling = False
        error = self.controller.error
        if report is None:
            self._set_status(
                lambda: translate("Library", "Indexing failed: {error}").format(
                    error=messages.shown(error)
                )
            )
        elif report.cancelled:
            self._set_status(lambda: _paused(report))
        else:
            self._set_status(lambda: _summary(report))
        if report is not None and report.rebuilt:
            self._set_notice(report.rebuilt)
        self._show_progress(False)

    def _on_cancel_or_resume(self) -> None:
        if self.controller.indexing:
            self._cancelling = True
            self._clock.stop()
            self.cancel_button.setEnabled(False)
            self._set_status(
                lambda: translate("Library", "Cancelling: keeping what is indexed so far…")
            )
            self._show_progress(True)
            self.controller.cancel_indexing()
            self.controller.indexing_finished.connect(self._reenable_cancel)
        else:
            self.controller.start_update()

    def _reenable_cancel(self, _report) -> None:
        self.controller.indexing_finished.disconnect(self._reenable_cancel)
        self.cancel_button.setEnabled(True)


def _counted(done: int, total: int):
    def line() -> str:
        text = translate("Library", "Indexing {done} / %Ln document(s)", None, total)
        return text.format(done=f"{done:,}")

    return line


def _paused(report) -> str:
    """How far a cancelled index came: search covers that much, Resume does the rest."""
    folder = report.in_folder  # a name: lupdate skips a count given as an expression
    text = translate(
        "Library",
        "Indexing paused: {indexed} of %Ln document(s) can be searched; "
        "Resume indexing does the rest.",
        None,
        folder,
    )
    return text.format(indexed=f"{min(report.indexed, folder):,}")


def _summary(report) -> str:
    added, changed = len(report.added), len(report.changed)
    removed, failed = len(report.removed), len(report.failed)
    parts = [
        translate("Library", "%Ln added", None, added) if added else "",
        translate("Library", "%Ln updated", None, changed) if changed else "",
        translate("Library", "%Ln removed", None, removed) if removed else "",
        translate("Library", "%Ln unreadable", None, failed) if failed else "",
    ]
    parts = [part for part in parts if part]
    if not parts:
        return translate("Library", "Index up to date.")
    separator = translate("Library", ", ", "list separator")
    text = translate("Library", "Indexed: {parts} ({seconds} s).")
    text = text.format(parts=separator.join(parts), seconds=f"{report.seconds:.1f}")
    if report.indexed:
        indexed = report.indexed  # a name: lupdate skips a count given as an expression
        text += " " + translate("Library", "%Ln document(s) in the index.", None, indexed)
    return text
