"""Opening files: encodings Chinese documents really come in, and bad input with clear errors."""

from __future__ import annotations

import pytest

from viewer.core.errors import DocumentError
from viewer.core.markdown_model import load_document
from viewer.core.textio import MAX_BYTES, read_document_text

TEXT = "# 标题\n\n## 互联网+金融\n\n微信红包，深圳。\n"


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),  # with BOM
        ("utf-16-le", "utf-16-le"),  # without BOM
        ("utf-16-be", "utf-16-be"),
    ],
)
def test_chinese_text_opens_in_common_encodings(tmp_path, encoding, expected):
    path = tmp_path / "doc.md"
    path.write_bytes(TEXT.encode(encoding))
    loaded = read_document_text(path)
    assert loaded.text == TEXT
    assert loaded.encoding == expected
    assert load_document(path).panes[-1].title == "互联网+金融"


def test_windows_newlines_are_normalised(tmp_path):
    path = tmp_path / "doc.md"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("gb18030"))
    assert read_document_text(path).text == TEXT


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: None, "not found"),
        (lambda p: p.mkdir(), "folder"),
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_bytes(b"  \n\n"), "empty"),
        (lambda p: p.write_bytes(bytes(range(256)) * 40), "binary"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100), "binary"),
    ],
)
def test_bad_files_raise_a_readable_error(tmp_path, make, message):
    path = tmp_path / "bad.md"
    make(path)
    with pytest.raises(DocumentError, match=message):
        read_document_text(path)


def test_too_large_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(DocumentError, match="MB"):
        read_document_text(path)


def test_twenty_megabyte_markdown_opens(tmp_path):
    chapter = "\n\n".join(f"第{i}条 " + "依法治国，建设社会主义法治国家。" * 20 for i in range(150))
    text = "\n\n".join(f"## 第{c}章\n\n{chapter}" for c in range(140))
    path = tmp_path / "big.md"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 20_000_000
    doc = load_document(path)
    assert len(doc.panes) >= 140
