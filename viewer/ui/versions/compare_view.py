"""新旧对照: two documents side by side, article by article, in a window of its own.

The documents are read and aligned off the GUI thread (viewer.core.versions.comparison); the
window shows a summary line, a "Changes only" filter and moves between changes with F7 /
Shift+F7 (the current change is shaded, marked ▶ and scrolled to). Every text is set in
`_texts`, which runs again when the interface language changes.
"""

from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from viewer.ui.common import i18n, window_fit
from viewer.ui.common.i18n import translate
from viewer.ui.common.workers import run_in_background
from viewer.ui.versions.change_keys import change_actions
from viewer.ui.versions.compare_html import comparison_html


def load_comparison(old_path: Path, new_path: Path) -> dict:
    """Worker: both documents read, their version dates, and the comparison."""
    from viewer.core.document.law_version import document_version
    from viewer.core.document.markdown_model import load_document
    from viewer.core.versions.comparison import compare_documents

    old, new = load_document(old_path), load_document(new_path)
    versions = tuple(
        (document.title, document_version(document, path.name).date)
        for document, path in ((old, old_path), (new, new_path))
    )
    return {"comparison": compare_documents(old, new), "versions": versions}


def version_label(title: str, date: str) -> str:
    """公司法（2018-10-26）: said when shown, so it follows a language switch."""
    if not date:
        return title
    return translate("Versions", "{title} ({date})").format(title=title, date=date)


class CompareView(QDialog):
    steps_changes = True  # F7 / Shift+F7 (change_keys.STEPS_CHANGES) step through its changes
    ready = Signal()  # the comparison is shown
    failed = Signal(str)

    def __init__(self, old_path: Path | str, new_path: Path | str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        window_fit.fit_dialog(self, 1100, 760, parent)
        self.old_path, self.new_path = Path(old_path), Path(new_path)
        self.comparison = None
        self.error = ""  # why the comparison failed, when it did
        self.versions = ((self.old_path.name, ""), (self.new_path.name, ""))
        self.current = -1  # pair number of the current change
        self._build()
        ref = weakref.ref(self)  # no cycle through the retranslation (see export's live_texts)
        i18n.live(self, lambda: (view := ref()) is not None and view._texts())
        self._task = run_in_background(
            load_comparison,
            self.old_path,
            self.new_path,
            on_done=self._show,
            on_error=lambda error: self._fail(str(error)),
        )

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        bar = QHBoxLayout()
        self.changes_only = QCheckBox()
        self.changes_only.setObjectName("compareChangesOnly")
        self.changes_only.toggled.connect(lambda _on: self.render())
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("comparePrevious")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton()
        self.next_button.setObjectName("compareNext")
        self.next_button.clicked.connect(lambda: self.step(1))
        bar.addWidget(self.summary, 1)
        for widget in (self.changes_only, self.previous_button, self.next_button):
            bar.addWidget(widget)
        self.browser = QTextBrowser()
        self.browser.setObjectName("compareBrowser")
        self.browser.setOpenLinks(False)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.addActions(change_actions(self.parentWidget() or self))
        # Tab goes bar -> comparison text and back out; the text is read with the arrow keys.
        self.setTabOrder(self.changes_only, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.browser)
        self.browser.setTabChangesFocus(True)

    @property
    def headers(self) -> tuple[str, str]:
        old, new = (version_label(title, date) for title, date in self.versions)
        return old, new

    def _texts(self) -> None:
        title = translate("Versions", "Compare Versions")
        if self.comparison is not None:
            title = translate("Versions", "Compare Versions — {old} → {new}").format(
                old=self.headers[0], new=self.headers[1]
            )
        self.setWindowTitle(title)
        if self.comparison is not None:
            self.summary.setText(self.comparison.summary_line())
        elif self.error:
            message = translate("Versions", "Could not compare: {reason}")
            self.summary.setText(message.format(reason=self.error))
        else:
            self.summary.setText(translate("Versions", "Comparing…"))
        self.changes_only.setText(translate("Versions", "Changes only"))
        self.changes_only.setAccessibleDescription(
            translate("Versions", "Hide the articles whose text is unchanged")
        )
        self.previous_button.setText(translate("Versions", "◀ Previous change"))
        self.previous_button.setToolTip(translate("Versions", "Previous change (Shift+F7)"))
        self.previous_button.setAccessibleName(translate("Versions", "Previous change"))
        self.previous_button.setAccessibleDescription(
            translate("Versions", "Go to the previous change (Shift+F7)")
        )
        self.next_button.setText(translate("Versions", "Next change ▶"))
        self.next_button.setToolTip(translate("Versions", "Next change (F7)"))
        self.next_button.setAccessibleName(translate("Versions", "Next change"))
        self.next_button.setAccessibleDescription(
            translate("Versions", "Go to the next change (F7)")
        )
        self.browser.setAccessibleName(translate("Versions", "Comparison"))
        self.browser.setAccessibleDescription(
            translate(
                "Versions",
                "The earlier version on the left, the later on the right; "
                "deleted text struck through, inserted text underlined",
            )
        )
        if self.comparison is not None:
            self.render()  # status words and the legend

    def _show(self, result: dict) -> None:
        self.comparison, self.versions = result["comparison"], result["versions"]
        self._texts()
        self.ready.emit()

    def _fail(self, message: str) -> None:
        self.error = message
        self._texts()
        self.failed.emit(message)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.comparison is not None:
            self.render()  # the theme changed: shades that keep the text readable

    def change_numbers(self) -> list[int]:
        if self.comparison is None:
            return []
        return [k for k, pair in enumerate(self.comparison.pairs) if pair.is_change]

    def shown_rows(self) -> list[tuple[int, object]]:
        if self.comparison is None:
            return []
        only = self.changes_only.isChecked()
        return [(k, p) for k, p in enumerate(self.comparison.pairs) if p.is_change or not only]

    def render(self) -> None:
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        dark = self.browser.palette().color(QPalette.ColorRole.Base).lightness() < 128
        html = comparison_html(self.shown_rows(), self.current, self.headers, dark)
        self.browser.setHtml(html)
        bar.setValue(position)

    def step(self, delta: int) -> None:
        """Go to the next (delta 1) or previous (-1) change, wrapping around."""
        changes = self.change_numbers()
        if not changes:
            return
        if self.current in changes:
            at = (changes.index(self.current) + delta) % len(changes)
        else:
            after = [k for k in changes if k > self.current]
            at = changes.index(after[0]) if delta > 0 and after else (0 if delta > 0 else -1)
        self.current = changes[at]
        self.render()
        self.browser.scrollToAnchor(f"pair{self.current}")

    def current_pair(self):
        if self.comparison is None or self.current < 0:
            return None
        return self.comparison.pairs[self.current]

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        self._task.cancel()
        super().done(result)


def open_compare(window, old_path, new_path) -> CompareView:
    view = CompareView(old_path, new_path, window)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
