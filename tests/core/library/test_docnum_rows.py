"""The searcher's docnum table read back from disk names every document as the one built
from the index does, and is never used for another commit or file list (docnum_rows)."""

import threading

from viewer.core.library import docnum_rows
from viewer.core.library.index import LibraryIndex
from viewer.core.library.search import LibrarySearch


def _library(tmp_path, count: int):
    folder = tmp_path / "laws"
    folder.mkdir(exist_ok=True)
    for n in range(count):
        text = f"# 第{n}号条例\n\n第一条 个人信息处理者应当履行第{n}项义务。\n"
        (folder / f"{n:02d}.md").write_text(text, encoding="utf-8")
    index = LibraryIndex(folder, index_dir=tmp_path / "index")
    index.update(cancel=threading.Event())
    return folder


def _found(folder, tmp_path) -> list[str]:
    search = LibrarySearch(LibraryIndex(folder, index_dir=tmp_path / "index"))
    search.open()
    return sorted(d.rel_path for d in search.search("个人信息处理者").documents)


def test_a_reopened_searcher_reads_the_saved_table_and_finds_the_same(tmp_path, monkeypatch):
    folder = _library(tmp_path, 12)
    built = _found(folder, tmp_path)
    assert len(built) == 12 and (tmp_path / "index" / docnum_rows.FILE).exists()
    with monkeypatch.context() as patch:  # read back: the docnums are not looked at
        patch.setattr(docnum_rows, "docnum_paths", _not_called)
        assert _found(folder, tmp_path) == built


def test_a_new_commit_or_a_damaged_table_is_built_again(tmp_path):
    folder = _library(tmp_path, 5)
    assert len(_found(folder, tmp_path)) == 5
    _library(tmp_path, 7)  # two files added: a new generation and a new file list
    assert _found(folder, tmp_path) == [f"{n:02d}.md" for n in range(7)]
    saved = tmp_path / "index" / docnum_rows.FILE
    data = bytearray(saved.read_bytes())
    data[-3] ^= 0x7F  # a row number damaged
    saved.write_bytes(bytes(data))
    assert _found(folder, tmp_path) == [f"{n:02d}.md" for n in range(7)]


def _not_called(*_args):
    raise AssertionError("the docnums were read although the saved table fits")
