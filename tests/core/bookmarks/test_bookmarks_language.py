"""Bookmark texts follow the interface language: the summary line with English plurals, the
Markdown memo's headings and statuses, import errors, colour and status names."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.conftest import BRIEFING
from viewer.core.base.errors import BookmarkError
from viewer.core.bookmarks.anchoring import EXACT, FUZZY, MOVED, ORPHAN
from viewer.core.bookmarks.import_file import decode_import, from_json
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.bookmarks.model import COLORS, color_name, status_name, summarize
from viewer.core.bookmarks.transfer import to_markdown
from viewer.core.document.markdown_model import load_document
from viewer.core.i18n import language

# Names that stay in Latin letters in a Chinese interface (formats, keys, file kinds).
ALLOWED_LATIN = {"UTF", "JSON", "Markdown", "PDF", "Word", "HTML", "Ctrl", "Shift", "Del"}
QUOTE = "微信红包的模式也可以复制在保险业"


def latin_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z]{2,}", text)) - ALLOWED_LATIN


class _Resolved:
    """Just what `summarize` reads of a resolved bookmark."""

    def __init__(self, status: str) -> None:
        self.status = status


def resolved(*statuses: str) -> list:
    return [_Resolved(s) for s in statuses]


@pytest.fixture
def chinese():
    language.set_language("zh")
    yield
    language.set_language("en")


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "briefing.md"
    shutil.copy(BRIEFING, path)
    return load_document(path)


def test_summary_uses_english_plurals():
    assert summarize([]) == "0 bookmarks"
    assert summarize(resolved(EXACT)) == "1 bookmark: 1 in place"
    assert summarize(resolved(EXACT, MOVED, FUZZY)) == (
        "3 bookmarks: 1 in place, 1 moved, 1 needs attention"
    )
    assert summarize(resolved(ORPHAN, FUZZY)) == "2 bookmarks: 2 need attention"


def test_summary_in_chinese_has_no_latin_words(chinese):
    text = summarize(resolved(EXACT, MOVED, FUZZY, ORPHAN))
    assert text == "4 个书签：1 个位置未变，1 个位置已变，2 个需要处理"
    assert not latin_words(text)
    assert summarize(resolved(MOVED)) == "1 个书签：1 个位置已变"  # no "0 个位置未变"


def test_colour_and_status_names_follow_the_language(chinese):
    chinese_names = [color_name(c) for c in COLORS]
    assert chinese_names == ["黄色", "绿色", "蓝色", "粉色", "紫色", "橙色"]
    assert [status_name(s) for s in (EXACT, MOVED, FUZZY, ORPHAN)] == [
        "位置未变",
        "位置已变",
        "文字已改动",
        "未找到",
    ]
    language.set_language("en")
    assert [color_name(c) for c in COLORS][:2] == ["Yellow", "Green"]


def test_markdown_memo_headings_follow_the_language(document, chinese):
    with BookmarkLibrary() as library:
        library.add_quote(document, QUOTE, note="保险", tags=["金融"])
        memo = to_markdown(library.for_document(document), document)
    assert memo.startswith(f"# 书签：{document.title}")
    assert "- 备注：保险" in memo and "- 标签：#金融" in memo and "- 引用：“" in memo
    headings = [line for line in memo.splitlines() if line.startswith(("#", "- ", "_"))]
    labels = [line.split("：", 1)[0] for line in headings]
    assert not latin_words(" ".join(labels))


def test_import_errors_follow_the_language(chinese):
    with pytest.raises(BookmarkError) as bad_json:
        from_json("{not json")
    with pytest.raises(BookmarkError) as wrong_type:
        from_json('{"format": "x", "version": 1, "bookmarks": {}}')
    with pytest.raises(BookmarkError) as utf16:
        decode_import("\ufeff[]".encode("utf-16"))
    assert "未导入任何内容" in str(bad_json.value)
    assert str(wrong_type.value).startswith("该文件不是有效的书签导出文件")
    assert not latin_words(str(utf16.value))


def test_import_errors_in_english_have_no_chinese():
    with pytest.raises(BookmarkError) as wrong_type:
        from_json('{"format": "x", "version": 1, "bookmarks": {}}')
    assert not re.search(r"[\u4e00-\u9fff]", str(wrong_type.value))


NOT_JSON = [
    ("", "第 1 行第 1 列"),  # an empty file
    ("# notes\n", "第 1 行第 1 列"),
    ('{"a": 1,\n  "b" 2}', "第 2 行第 7 列"),
    ('{"a": "open', "第 1 行第 7 列"),
    ("[1] [2]", "第 1 行第 5 列"),
    ('{"a": NaN}', "NaN"),
]


@pytest.mark.parametrize(("text", "where"), NOT_JSON)
def test_a_file_that_is_not_json_is_explained_in_chinese(chinese, text, where):
    with pytest.raises(BookmarkError) as error:
        from_json(text)
    message = str(error.value)
    assert where in message and message.endswith("未导入任何内容。"), message
    assert not latin_words(message) - {"NaN"}, message  # no "Expecting value: line 1"


@pytest.mark.parametrize(("text", "where"), NOT_JSON)
def test_a_file_that_is_not_json_is_explained_in_english(text, where):
    with pytest.raises(BookmarkError) as error:
        from_json(text)
    message = str(error.value)
    assert "Expecting" not in message and "char " not in message, message
    assert not re.search(r"[\u4e00-\u9fff]", message)
    if "行" in where:
        line, column = re.findall(r"\d+", where)
        assert f"line {line}, column {column}:" in message, message


def test_a_schema_rule_without_its_own_phrase_is_still_translated(chinese):
    import fastjsonschema

    from viewer.core.bookmarks.import_file import describe

    error = fastjsonschema.JsonSchemaValueException(
        "data.tags must contain unique items", [1, 1], "data.tags", {}, "uniqueItems"
    )
    assert not latin_words(describe(error)), describe(error)
