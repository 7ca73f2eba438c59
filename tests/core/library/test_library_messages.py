"""What the library tells the reader follows the interface language, even a message made
before a switch or in the (English) indexing child process."""

from __future__ import annotations

import pickle
import re

from viewer.core.i18n import language
from viewer.core.library import messages
from viewer.core.library.index import LibraryIndex
from viewer.core.library.messages import Message

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def test_a_message_shows_again_in_the_language_switched_to():
    made = Message(messages.writing, 1204)
    assert made == "Writing the index of 1,204 documents"
    language.set_language("zh")
    assert made.shown() == "正在写入 1,204 篇文档的索引"
    assert messages.shown("a plain text") == "a plain text"


def test_english_plurals():
    assert Message(messages.writing, 1) == "Writing the index of 1 document"
    assert Message(messages.writing, 2) == "Writing the index of 2 documents"


def test_a_message_from_another_process_arrives_in_the_receivers_language():
    """Pickling carries how it was made, not the text (the child process speaks English)."""
    damage = Message(messages.index_unopenable, "EmptyIndexError")
    rebuilt = Message(messages.rebuilt, damage)
    language.set_language("zh")
    received = pickle.loads(pickle.dumps(rebuilt))
    assert received == "文库索引已损坏（索引无法打开（EmptyIndexError）），已重新建立。"


def test_every_library_message_is_chinese_in_the_chinese_interface():
    language.set_language("zh")
    shown = [
        messages.waiting(),
        messages.checking_index(),
        messages.checking_files(),
        messages.temporary_index("只读文件系统"),
        messages.damaged_scanning(),
        messages.damaged_wait(),
        messages.not_regular(messages.kind_name("pipe")),
        messages.named_outside_link("链接文件"),
        messages.indexing_stopped(),
    ]
    assert not [text for text in shown if LATIN_WORD.search(text)], shown


def test_a_skipped_file_gives_its_reason_in_chinese(tmp_path):
    import os

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "法.md").write_text("# 法\n\n第一条 本法。\n", encoding="utf-8")
    os.mkfifo(folder / "管道.md")
    language.set_language("zh")
    report = LibraryIndex(folder, index_dir=tmp_path / "index").update()
    reasons = [messages.shown(entry.error) for entry in report.skipped]
    assert reasons == ["命名管道，不是普通文件；未读取"]
    language.set_language("en")
    assert [messages.shown(e.error) for e in report.skipped] == [
        "a named pipe, not a regular file; not read"
    ]
