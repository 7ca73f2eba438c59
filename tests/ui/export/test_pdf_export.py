"""PDF export end to end: text in order, CJK fonts embedded, headings as PDF bookmarks, and
print layout that never starts a line with closing punctuation."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest
from pypdf import PdfReader

from tests.conftest import BRIEFING, ROOT
from viewer.core.document.markdown_model import load_document
from viewer.core.export.html_writer import to_html
from viewer.core.export.model import Block, ExportDoc, Section
from viewer.core.text.line_breaking import PRINT_NO_LINE_START as NO_LINE_START

pytestmark = pytest.mark.gui
FOOTER = re.compile(r"Page \d+ of \d+|第\s*\d+\s*页\s*，\s*共\s*\d+\s*页")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (poppler-utils); skipping")
    return path


def _export_pdf(tmp_path, *args: str):
    out = tmp_path / "out.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "viewer", *args, "--format", "pdf", "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        env=os.environ.copy(),
    )
    assert done.returncode == 0, done.stderr
    return out


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_briefing_pdf_text_in_order_fonts_embedded_outline(tmp_path):
    pdftotext, pdffonts = _tool("pdftotext"), _tool("pdffonts")
    out = _export_pdf(tmp_path, "export", "--document", str(BRIEFING))
    document = load_document(BRIEFING)
    lines = subprocess.run(
        [pdftotext, str(out), "-"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    # the page header (title) and footer (page numbers) interrupt passages that cross a page
    body = [line for line in lines if line != document.title and not FOOTER.fullmatch(line)]
    text, position = _squeezed("".join(body)), 0
    for passage in document.passages():
        wanted = _squeezed(passage.text)
        found = text.find(wanted, position)
        assert found >= 0, passage.text[:40]
        position = found + len(wanted)
    fonts = subprocess.run([pdffonts, str(out)], capture_output=True, text=True).stdout
    cjk = [line for line in fonts.splitlines() if "WenQuanYi" in line or "CJK" in line]
    assert cjk and all(line.split()[-5] == "yes" for line in cjk)  # the "emb" column
    outline = PdfReader(out).outline
    top = [item.title for item in outline if not isinstance(item, list)]
    assert top == [pane.title for pane in document.panes]
    nested = [item for item in outline if isinstance(item, list)]
    assert nested and nested[0][0].title == "导读"


def test_page_header_and_numbers_on_every_page(tmp_path):
    pdftotext = _tool("pdftotext")
    out = _export_pdf(tmp_path, "export", "--document", str(BRIEFING))
    pages = len(PdfReader(out).pages)
    assert pages >= 2
    text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True).stdout
    for page in range(1, pages + 1):
        assert f"Page{page}of{pages}" in _squeezed(text)


def _line_starts(html: str, device) -> list[str]:
    from viewer.ui.export.print_render import layout_document

    doc, _body = layout_document(html, device)
    starts, block = [], doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        starts += [text[layout.lineAt(i).textStart()] for i in range(1, layout.lineCount())]
        block = block.next()
    return starts


def test_no_printed_line_starts_with_closing_punctuation(qapp):
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from viewer.ui.export.print_render import set_a4

    # spaces and zero-width spaces before marks: where Qt's own breaker allows a break
    sentence = "依照《会计法》 ，单位\u200b、个人 ；应当 ：“如实记录 ”（见附件 ）。"
    doc = ExportDoc("测试", sections=[Section("一", 1, [Block("paragraph", sentence * 60)])])
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    set_a4(writer)
    starts = _line_starts(to_html(doc, for_print=True), writer)
    assert len(starts) > 20
    assert [c for c in starts if c in NO_LINE_START] == []


def test_text_stays_inside_the_page_margins(tmp_path):
    pdftotext = _tool("pdftotext")
    out = _export_pdf(tmp_path, "export", "--document", str(BRIEFING))
    boxes = subprocess.run(
        [pdftotext, "-bbox", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    right = [
        float(x) for x in re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"', boxes)
    ]
    left = [float(x) for x in re.findall(r'<word xMin="([\d.]+)"', boxes)]
    margin = 20 / 25.4 * 72  # 20 mm left and right on A4 (595 pt wide)
    assert right and max(right) <= 595 - margin + 1
    assert min(left) >= margin - 1


def test_memo_pdf_of_one_document_quotes_every_bookmark(tmp_path, laws_dir):
    from tests.core.export.law_bookmarks import LAWS, bookmark_laws
    from viewer.core.bookmarks.library import BookmarkLibrary

    pdftotext = _tool("pdftotext")
    with BookmarkLibrary() as library:
        items = bookmark_laws(library, laws_dir)
    out = _export_pdf(tmp_path, "memo", "--document", str(laws_dir / LAWS[1]))
    text = _squeezed(
        subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True).stdout
    )
    mine = [r for r, d in items if d.path.name == (laws_dir / LAWS[1]).name]
    assert len(mine) == 3
    for r in mine:
        assert _squeezed(r.resolution.text) in text
    assert _squeezed("《中华人民共和国价格法》（1997年12月29日）第二条") in text
    assert "中华人民共和国会计法" not in text  # only this document's bookmarks
    outline = PdfReader(out).outline
    assert outline[0].title == "中华人民共和国价格法"
    assert outline[-1].title == "Sources"
