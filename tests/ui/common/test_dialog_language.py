"""The common dialogs (crash, cannot open, external link) speak the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox

from viewer.ui.common import i18n

pytestmark = pytest.mark.gui


def test_document_error_and_link_question_in_chinese(qapp, captured_dialogs):
    from viewer.ui.common.dialogs.errors import confirm_external_link, show_document_error

    i18n.install("zh")
    show_document_error(None, "x.md：找不到文件")
    assert not confirm_external_link(None, QUrl("https://www.gov.cn/"))
    (_, title, text), (_, question, body) = captured_dialogs
    assert title == "无法打开文档" and text == "x.md：找不到文件"
    assert question == "在浏览器中打开链接？"
    assert body.startswith("此文档链接到：") and "https://www.gov.cn/" in body


@pytest.mark.parametrize(
    ("code", "title", "ending"),
    [
        ("zh", "意外错误", "您可以继续阅读；请报告此问题。"),
        ("en", "Unexpected error", "You can keep reading; please report this."),
    ],
)
def test_crash_dialog_in_each_language(qapp, monkeypatch, code, title, ending):
    from viewer.ui.common.dialogs import crash

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    i18n.install(code)
    crash.show_crash_dialog("RuntimeError: kaputt", "Traceback…", Path("errors.log"))
    box = shown[0]
    assert box.windowTitle() == title
    from tests.ui.conftest import shown_text

    informative = shown_text(box.informativeText())
    assert informative.startswith("RuntimeError: kaputt") and informative.endswith(ending)
    assert "errors.log" in informative


def test_hit_tooltip_counts_matches_in_english_and_chinese(qapp):
    from viewer.ui.common.i18n import translate

    assert translate("HitList", "%Ln match(es)", None, 1) == "1 match"
    assert translate("HitList", "%Ln match(es)", None, 1204) == "1,204 matches"
    i18n.install("zh")
    assert translate("HitList", "%Ln match(es)", None, 1204) == "1,204 处匹配"
