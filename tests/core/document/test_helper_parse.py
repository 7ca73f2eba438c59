"""A never-seen document parsed by the start-up helper process gives exactly what the app's
own parse gives (same document, same errors), and every failure of the helper falls back to
that parse. Each case runs in a fresh interpreter: the helper forks only a process without Qt
or other threads, which the test process is not."""

from __future__ import annotations

import json

from tests.conftest import ROOT
from tests.fresh_process import run_script
from viewer.core.document.cache import document_to_json
from viewer.core.document.helper_parse import MAX_HELPER_BYTES
from viewer.core.document.markdown_model import load_document

# argv: document, cache dir, helper's language, then what to do to the helper
SCRIPT = r"""
import json, os, sys, time
from pathlib import Path
from viewer.core.base.errors import DocumentError
from viewer.core.document import cache, helper_parse
from viewer.core.i18n import language

path, cache_dir, code, case = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4]
language.set_language("en")
if case == "crash":  # the child dies once it has parsed, before it answers
    helper_parse.document_to_json = lambda d: os.kill(os.getpid(), 9)
if case == "hang":  # the child never answers
    helper_parse.language = type("L", (), {"set_language": staticmethod(lambda c: time.sleep(60))})
helper = helper_parse.start_helper(path, cache_dir, code)
out = {"helper": helper is not None}
if case == "changed":
    helper.wait()
    path.write_text(path.read_text(encoding="utf-8") + "\n\n新的一段。\n", encoding="utf-8")
if case == "hang":
    out["answered"] = helper.wait(0.3)
    started = time.monotonic()
    helper.abandon()
    out["abandon_s"] = time.monotonic() - started
if helper is not None and case != "hang":
    out["from_helper"] = helper.document() is not None
try:
    document = helper_parse.load_with_helper(path, cache_dir, helper)
    out["document"] = None if document is None else cache.document_to_json(document)
except DocumentError as error:
    out["error"] = str(error)
if helper is not None:
    try:
        os.kill(helper.pid, 0)
        out["child_left"] = True
    except ProcessLookupError:
        out["child_left"] = False
out["cached"] = len(list(cache_dir.glob("*.json")))
print(json.dumps(out, ensure_ascii=False))
"""


def run(path, tmp_path, case="plain", language="en") -> dict:
    return json.loads(run_script(SCRIPT, str(path), str(tmp_path / "cache"), language, case))


def expected(path) -> dict:
    return json.loads(json.dumps(document_to_json(load_document(path)), ensure_ascii=False))


def test_the_helper_gives_the_document_the_app_would_parse_and_caches_it(tmp_path):
    path = tmp_path / "copy.md"
    path.write_bytes((ROOT / "briefing.md").read_bytes())
    out = run(path, tmp_path)
    assert out["helper"] and out["from_helper"]
    assert out["document"] == expected(path)
    assert out["cached"] == 1  # the next start is a warm one
    assert not out["child_left"]


def test_gb18030_and_broken_markdown_come_back_the_same(tmp_path):
    path = tmp_path / "通知.md"
    text = "# 通知\n\n```\n未闭合的代码块\n\n> > > 引用\n\n| 表 | 格\n|---\n| 1 |\n\n**粗体\n"
    path.write_bytes(text.encode("gb18030"))
    out = run(path, tmp_path)
    assert out["from_helper"]
    assert out["document"] == expected(path)
    assert out["document"]["encoding"] == expected(path)["encoding"]


def test_a_helper_that_dies_leaves_the_parse_to_the_app(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# 标题\n\n## 一\n\n一段。\n", encoding="utf-8")
    out = run(path, tmp_path, case="crash")
    assert out["helper"] and not out["from_helper"]
    assert out["document"] == expected(path)
    assert not out["child_left"]


def test_bad_input_gives_the_same_message_as_without_the_helper(tmp_path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    out = run(path, tmp_path)
    assert out["helper"] and not out["from_helper"]
    plain = run_script(
        "import sys\nfrom pathlib import Path\n"
        "from viewer.core.document.cache import load_document_cached\n"
        "try:\n    load_document_cached(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "except Exception as e:\n    print(e)",
        str(path),
        str(tmp_path / "other"),
    )
    assert out["error"] == plain.strip()


def test_an_answer_for_an_older_file_or_another_language_is_not_used(tmp_path):
    path = tmp_path / "b.md"
    path.write_text("# 标题\n\n一段。\n", encoding="utf-8")
    out = run(path, tmp_path, case="changed")
    assert not out["from_helper"]
    assert out["document"] == expected(path)  # the file as it is now: 新的一段 included
    assert "新的一段" in json.dumps(out["document"], ensure_ascii=False)
    other = tmp_path / "c.md"
    other.write_text("# 标题\n\n一段。\n", encoding="utf-8")
    assert not run(other, tmp_path / "zh", language="zh")["from_helper"]


def test_a_helper_that_hangs_is_ended_at_quit(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("# 标题\n\n一段。\n", encoding="utf-8")
    out = run(path, tmp_path, case="hang")
    assert not out["answered"]
    assert out["abandon_s"] < 5
    assert out["document"] is None  # abandoned: the app is quitting, nothing is parsed
    assert not out["child_left"]


def test_no_helper_where_it_cannot_help(tmp_path):
    path = tmp_path / "e.md"
    path.write_text("# 标题\n\n一段。\n", encoding="utf-8")
    assert run(path, tmp_path)["helper"]
    assert not run(path, tmp_path)["helper"]  # now in the cache: read, not parsed
    big = tmp_path / "big.md"
    big.write_text("一段。\n\n" * (MAX_HELPER_BYTES // 10), encoding="utf-8")
    assert not run(big, tmp_path)["helper"]  # a big file waits on a worker, as before
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>一段。</p></body></html>", encoding="utf-8")
    assert not run(page, tmp_path)["helper"]  # converted in its own process, as before
    with_qt = run_script(
        "import sys\nfrom pathlib import Path\nimport PySide6\n"
        "from viewer.core.document.helper_parse import start_helper\n"
        "print(start_helper(Path(sys.argv[1]), Path(sys.argv[2]), 'en'))",
        str(tmp_path / "e.md"),
        str(tmp_path / "qt"),
    )
    assert with_qt.strip() == "None"  # never fork a process that has loaded Qt
