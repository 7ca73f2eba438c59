"""A Word file and a web page open in the window like a briefing; File › Save as Markdown keeps
the conversion; a refused format is reported in the window, not as a traceback."""

from __future__ import annotations

import pytest

from tests.core.formats.docx_builder import paragraph, write_docx
from tests.core.formats.test_converters import POLICY_PAGE
from tests.ui.conftest import open_and_wait

pytestmark = pytest.mark.gui


def test_word_file_opens_in_panes_and_saves_as_markdown(qtbot, window, tmp_path, monkeypatch):
    body = (
        paragraph("关于测试的规定", style="Title")
        + paragraph("第一章 总则", style="Heading1")
        + paragraph("为了测试，制定本规定。", num=(1, 0))
        + paragraph("第二章 附则", style="Heading1")
        + paragraph("本规定自公布之日起施行。", num=(1, 0))
    )
    doc = write_docx(tmp_path / "rules.docx", body)
    document = open_and_wait(qtbot, window, doc, timeout=30_000)
    assert document.title == "关于测试的规定"
    assert [p.title for p in document.panes if p.passages] == ["第一章 总则", "第二章 附则"]
    assert "第二条 本规定自公布之日起施行。" in [p.text for p in document.passages()]

    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "saved.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    action = next(
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.text().replace("&", "") == "Save as Markdown…"
    )
    action.trigger()
    saved = target.read_text(encoding="utf-8")
    assert saved.startswith("---\ntitle: 关于测试的规定") and "第一条 为了测试" in saved


def test_policy_page_shows_its_metadata(qtbot, window, tmp_path):
    page = tmp_path / "policy.html"
    page.write_text(POLICY_PAGE, encoding="utf-8")
    document = open_and_wait(qtbot, window, page, timeout=30_000)
    assert document.metadata["doc_number"] == "国发〔2015〕40号"
    assert "国务院关于积极推进" in window.windowTitle()


def test_unsupported_format_is_a_message_in_the_window(qtbot, window, tmp_path, captured_dialogs):
    old = tmp_path / "notice.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    window.open_document(old)
    qtbot.waitUntil(
        lambda: bool(captured_dialogs) or "not supported" in _visible_text(window), timeout=10_000
    )
    shown = " ".join(text for _kind, _title, text in captured_dialogs) + _visible_text(window)
    assert "not supported yet" in shown


def _visible_text(window) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in window.findChildren(QLabel) if label.isVisible())
