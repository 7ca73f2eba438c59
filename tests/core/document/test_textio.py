"""Opening files: encodings Chinese documents really come in, and bad input with clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from viewer.core.base.errors import DocumentError
from viewer.core.document.markdown_model import load_document
from viewer.core.document.textio import (
    MAX_BYTES,
    read_document_text,
    read_file_head,
    read_regular_file,
    sniff_document,
)

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


# --- item 17: only regular files are read, and never more than the cap -------------------------


def test_named_pipe_is_refused_at_once_not_waited_on(tmp_path):
    fifo = tmp_path / "replaced.md"
    os.mkfifo(fifo)  # no writer ever opens it: a blocking open or read would hang forever
    with pytest.raises(DocumentError, match="not a regular file") as caught:
        read_document_text(fifo)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_device_is_refused_without_reading_it(tmp_path, device):
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist on this system")
    link = tmp_path / "doc.md"
    link.symlink_to(device)  # a bookmarked document replaced by a link to a device
    for path in (Path(device), link):
        with pytest.raises(DocumentError, match="not a regular file"):
            read_document_text(path)
        with pytest.raises(DocumentError, match="not a regular file"):
            sniff_document(path, 4096)


def test_read_is_capped_even_when_the_size_check_passes(tmp_path):
    path = tmp_path / "doc.md"
    path.write_bytes(b"x" * 5000)
    assert read_regular_file(path, limit=5000) == b"x" * 5000
    with pytest.raises(DocumentError, match="larger than"):
        read_regular_file(path, limit=4999)
    assert read_file_head(path, 100) == b"x" * 100


# --- item 21: the start-up sniff must not cut a character in half ------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16"])
def test_sniff_of_a_big_file_ignores_a_character_cut_at_the_end(tmp_path, encoding):
    path = tmp_path / "big.md"
    text = "# 标题\n\n" + "依法治国，建设社会主义法治国家。\n" * 20_000
    path.write_bytes(text.encode(encoding))
    for size in range(4095, 4099):  # one of these cuts a multi-byte character
        loaded = sniff_document(path, size)
        assert loaded.encoding.startswith(encoding.split("-")[0])
        assert loaded.text.startswith("# 标题")


def test_largest_laws_pass_the_start_up_check(laws_dir):
    from viewer.ui.window.app import (
        check_path,  # Qt-free: only the sniff the CLI runs before the GUI
    )

    biggest = sorted(laws_dir.rglob("*.md"), key=lambda p: p.stat().st_size)[-3:]
    assert all(p.stat().st_size > 256 * 1024 for p in biggest)
    for path in biggest:
        assert check_path(path) is None
        assert read_document_text(path).text.startswith(path.read_text(encoding="utf-8")[:100])


def test_bookmarks_list_all_survives_a_document_replaced_by_a_pipe(tmp_path):
    import json
    import subprocess
    import sys

    from tests.conftest import BRIEFING, ROOT

    document = tmp_path / "doc.md"
    document.write_bytes(BRIEFING.read_bytes())

    def cli(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "viewer", "--data-dir", str(tmp_path / "data")]
        return subprocess.run(
            [*command, "bookmarks", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
        )

    quote = "中国的网民数量是6.43亿、美国是2.8亿"
    assert cli("add", "--document", str(document), "--quote", quote).returncode == 0
    document.unlink()
    os.mkfifo(document)  # a blocking read of it would wait for a writer forever
    listed = cli("list", "--all", "--json")
    assert listed.returncode == 0, listed.stderr
    (bookmark,) = json.loads(listed.stdout)
    assert bookmark["quote"] == quote and bookmark["status"] == "orphan"
