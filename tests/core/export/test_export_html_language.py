"""An HTML export declares the document's own language, not the interface's: a Chinese
document exported from an English window is `<html lang="zh-CN">` (our few English labels
marked `lang="en"`); an excerpt memo ends its Markdown with a newline like every text file."""

from __future__ import annotations

from tests.conftest import BRIEFING
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.document.markdown_model import load_document
from viewer.core.export.briefing import briefing_export
from viewer.core.export.memo import build_memo
from viewer.core.export.writers import render
from viewer.core.i18n import language

PLAIN_CHINESE = "# 通知\n\n## 第一部分\n\n推进高质量发展，建设现代化产业体系。WTO 规则。\n"
ENGLISH = "# Notice\n\n## Part one\n\nBuild a modern industrial system, said the 国务院.\n"


def _html(path) -> str:
    with language.speaking("en"):  # an English window
        return render(briefing_export(load_document(path)), "html").decode("utf-8")


def test_a_chinese_document_exported_from_an_english_window_is_zh_cn():
    html = _html(BRIEFING)  # its front matter says language: zh-CN（简体中文）
    assert '<html lang="zh-CN">' in html
    assert '<span lang="zh-CN">' not in html  # the page's own language needs no marking


def test_without_front_matter_the_language_is_told_from_the_text(tmp_path):
    chinese = tmp_path / "notice.md"
    chinese.write_text(PLAIN_CHINESE, encoding="utf-8")
    assert '<html lang="zh-CN">' in _html(chinese)
    english = tmp_path / "notice-en.md"
    english.write_text(ENGLISH, encoding="utf-8")
    html = _html(english)
    assert '<html lang="en">' in html and '<span lang="zh-CN">' in html


def test_a_markdown_memo_ends_with_one_newline():
    document = load_document(BRIEFING)
    with BookmarkLibrary() as library:
        library.add_quote(document, "微信红包的模式也可以复制在保险业", note="保险+社交")
        memo = build_memo(library.everything())
    text = render(memo, "md").decode("utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n")
