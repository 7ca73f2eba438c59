"""Hostile and broken files end in one clear line, within the time limit, in a child process
that a hostile file cannot take the app down with (memory cap, killed with its parent)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from viewer.core.base.errors import DocumentError
from viewer.core.document.markdown_model import load_document
from viewer.core.formats.runner import ConverterClient

ROOT = Path(__file__).resolve().parents[3]


def pdf_bytes(page_kids: list[str], extra: list[str] | None = None, root_pages: int = 2) -> bytes:
    """A syntactically valid PDF: catalog 1, page tree `root_pages`, then the objects given."""
    objects = [
        f"<< /Type /Catalog /Pages {root_pages} 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(page_kids)}] /Count {len(page_kids)} >>",
        *(extra or []),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _refused(path: Path, *expected: str) -> str:
    started = time.monotonic()
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    assert time.monotonic() - started < 30
    message = str(caught.value)
    assert path.name in message and "\n" not in message
    assert any(e in message for e in expected), message
    return message


def test_zip_bomb_docx_is_refused_before_it_is_unpacked(tmp_path):
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (100 * 2**20))
    assert bomb.stat().st_size < 2**20
    _refused(bomb, "zip bomb")


@pytest.mark.parametrize("name", ["空.docx", "空.pdf"])
def test_an_empty_file_of_any_format_is_called_empty(tmp_path, name):
    empty = tmp_path / name
    empty.write_bytes(b"")
    message = _refused(empty, "empty")
    assert "zip" not in message  # not "not a valid .docx file (not a zip package)"


def test_a_pdf_of_100000_pages_is_refused(tmp_path):
    count = 100_000
    kids = [f"{3 + i} 0 R" for i in range(count)]
    pages = ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"] * count
    path = tmp_path / "huge.pdf"
    path.write_bytes(pdf_bytes(kids, pages))
    _refused(path, "100,000 pages")


def test_a_pdf_whose_page_tree_is_a_cycle_fails_cleanly(tmp_path):
    path = tmp_path / "cycle.pdf"
    # the page tree's only kid is the tree itself
    path.write_bytes(pdf_bytes(["2 0 R"]))
    _refused(path, "no text layer", "not a readable PDF", "could not be read")


def test_a_scan_without_a_text_layer_says_so(tmp_path):
    path = tmp_path / "scan.pdf"
    page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"
    stream = "<< /Length 22 >>\nstream\n0 0 1 rg 0 0 100 100 re f\nendstream"
    path.write_bytes(pdf_bytes(["3 0 R"], [page, stream]))
    _refused(path, "no text layer")


def test_a_50_mb_web_page_is_refused_at_once(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.truncate(50 * 2**20)
    _refused(path, "at most 20 MB")


def test_a_named_pipe_called_pdf_never_blocks(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    _refused(fifo, "not a regular file")


def test_a_conversion_over_its_time_limit_is_stopped_and_the_next_one_works(tmp_path):
    slow = tmp_path / "slow.html"
    rows = "".join(f"<div><p>第{i}段：推进高质量发展。</p></div>" for i in range(200_000))
    slow.write_text(f"<html><body>{rows}</body></html>", encoding="utf-8")
    quick = tmp_path / "quick.html"
    quick.write_text("<p>一句话。</p>", encoding="utf-8")
    client = ConverterClient(time_limit=0.3)
    try:
        with pytest.raises(DocumentError, match="longer than"):
            client.convert(str(slow), "html")
        client.time_limit = 60
        assert "一句话" in client.convert(str(quick), "html")
    finally:
        client.close()


def test_the_converter_child_dies_with_its_parent(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<p>内容</p>", encoding="utf-8")
    code = (
        "import sys, time\n"
        "from viewer.core.formats.runner import client\n"
        f"client().convert({str(page)!r}, 'html')\n"
        "print(client()._process.pid, flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    child_pid = int(parent.stdout.readline())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(child_pid, 0)
        except ProcessLookupError:
            return
        if (
            Path(f"/proc/{child_pid}/status").exists()
            and "zombie" in Path(f"/proc/{child_pid}/status").read_text()
        ):
            return
        time.sleep(0.1)
    os.kill(child_pid, signal.SIGKILL)
    pytest.fail("the converter outlived its parent")


def test_a_hostile_file_in_a_library_is_listed_and_the_rest_still_indexes(tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "good.md").write_text("# 规定\n\n互联网+创业创新。\n", encoding="utf-8")
    (folder / "page.html").write_text("<p>互联网+政务服务。</p>", encoding="utf-8")
    with zipfile.ZipFile(folder / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (100 * 2**20))
    (folder / "scan.pdf").write_bytes(pdf_bytes(["3 0 R"], ["<< /Type /Page /Parent 2 0 R >>"]))
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "--data-dir", str(tmp_path / "d"), "search",
         "--library", str(folder), "--json", "互联网"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = {d["document"].rsplit("/", 1)[-1] for d in json.loads(result.stdout)["documents"]}
    assert found == {"good.md", "page.html"}
    assert "bomb.docx" in result.stderr and "zip bomb" in result.stderr
    assert "scan.pdf" in result.stderr and "no text layer" in result.stderr
