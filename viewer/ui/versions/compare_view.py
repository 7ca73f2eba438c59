"""新旧对照: two documents side by side, article by article, in a window of its own.

The documents are read and aligned off the GUI thread (viewer.core.versions.comparison); the
window shows a summary line, a "Changes only" filter and moves between changes with F7 /
Shift+F7 (the current change is shaded and scrolled to).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from viewer.ui.common import i18n
from viewer.ui.common.i18n import translate
from viewer.ui.common.workers import run_in_background
from viewer.ui.versions.compare_html import comparison_html


def load_comparison(old_path: Path, new_path: Path) -> dict:
    """Worker: both documents read, their version dates, and the comparison."""
    from viewer.core.articles.versions import document_version
    from viewer.core.document.markdown_model import load_document
    from viewer.core.versions.comparison import compare_documents

    old, new = load_document(old_path), load_document(new_path)
    headers = []
    for document, path in ((old, old_path), (new, new_path)):
        date = document_version(document, path.name).date
        headers.append(f"{document.title} ({date})" if date else document.title)
    return {"comparison": compare_documents(old, new), "headers": tuple(headers)}


class CompareView(QDialog):
    ready = Signal()  # the comparison is shown
    failed = Signal(str)

    def __init__(self, old_path: Path | str, new_path: Path | str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.setWindowTitle("Compare 新旧对照")
        self.resize(1100, 760)
        self.old_path, self.new_path = Path(old_path), Path(new_path)
        self.comparison = None
        self.headers = (self.old_path.name, self.new_path.name)
        self.current = -1  # pair number of the current change
        self._build()
        self._task = run_in_background(
            load_comparison,
            self.old_path,
            self.new_path,
            on_done=self._show,
            on_error=lambda error: self._fail(str(error)),
        )

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.summary = QLabel("Comparing…")
        self.summary.setObjectName("compareSummary")
        bar = QHBoxLayout()
        self.changes_only = QCheckBox("Changes only")
        self.changes_only.toggled.connect(lambda _on: self.render())
        self.previous_button = QPushButton("◀ Previous change")
        self.previous_button.setToolTip("Shift+F7")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton("Next change ▶")
        self.next_button.setToolTip("F7")
        self.next_button.clicked.connect(lambda: self.step(1))
        bar.addWidget(self.summary, 1)
        for widget in (self.changes_only, self.previous_button, self.next_button):
            bar.addWidget(widget)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName("Comparison")
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self.addActions(change_actions(self.parentWidget() or self))

    def _show(self, result: dict) -> None:
        self.comparison, self.headers = result["comparison"], result["headers"]
        self.setWindowTitle(f"Compare 新旧对照 — {self.headers[0]} → {self.headers[1]}")
        self.summary.setText(self.comparison.summary_line())
        self.render()
        self.ready.emit()

    def _fail(self, message: str) -> None:
        self.summary.setText(f"Could not compare: {message}")
        self.failed.emit(message)

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
        self.browser.setHtml(comparison_html(self.shown_rows(), self.current, self.headers))
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


CHANGE_KEYS = (("compare_next_change", "F7", 1), ("compare_previous_change", "Shift+F7", -1))


def change_actions(owner) -> list[QAction]:
    """F7 / Shift+F7: one pair per main window, made when versions install (so Help › Keyboard
    Shortcuts lists them before any comparison is open) and added to each comparison window:
    they act only in the one that has the focus."""
    found = [owner.findChild(QAction, name) for name, _keys, _delta in CHANGE_KEYS]
    if all(found):
        return found
    actions = []
    for name, keys, delta in CHANGE_KEYS:
        action = QAction(owner)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setProperty("shortcut_group", "Comparison")
        action.triggered.connect(lambda _checked=False, d=delta: _step_focused(d))
        actions.append(action)

    def texts() -> None:
        actions[0].setText(translate("Versions", "Next Change (comparison window)"))
        actions[1].setText(translate("Versions", "Previous Change (comparison window)"))

    i18n.live(owner, texts)
    return actions


def _step_focused(delta: int) -> None:
    widget = QApplication.focusWidget()
    while widget is not None and not isinstance(widget, CompareView):
        widget = widget.parentWidget()
    if widget is not None:
        widget.step(delta)


def open_compare(window, old_path, new_path) -> CompareView:
    view = CompareView(old_path, new_path, window)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
