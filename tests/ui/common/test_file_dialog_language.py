"""Qt's own file dialog speaks Chinese in the Chinese interface: the strings Qt 6 renamed and
its Chinese catalogue lacks ("&Look in:", "Files of &type:", "Folder") come from ours."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

from viewer.ui.common import i18n

pytestmark = pytest.mark.gui


def _dialog(qtbot, folder) -> QFileDialog:
    dialog = QFileDialog(None, "", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()  # non-modal: the test goes on while it is open
    return dialog


def _type_of_first_row(dialog) -> str:
    view = dialog.findChild(QTreeView)
    model, root = view.model(), view.rootIndex()
    if model.rowCount(root) == 0:
        return ""
    return model.index(0, 2, root).data() if root != QModelIndex() else ""


def test_file_dialog_labels_and_folder_type_are_chinese(qtbot, tmp_path):
    (tmp_path / "子文件夹").mkdir()
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install("zh")
    dialog = _dialog(qtbot, tmp_path)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels and "文件名称(&N)：" in labels
    assert not [t for t in labels if re.search(r"[A-Za-z]{2,}", t.replace("(&", ""))], labels
    qtbot.waitUntil(lambda: _type_of_first_row(dialog) == "文件夹", timeout=5000)


def test_file_dialog_stays_english_in_the_english_interface(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Look in:" in labels and "Files of &type:" in labels
