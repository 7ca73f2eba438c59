"""`python -m viewer convert`, library search over mixed formats, and bookmarks on a Word file
that survive a re-export of the same text, end to end as a script would run them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tests.core.formats.docx_builder import paragraph, write_docx
from tests.core.formats.test_converters import POLICY_PAGE


@pytest.fixture
def run(tmp_path):
    data = tmp_path / "userdata"

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "viewer", "--data-dir", str(data), *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )

    return run


def test_convert_writes_markdown_and_reports_json(run, tmp_path):
    page = tmp_path / "policy.html"
    page.write_text(POLICY_PAGE, encoding="utf-8")
    out = tmp_path / "policy.md"
    result = run("convert", str(page), "-o", str(out), "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["title"] == "国务院关于积极推进“互联网+”行动的指导意见"
    text = out.read_text(encoding="utf-8")
    assert (
        text.startswith("---\ntitle: 国务院关于积极推进") and "doc_number: 国发〔2015〕40号" in text
    )
    to_stdout = run("convert", str(page))
    assert to_stdout.stdout == text
    quiet = run("convert", str(page), "-o", str(tmp_path / "again.md"))
    assert quiet.returncode == 0 and quiet.stderr == ""
    said = quiet.stdout.strip()  # one line: where the Markdown went, and what it is
    assert len(said.splitlines()) == 1 and "again.md" in said and "指导意见" in said


def test_a_page_without_text_is_converted_with_a_note(run, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    done = run("convert", str(empty), "-o", str(tmp_path / "empty.md"))
    assert done.returncode == 0
    assert "no text was found in empty.html" in done.stderr
    assert "1 character." in done.stdout or "0 characters." in done.stdout  # counted, singular


def test_convert_never_writes_over_its_source_or_into_a_mistyped_folder(run, tmp_path):
    page = tmp_path / "policy.html"
    page.write_text(POLICY_PAGE, encoding="utf-8")
    over = run("convert", str(page), "-o", str(page))
    assert over.returncode == 2 and "being read" in over.stderr
    assert page.read_text(encoding="utf-8") == POLICY_PAGE  # the web page is still there
    typo = run("convert", str(page), "-o", str(tmp_path / "no-such-folder" / "out.md"))
    assert typo.returncode == 2 and "There is no folder" in typo.stderr
    assert not (tmp_path / "no-such-folder").exists()


def test_convert_errors_are_one_line_and_exit_2(run, tmp_path):
    old = tmp_path / "notice.wps"
    old.write_bytes(b"x")
    for path in (old, tmp_path / "missing.pdf"):
        result = run("convert", str(path))
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and path.name in result.stderr
    page = tmp_path / "p.html"
    page.write_text(POLICY_PAGE, encoding="utf-8")
    unwritable = run("convert", str(page), "-o", str(page / "inside-a-file.md"))
    assert unwritable.returncode == 2 and unwritable.stderr.count("\n") == 1


def test_library_search_finds_words_in_every_format(run, tmp_path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "page.html").write_text(POLICY_PAGE, encoding="utf-8")
    write_docx(
        folder / "word.docx",
        paragraph("创业规定", style="Title") + paragraph("鼓励互联网+创业创新。"),
    )
    (folder / "note.md").write_text("# 笔记\n\n互联网+创业的笔记。\n", encoding="utf-8")
    result = run("search", "--library", str(folder), "--json", "创业")
    assert result.returncode == 0, result.stderr
    documents = json.loads(result.stdout)["documents"]
    found = {doc["document"].rsplit("/", 1)[-1] for doc in documents}
    assert found == {"page.html", "word.docx", "note.md"}


def test_bookmarks_on_a_word_file_survive_a_re_export_with_the_same_text(run, tmp_path):
    body = paragraph("创业规定", style="Title") + paragraph(
        "鼓励互联网+创业创新，支持小微企业发展。"
    )
    doc = write_docx(tmp_path / "rules.docx", body)
    added = run("bookmarks", "add", "--document", str(doc), "--quote", "支持小微企业发展")
    assert added.returncode == 0, added.stderr
    # the same text saved again: other bytes (a different zip), same words
    original = doc.read_bytes()
    doc.unlink()
    write_docx(doc, body + paragraph(""))  # an empty paragraph more: other bytes
    assert doc.read_bytes() != original
    listed = run("bookmarks", "list", "--document", str(doc), "--json")
    assert listed.returncode == 0, listed.stderr
    assert [m["status"] for m in json.loads(listed.stdout)] == ["exact"]
