"""`python -m viewer export` / `memo` without Qt (Markdown, HTML, Word): content and failures."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import subprocess
import sys

import pytest
from docx import Document as read_docx

from tests.conftest import BRIEFING, ROOT
from tests.core.export.law_bookmarks import bookmark_laws
from viewer.cli.main import main
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.document.markdown_model import load_document


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),  # the test's own data dir (conftest) goes along
    )


def test_export_docx_has_title_heading_styles_and_every_passage(tmp_path):
    out = tmp_path / "briefing.docx"
    done = run("export", "--document", str(BRIEFING), "--format", "docx", "-o", str(out))
    assert done.returncode == 0, done.stderr
    word = read_docx(io.BytesIO(out.read_bytes()))
    document = load_document(BRIEFING)
    styles = {p.text: p.style.name for p in word.paragraphs}
    assert styles[document.title] == "Title"
    for pane in document.panes:
        assert styles[pane.title.strip()] == "Heading 1"
    body = "\n".join(p.text for p in word.paragraphs)
    position = 0
    for passage in document.passages():
        for line in passage.text.split("\n"):
            found = body.find(line, position)
            assert found >= 0, line
            position = found


def test_exported_file_gets_the_usual_mode_not_the_temporary_files(tmp_path):
    out = tmp_path / "b.html"
    assert run("export", "--format", "html", "-o", str(out)).returncode == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_export_only_the_chosen_panes_in_markdown(tmp_path):
    document = load_document(BRIEFING)
    second, fourth = document.panes[1], document.panes[3]
    out = tmp_path / "part.md"
    done = run("export", "--format", "md", "--pane", fourth.title, second.id, "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert headings == [fourth.title, second.title]  # by title or id, in the order asked


@pytest.mark.parametrize(
    "args, message",
    [
        (["--pane", "没有这个"], "There is no pane “没有这个”"),
        (["-o", "/proc/no/such/dir/out.md"], "error:"),
    ],
)
def test_failures_exit_2_with_one_line_and_no_file(tmp_path, args, message):
    out = tmp_path / "out.md"
    argv = ["export", "--format", "md", *args]
    if "-o" not in args:
        argv += ["-o", str(out)]
    done = run(*argv)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and message in done.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_unwritable_folder_exits_2(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can write into a read-only folder")
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    done = run("export", "--format", "md", "-o", str(folder / "out.md"))
    assert done.returncode == 2 and "permission denied" in done.stderr
    assert list(folder.iterdir()) == []


def test_pane_by_its_number_from_one(tmp_path):
    document = load_document(BRIEFING)
    out = tmp_path / "first.md"
    done = run("export", "--format", "md", "--pane", "1", "-o", str(out))
    assert done.returncode == 0, done.stderr
    headings = [
        line[3:] for line in out.read_text(encoding="utf-8").splitlines() if line[:3] == "## "
    ]
    assert headings == [document.panes[0].title]


def test_an_unknown_pane_lists_numbers_and_titles_not_ids(tmp_path):
    document = load_document(BRIEFING)
    done = run("export", "--format", "md", "--pane", "99", "-o", str(tmp_path / "x.md"))
    assert done.returncode == 2
    assert f"1. {document.panes[0].title}" in done.stderr
    assert all(pane.id not in done.stderr for pane in document.panes if pane.id != pane.title)


def test_a_missing_folder_exits_2_and_creates_no_folder(tmp_path):
    out = tmp_path / "nonexist" / "dir" / "e.docx"
    done = run("export", "--format", "docx", "-o", str(out))
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert f"There is no folder {out.parent}" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_refused_write_is_said_in_chinese_naming_the_given_path(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    out = tmp_path / "e.md"

    def refused(*_args, **_kwargs):
        raise OSError(errno.EACCES, "Permission denied", str(tmp_path / ".e.md.x1y2.tmp"))

    monkeypatch.setattr("viewer.core.base.atomic_file.tempfile.mkstemp", refused)
    done = run_in_process(["export", "--format", "md", "-o", str(out)])
    assert done == (2, f"briefing-viewer：错误：无法写入 {out}：没有权限。\n")


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_proc_is_refused_in_chinese_without_the_temporary_name(monkeypatch):
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, err = run_in_process(["export", "--format", "md", "-o", "/proc/e.md"])
    assert code == 2 and "/proc/e.md" in err and "无法写入" in err
    assert ".tmp" not in err and "No such file" not in err


def run_in_process(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


def test_disk_full_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, capsys):
    out = tmp_path / "memo.html"
    out.write_text("old", encoding="utf-8")

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("viewer.core.base.atomic_file.os.fsync", full)
    code = main(["export", "--format", "html", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "disk is full" in err and err.count("\n") == 1
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["memo.html"]


def test_memo_of_tagged_bookmarks_as_markdown(tmp_path, laws_dir):
    with BookmarkLibrary() as library:
        items = bookmark_laws(library, laws_dir)
    out = tmp_path / "memo.md"
    done = run("memo", "--all", "--tag", "标签1", "--format", "md", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    tagged = [r for r, _ in items if "标签1" in r.bookmark.tags]
    assert len(tagged) == 3
    for r in tagged:
        assert text.count(r.resolution.text) == 1
    others = [r for r, _ in items if "标签1" not in r.bookmark.tags]
    assert all(r.resolution.text not in text for r in others)
    assert "3 excerpts from 3 documents" in text


def test_export_and_memo_say_what_they_wrote_as_json(tmp_path, laws_dir):
    import json

    with BookmarkLibrary() as library:
        bookmark_laws(library, laws_dir)
    out = tmp_path / "brief.html"
    done = run("export", "--format", "html", "--pane", "1", "-o", str(out), "--json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["output"] == str(out) and found["format"] == "html"
    assert found["bytes"] == out.stat().st_size and len(found["panes"]) == 1
    memo = tmp_path / "memo.md"
    done = run("memo", "--all", "--tag", "标签1", "--format", "md", "-o", str(memo), "--json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert (found["excerpts"], found["documents"]) == (3, 3)
    assert found["bytes"] == memo.stat().st_size


def test_a_memo_no_bookmark_matches_writes_nothing_and_says_so(tmp_path, laws_dir):
    with BookmarkLibrary() as library:
        bookmark_laws(library, laws_dir)
    out = tmp_path / "memo.pdf"
    done = run("memo", "--all", "--tag", "no-such-tag", "--format", "pdf", "-o", str(out))
    assert done.returncode == 2
    assert "no bookmark matches" in done.stderr and done.stderr.count("\n") == 1
    assert not out.exists()
