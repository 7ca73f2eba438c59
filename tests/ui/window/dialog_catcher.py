"""Opening every dialog the menus reach, without blocking: modal dialogs, message boxes, input
dialogs and file pickers are shown (or recorded) instead of run, so a test can look at them."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from tests.ui.window.interface_texts import plain


class DialogCatcher:
    """Modal dialogs and file pickers are shown (or recorded) instead of blocking."""

    def __init__(self, monkeypatch):
        self.file_prompts: list[tuple[str, str]] = []
        self.boxes: list[QMessageBox] = []
        for kind in (QDialog, QMessageBox, QInputDialog):
            monkeypatch.setattr(kind, "exec", self._exec)
        monkeypatch.setattr(QInputDialog, "getText", self._input(("", False)))
        monkeypatch.setattr(QInputDialog, "getItem", self._input(("", False)))
        for kind in ("warning", "critical", "information", "question", "about"):
            monkeypatch.setattr(QMessageBox, kind, self._box)
        for kind in ("getOpenFileName", "getSaveFileName", "getOpenFileNames"):
            monkeypatch.setattr(QFileDialog, kind, self._file(("", "")))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", self._file(""))

    @staticmethod
    def _exec(dialog, *_args):
        dialog.show()
        return QDialog.DialogCode.Rejected

    def _box(self, parent, title, text, *_args, **_kwargs):
        box = QMessageBox(QMessageBox.Icon.NoIcon, title, text, parent=parent)
        box.show()
        self.boxes.append(box)
        return QMessageBox.StandardButton.Cancel

    def _input(self, answer):
        def ask(parent, title, label, items=(), *_args, **_kwargs):
            dialog = QInputDialog(parent)
            dialog.setWindowTitle(title)
            dialog.setLabelText(label)
            if items:
                dialog.setComboBoxItems(list(items))
            dialog.show()
            return answer

        return ask

    def _file(self, answer):
        def ask(_parent=None, caption="", _dir="", filter="", *_args, **_kwargs):  # noqa: A002
            self.file_prompts.append((caption, filter))
            return answer

        return ask


def dialogs_from_menus(
    window, catcher: DialogCatcher, skip: set[int]
) -> Iterator[tuple[str, list[QWidget]]]:
    """Trigger each enabled action whose text ends in '…' (it opens a dialog), yield where it
    came from and the windows it opened, then close them."""
    for action in window.findChildren(QAction):
        if id(action) in skip or not action.isEnabled() or not action.text().endswith("…"):
            continue
        before = set(QApplication.topLevelWidgets())
        catcher.file_prompts.clear()
        action.trigger()
        QApplication.processEvents()
        tops = [
            top
            for top in set(QApplication.topLevelWidgets()) - before
            if top.isVisible() and top is not window
        ]
        yield f"Dialog from «{plain(action.text())}»", tops
        for top in tops:
            top.close()
