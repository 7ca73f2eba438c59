"""Pathological Markdown opens, keeps its text and is found by search (issue 8, item 3).

Each shape (tests/pathological.py) is generated here, written to a temporary file and opened in
a child process, so a regression that hangs fails this test after CHILD_TIMEOUT_S instead of
stalling the suite. Speed is measured by benchmarks/pathological.py, not here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pathological import SHAPES, WORD
from viewer.core.document.markdown_limits import PIECE_CHARS, plain_pieces
from viewer.core.document.markdown_model import MAX_PANE_BLOCKS, MAX_PANE_CHARS, parse_document

ROOT = Path(__file__).resolve().parents[3]
CHILD_TIMEOUT_S = 120  # minutes before the fix; a few seconds after it on a loaded machine
BIG = {"nested-indented-list", "one-line-20mb", "headings", "panes"}  # 1-20 MB: slow

OPEN_AND_SEARCH = """
import json, sys
from viewer.core.document.markdown_model import load_document, parse_document
from viewer.core.search.engine import DocumentSearch
from tests.pathological import WORD

document = load_document(sys.argv[1])
light = parse_document(open(sys.argv[1], encoding="utf-8").read(), render_html=False)
passages = list(document.passages())
print(json.dumps({
    "warnings": document.warnings,
    "holding_word": sum(WORD in p.text for p in passages),
    "hits": DocumentSearch(document).search(WORD).total,
    "longest_passage": max(len(p.text) for p in passages),
    "pane_chars": max(sum(len(p.markdown) for p in pane.passages) for pane in document.panes),
    "pane_blocks": max(len(pane.passages) for pane in document.panes),
    "same_when_indexed": [(p.id, p.text) for p in light.passages()]
        == [(p.id, p.text) for p in passages],
}))
"""


def open_in_child(path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_SEARCH, str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    "shape",
    [pytest.param(name, marks=pytest.mark.slow) if name in BIG else name for name in SHAPES],
)
def test_pathological_markdown_opens_keeps_its_text_and_is_found(tmp_path, shape):
    path = tmp_path / f"{shape}.md"
    path.write_text(SHAPES[shape](), encoding="utf-8")
    result = open_in_child(path)
    assert result["holding_word"] >= 2  # before and after the pathological part
    assert result["hits"] == result["holding_word"]
    assert result["same_when_indexed"]  # the library index and the reader agree
    assert result["longest_passage"] <= 2 * PIECE_CHARS
    assert result["pane_blocks"] <= MAX_PANE_BLOCKS + 2
    assert result["pane_chars"] <= MAX_PANE_CHARS + 2 * PIECE_CHARS


@pytest.mark.parametrize(
    "shape", ["nested-dashes", "square-brackets", "mixed-emphasis", "entities", "backtick-pairs"]
)
def test_blocks_beyond_the_limits_are_plain_text_with_a_notice(shape):
    document = parse_document(SHAPES[shape]())
    assert any("shown as plain text" in warning for warning in document.warnings)
    plain = [p for p in document.passages() if WORD in p.text]
    assert all("<" not in p.text for p in plain)  # escaped markup reads as what was typed


def test_plain_text_is_escaped_and_keeps_every_line():
    source = "<script>x</script> &amp; [链接](http://a)\n  第二行\u3000内容\n\n"
    ((text, html),) = plain_pieces(source)
    assert text == "<script>x</script> &amp; [链接](http://a)\n第二行\u3000内容"
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;amp;" in html


def test_link_reference_definitions_are_looked_up_not_appended_to_every_block():
    defs = "\n".join(f"[条{i}]: https://example.org/{i}" for i in range(2_000))
    text = "# 标题\n\n见[条7]。\n\n其他段落。\n\n" + defs + "\n"
    document = parse_document(text)
    link, other = list(document.passages())
    assert 'href="https://example.org/7"' in link.html and link.text == "见条7。"
    assert other.text == "其他段落。"  # the 2,000 definitions are targets, not text
    assert not document.warnings


def test_heading_with_a_long_run_of_spaces_keeps_its_text():
    document = parse_document("# 标题\n\n## 第一章" + " " * 50_000 + "总则 ##\n\n正文。\n")
    heading = "第一章" + " " * 50_000 + "总则"
    assert next(document.passages()).text == "第一章 总则"  # as shown: spaces collapse
    assert [pane.title for pane in document.panes] == ["第一章 总则"]  # titled as it reads
    assert [pane.passages[0].markdown for pane in document.panes] == [f"## {heading} ##"]
