"""Export in the reader's language: the menu, the dialogs (retitled at once on a switch, every
control named for assistive technology) and the page numbers of a printed PDF."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from tests.conftest import BRIEFING, ROOT
from tests.ui.export.test_pdf_export import _squeezed, _tool
from viewer.ui.common import i18n
from viewer.ui.export.dialogs import MemoDialog, ScopeDialog

pytestmark = pytest.mark.gui
# Names of formats and keys stay as they are in a Chinese interface.
PROPER = re.compile(r"PDF|Word|HTML|Markdown|CSV|GB/T|docx|Ctrl|Shift|F\d")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
CJK = re.compile(r"[\u3400-\u9fff]")


def _switch(qtbot, code: str) -> None:
    with qtbot.waitSignal(i18n.notifier().changed, timeout=2000):
        i18n.install(code)


def _latin_words(text: str) -> list[str]:
    return LATIN_WORD.findall(PROPER.sub("", text.replace("&", "")))


def _export_actions(window):
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "exportMenu")
    return menu, [a for a in menu.actions() if not a.isSeparator()]


def test_export_menu_switches_language_at_once(qtbot, window):
    menu, actions = _export_actions(window)
    assert menu.title() == "&Export"
    english = [a.text() for a in actions]
    assert "&Selected Passages as Excerpt Memo…" in english
    assert not any(CJK.search(text) for text in english)
    _switch(qtbot, "zh")
    assert menu.title() == "导出(&E)"
    chinese = [a.text() for a in actions]
    assert "选中段落摘编(&S)…" in chinese and "文库搜索结果摘编(&X)…" in chinese
    assert not [w for text in chinese for w in _latin_words(text)]
    print_action = next(a for a in window.actions() if a.objectName() == "print")
    assert print_action.text() == "打印(&P)…"


def _focusable(dialog) -> list[QWidget]:
    return [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(dialog)
    ]


def test_memo_dialog_retitles_at_once_and_names_every_control(qtbot):
    dialog = MemoDialog(3)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Excerpt Memo"
    assert dialog.ok.text() == "Save 3 excerpts…"
    assert dialog.group_by.itemText(2) == "Colour"
    _switch(qtbot, "zh")
    assert dialog.windowTitle() == "摘编"
    assert dialog.ok.text() == "保存 3 条摘录…"
    assert [dialog.group_by.itemText(i) for i in range(3)] == ["文档和专题", "标签", "颜色"]
    assert dialog.notes.text() == "包含我的备注"
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.waitUntil(lambda: cancel.text() == "取消", timeout=2000)  # Qt's own, posted event
    for widget in _focusable(dialog):
        name = widget.accessibleName() or widget.property("text") or ""
        assert name, widget
        assert not _latin_words(name), name
    assert dialog.format.accessibleName() == "文件格式"
    assert dialog.format.accessibleDescription() == "要保存的文件类型"
    _switch(qtbot, "en")
    assert dialog.ok.text() == "Save 3 excerpts…"
    assert MemoDialog(1).ok.text() == "Save 1 excerpt…"


def test_memo_dialog_drop_downs_have_visible_labels_as_buddies(qtbot):
    from PySide6.QtWidgets import QComboBox, QLabel

    dialog = MemoDialog(3)
    qtbot.addWidget(dialog)
    dialog.show()

    def labels() -> dict:
        return {label.buddy(): label for label in dialog.findChildren(QLabel) if label.buddy()}

    boxes = dialog.findChildren(QComboBox)
    assert len(boxes) == 4 and set(boxes) <= set(labels())
    assert all(label.isVisible() for label in labels().values())
    assert labels()[dialog.group_by].text() == "&Group by:"
    _switch(qtbot, "zh")
    shown = (dialog.group_by, dialog.style, dialog.format, dialog.language)
    assert [labels()[box].text() for box in shown] == [
        "分组方式(&G)：",
        "引用格式(&C)：",
        "文件格式(&F)：",
        "标注语言(&L)：",
    ]
    assert dialog.language.itemText(0) == "与界面相同"


def test_scope_dialog_retitles_at_once(qtbot, window):
    from tests.ui.conftest import open_and_wait

    document = open_and_wait(qtbot, window, BRIEFING)
    from viewer.ui.common.i18n import translate

    dialog = ScopeDialog(document, None, lambda: translate("Export", "Print"), window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Print" and dialog.whole.text() == "&Whole document"
    assert dialog.panes.accessibleName() == "Panes"
    _switch(qtbot, "zh")
    assert dialog.windowTitle() == "打印"
    assert dialog.whole.text() == "整个文件(&W)" and dialog.panes.accessibleName() == "专题"
    texts = [dialog.current.text(), dialog.selected.text(), dialog.panes.accessibleDescription()]
    assert not [w for text in texts for w in _latin_words(text)]


def test_pdf_page_numbers_follow_lang(tmp_path):
    pdftotext = _tool("pdftotext")
    out = tmp_path / "out.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "viewer",
            "export",
            "--document",
            str(BRIEFING),
            "--pane",
            "讲座要点",
        ]
        + ["--format", "pdf", "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "LANG": "zh_CN.UTF-8"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("已将 1 个专题导出到 ")
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True).stdout
    assert "第1页，共" in _squeezed(text).replace(",", "，") and "Page" not in text


def test_print_preview_retitles_and_repaints_on_a_switch(qtbot, window):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from tests.ui.conftest import open_and_wait
    from viewer.ui.export.controller import exporter

    document = open_and_wait(qtbot, window, BRIEFING)
    controller = exporter(window)
    with qtbot.waitSignal(controller.preview_shown, timeout=10_000) as shown:
        controller.print_document([document.panes[0].id])
    preview = shown.args[0]
    assert preview.windowTitle() == f"Print Preview — {document.title}"
    pages = preview.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() >= 1, timeout=10_000)
    with qtbot.waitSignal(preview.paintRequested, timeout=10_000):  # the footers are redrawn
        _switch(qtbot, "zh")
    assert preview.windowTitle() == f"打印预览——{document.title}"
    preview.close()


@pytest.mark.parametrize(
    "code, fmt, title, kind",
    [
        ("zh", "pdf", "导出 PDF", "PDF 文件 (*.pdf)"),
        ("zh", "csv", "导出 CSV", "CSV 文件 (*.csv)"),
        ("en", "pdf", "Export PDF", "PDF files (*.pdf)"),
        ("en", "docx", "Export Word (.docx)", "Word documents (*.docx)"),
    ],
)
def test_save_dialog_names_its_file_type_and_format(
    qtbot, window, monkeypatch, code, fmt, title, kind
):
    from PySide6.QtWidgets import QFileDialog

    from viewer.ui.export.controller import exporter

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append(a) or ("", ""))
    _switch(qtbot, code)
    assert exporter(window)._ask_path(fmt, "简报") is None
    (_parent, shown_title, start, shown_kind) = asked[0]
    assert (shown_title, shown_kind) == (title, kind)
    assert start.endswith(f"简报.{fmt}")
