"""Every message the document core gives a reader (errors, warnings) in the interface language."""

from __future__ import annotations

import re

import pytest

from viewer.core.base.errors import DocumentError
from viewer.core.document.addresses import AddressNotFound
from viewer.core.document.markdown_limits import RenderBudget
from viewer.core.document.markdown_model import load_document
from viewer.core.document.textio import MAX_BYTES, decode_bytes, read_document_text
from viewer.core.i18n import language

# Names that stay as they are in Chinese text: encodings, units, the front matter's own words.
ALLOWED = {"UTF", "GB", "MB", "KB", "md", "bin", "panes", "bogus", "title"}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def latin_words(text: str) -> list[str]:
    return [w for w in LATIN_WORD.findall(text) if w not in ALLOWED]


def _error(action) -> str:
    with pytest.raises(DocumentError) as caught:
        action()
    return str(caught.value)


@pytest.fixture
def chinese():
    language.set_language("zh")  # the conftest resets it


def test_reading_errors_are_english_by_default(tmp_path):
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    assert _error(lambda: read_document_text(tmp_path / "empty.md")) == "empty.md is empty."
    missing = tmp_path / "gone.md"
    assert _error(lambda: read_document_text(missing)) == f"File not found: {missing}"


def test_reading_errors_are_chinese_when_the_language_is(tmp_path, chinese):
    (tmp_path / "空白.md").write_text("", encoding="utf-8")
    big = tmp_path / "大文件.md"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    messages = {
        "empty": _error(lambda: read_document_text(tmp_path / "空白.md")),
        "missing": _error(lambda: read_document_text(tmp_path / "不存在.md")),
        "folder": _error(lambda: read_document_text(tmp_path)),
        "binary": _error(lambda: decode_bytes(b"\x00\x00\x01\x02" * 100, name="资料.bin")),
        "too big": _error(lambda: read_document_text(big)),
    }
    assert messages["empty"] == "空白.md 是空文件。"
    assert messages["too big"] == "大文件.md 大小为 64.0 MB，超过 64 MB 的文档不予打开。"
    for name, message in messages.items():
        shown = message.replace(str(tmp_path), "")  # the path is the reader's, not ours
        assert not latin_words(shown), (name, message)


def test_document_warnings_are_chinese_when_the_language_is(tmp_path, chinese):
    path = tmp_path / "doc.md"
    path.write_text("---\ntitle: 标题\npanes: bogus\n---\n\n正文。\n", encoding="utf-8")
    warnings = load_document(path).warnings
    assert warnings == ["文首元数据“panes: bogus”不是标题级别，已使用默认设置。"]
    budget = RenderBudget()
    budget.plain_blocks = 3
    assert budget.notice() == "本文档有 3 处内容过长或过于复杂，无法排版，以纯文本显示。"


def test_plain_block_notice_counts_in_english(tmp_path):
    budget = RenderBudget()
    budget.plain_blocks = 1
    assert budget.notice().startswith("1 part of this document is too long")
    budget.plain_blocks = 1204
    assert budget.notice().startswith("1,204 parts of this document are too long")


def test_a_document_past_the_rendering_budget_says_it_is_very_long():
    """Ordinary paragraphs left plain because a huge document spent the budget are not "too
    long or complex": the reader is told the document is long and where the plain parts are."""
    budget = RenderBudget(work_ms=0.0)
    for _ in range(3):
        assert not budget.allows("第一条 普通的条文。")
    assert budget.notice().startswith("This document is very long")
    assert "3 parts toward its end" in budget.notice()
    odd = RenderBudget()
    assert not odd.allows("[" * 1000)  # one block too full of markup: the other notice
    assert odd.notice().startswith("1 part of this document is too long")


def test_an_unknown_address_is_reported_in_chinese(chinese):
    error = AddressNotFound("第99条", ["第九条", "第十九条"])
    assert str(error) == "本文档中没有第99条；最接近的是：第九条、第十九条"
