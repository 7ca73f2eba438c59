"""A memo speaks the reader's language around the quoted text: all Chinese for a Chinese
reader, English labels (and the same Chinese quotes and official citations) for an English one."""

from __future__ import annotations

import csv
import io
import re

import pytest
from docx import Document as read_docx

from tests.core.export.law_bookmarks import bookmark_laws
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.export.docx_writer import to_docx
from viewer.core.export.html_writer import to_html
from viewer.core.export.markdown_writer import to_markdown
from viewer.core.export.memo import MemoOptions, build_memo
from viewer.core.export.search_results import ResultRow, to_csv
from viewer.core.export.search_results import to_markdown as results_markdown
from viewer.core.i18n import language

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
CHINESE_LABELS = ("摘编", "资料来源", "备注：", "条摘录", "份文件", "——")


@pytest.fixture
def items(laws_dir):
    with BookmarkLibrary() as library:
        yield bookmark_laws(library, laws_dir)


def test_a_chinese_memo_has_chinese_headings_and_no_english_label(items):
    language.set_language("zh")
    memo = build_memo(items)
    text = to_markdown(memo)
    assert text.startswith("# 摘编\n")
    assert "*9 条摘录，来自 3 份文件*" in text
    assert "## 资料来源" in text
    assert "> ——《中华人民共和国价格法》" in text
    assert "备注：备注0-0：须核对" in text
    assert not LATIN_WORD.findall(text)
    word = read_docx(io.BytesIO(to_docx(memo)))
    texts = [p.text for p in word.paragraphs]
    assert texts[:2] == ["摘编", "9 条摘录，来自 3 份文件"] and "资料来源" in texts
    styles = {p.style.name for p in word.paragraphs}
    assert {"引文出处", "备注"} <= styles and not {"Citation", "Note"} & styles
    html = to_html(memo)
    body = html[html.index("<body>") :]
    assert "<h2>资料来源</h2>" in body and not LATIN_WORD.findall(re.sub(r"<[^>]+>", "", body))


def test_an_english_memo_has_english_labels_around_the_chinese_text(items):
    memo = build_memo(items)
    text = to_markdown(memo)
    assert text.startswith("# Excerpt Memo\n")
    assert "*9 excerpts from 3 documents*" in text
    assert "## Sources" in text
    assert "> — 《中华人民共和国价格法》" in text  # the official citation keeps its form
    assert "Note: 备注0-0：须核对" in text
    for label in CHINESE_LABELS:
        assert label not in text.replace("备注0-", "")


def test_plurals_are_right_in_english(items):
    memo = build_memo(items[:1])
    assert memo.subtitle == "1 excerpt from 1 document"


def test_groups_by_colour_and_tag_are_named_in_the_language(items):
    from dataclasses import replace

    r, document = items[0]
    untagged = [(replace(r, bookmark=replace(r.bookmark, tags=())), document), *items[1:]]
    english = [s.heading for s in build_memo(items, MemoOptions(group_by="color")).sections]
    assert set(english) <= {"Yellow", "Green", "Blue", "Pink", "Purple", "Orange"}
    language.set_language("zh")
    chinese = [s.heading for s in build_memo(items, MemoOptions(group_by="color")).sections]
    assert set(chinese) <= {"黄色", "绿色", "蓝色", "粉色", "紫色", "橙色"}
    assert len(chinese) == len(english)
    tags = [s.heading for s in build_memo(untagged, MemoOptions(group_by="tag")).sections]
    assert tags[-1] == "无标签"


def test_library_results_files_name_their_columns_in_the_language():
    rows = [ResultRow("会计法", "a/会计法.md", "2017-11-04", "第二条", 2, "第二条 会计")]
    english = next(csv.reader(io.StringIO(to_csv(rows).lstrip("\ufeff"))))
    assert english == ["Document", "Path", "Version date", "Article", "Hits", "Excerpt"]
    assert "1 document, 1 hit excerpt" in results_markdown(rows, "会计")
    language.set_language("zh")
    chinese = next(csv.reader(io.StringIO(to_csv(rows).lstrip("\ufeff"))))
    assert chinese == ["文件", "路径", "版本日期", "条", "命中数", "摘录"]
    text = results_markdown(rows, "会计")
    assert text.startswith("# 文库搜索：会计") and "1 份文件，1 条命中摘录" in text
    assert not LATIN_WORD.findall(text.replace(".md", ""))


def test_cli_memo_follows_lang_in_its_file_and_its_message(tmp_path, laws_dir, monkeypatch, capsys):
    from viewer.cli.main import main

    with BookmarkLibrary() as library:
        bookmark_laws(library, laws_dir)
    out = tmp_path / "memo.md"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["memo", "--all", "--format", "md", "-o", str(out)]) == 0
    assert capsys.readouterr().err == f"已将 9 条摘录的摘编写入 {out}。\n"
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 摘编\n") and "## 资料来源" in text
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main(["memo", "--all", "--format", "md", "-o", str(out)]) == 0
    assert capsys.readouterr().err == f"Wrote a memo of 9 excerpts to {out}.\n"
    assert out.read_text(encoding="utf-8").startswith("# Excerpt Memo\n")


def _briefing_memo_html() -> str:
    from tests.conftest import BRIEFING
    from viewer.core.document.markdown_model import load_document

    document = load_document(BRIEFING)
    with BookmarkLibrary() as library:
        library.add_quote(document, "微信红包的模式也可以复制在保险业")
        return to_html(build_memo(library.everything()))


def test_an_english_memo_page_is_english_with_chinese_passages_marked():
    html = _briefing_memo_html()
    assert '<html lang="en">' in html
    assert '<blockquote><span lang="zh-CN">微信红包的模式' in html
    assert "<h1>Excerpt Memo</h1>" in html  # our label: no Chinese mark on it
    assert "Source: " in html and "来源" not in html


def test_a_chinese_memo_page_is_chinese_throughout():
    language.set_language("zh")
    html = _briefing_memo_html()
    assert '<html lang="zh-CN">' in html and "<span lang" not in html
    assert "来源：" in html and "Source:" not in html


def test_a_memo_for_a_chinese_reader_from_an_english_interface(items):
    """The memo is handed on: its labels follow the language chosen for it, the window's stay."""
    import threading

    from viewer.core.export.writers import render

    language.set_language("en")
    memo = build_memo(items, MemoOptions(language="zh"))
    assert (memo.title, memo.language) == ("摘编", "zh")
    text = render(memo, "md").decode("utf-8")
    assert "*9 条摘录，来自 3 份文件*" in text and "## 资料来源" in text
    assert "Excerpt" not in text and "Sources" not in text
    assert language.current() == "en"  # the interface did not switch
    seen = []
    with language.speaking("zh"):  # one thread's memo never relabels another thread's texts
        worker = threading.Thread(target=lambda: seen.append(language.current()))
        worker.start()
        worker.join()
        assert language.current() == "zh"
    assert seen == ["en"]
    english = build_memo(items, MemoOptions(language="en"))
    language.set_language("zh")
    assert render(english, "md").decode("utf-8").startswith("# Excerpt Memo\n")


def test_a_library_hits_memo_takes_the_chosen_label_language_too(tmp_path):
    from types import SimpleNamespace

    from viewer.core.document.markdown_model import load_document
    from viewer.core.export.hit_memo import hit_memo

    law = tmp_path / "示例法.md"
    law.write_text("# 示例法\n\n第一条 为了规范示例活动，制定本法。\n", encoding="utf-8")
    document = load_document(law)
    passage = document.panes[0].passages[-1]
    hit = SimpleNamespace(
        order=0, pane_id=passage.pane_id, pane_title="", passage_id=passage.id, text=passage.text
    )
    hits = [SimpleNamespace(document=str(law), passages=[hit])]
    language.set_language("en")
    memo = hit_memo(hits, load_document, MemoOptions(language="zh"), query="示例")
    assert memo.title.startswith("摘编") and memo.language == "zh"
    assert memo.subtitle == "1 条摘录，来自 1 份文件"
    assert language.current() == "en"
