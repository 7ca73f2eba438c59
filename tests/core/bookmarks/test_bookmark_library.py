"""Creating, listing, editing and moving bookmarks; export/import; the summary line."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import BRIEFING
from viewer.core.base.errors import BookmarkError
from viewer.core.bookmarks.anchoring import anchor_for_quote
from viewer.core.bookmarks.import_file import from_json, import_json
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.bookmarks.model import summarize
from viewer.core.bookmarks.store import BookmarkStore
from viewer.core.bookmarks.transfer import to_json, to_markdown
from viewer.core.document.markdown_model import load_document

QUOTE = "中国的网民数量是6.43亿、美国是2.8亿"
FINANCE = "微信红包的模式也可以复制在保险业"


@pytest.fixture
def copy(tmp_path):
    path = tmp_path / "briefing.md"
    shutil.copy(BRIEFING, path)
    return path


@pytest.fixture
def library():
    lib = BookmarkLibrary()
    yield lib
    lib.close()


def test_selection_note_tags_colour_and_listing(library, copy):
    doc = load_document(copy)
    pane = doc.pane("讲座要点")
    start = pane.text.index(QUOTE)
    b = library.add_selection(doc, pane.id, start, start + len(QUOTE), note="数字", tags=["数据"])
    passage = next(p for p in doc.passages() if p.text.startswith("小政觉得"))
    library.add_passage(doc, passage.id, color="green")
    listed = library.for_document(doc)
    assert [r.bookmark.quote for r in listed] == [passage.text, QUOTE]  # reading order
    assert listed[1].bookmark.id == b.id and listed[1].status == "exact"
    updated = library.update(b.id, note="新备注", tags=["a", "a", " b "], color="blue")
    assert (updated.note, updated.tags, updated.color) == ("新备注", ("a", "b"), "blue")
    assert library.get(b.id).note == "新备注"


def test_delete_and_undo(library, copy):
    doc = load_document(copy)
    b = library.add_quote(doc, QUOTE)
    library.delete(b.id)
    assert library.for_document(doc) == []
    library.restore(b.id)
    assert [r.bookmark.id for r in library.for_document(doc)] == [b.id]
    with pytest.raises(BookmarkError):
        library.delete("00000000-0000-4000-8000-000000000000")


def test_orphan_stays_listed_and_can_be_reattached(library, copy):
    doc = load_document(copy)
    b = library.add_quote(doc, QUOTE, note="keep me")
    copy.write_text(copy.read_text(encoding="utf-8").replace(QUOTE, "（此句已删除）"), "utf-8")
    edited = load_document(copy)
    (r,) = library.for_document(edited)
    assert r.status == "orphan" and r.bookmark.quote == QUOTE
    assert summarize([r]) == "1 bookmark: 1 needs attention"
    library.reattach(b.id, anchor_for_quote(edited, "（此句已删除）"), edited)
    (r,) = library.for_document(edited)
    assert r.status == "exact" and r.bookmark.note == "keep me" and r.bookmark.id == b.id


def test_renamed_file_keeps_its_bookmarks(library, copy, tmp_path):
    doc = load_document(copy)
    b = library.add_quote(doc, QUOTE)
    library.add_quote(doc, FINANCE)
    renamed = tmp_path / "renamed.md"
    copy.rename(renamed)
    assert {r.bookmark.id for r in library.for_document(load_document(renamed))} >= {b.id}
    # It was adopted: the stored path is now the new one.
    assert library.get(b.id).document_path == str(renamed.resolve())


def test_renamed_and_edited_file_found_by_title(library, copy, tmp_path):
    doc = load_document(copy)
    kept = library.add_quote(doc, QUOTE)
    lost = library.add_quote(doc, FINANCE)
    text = copy.read_text(encoding="utf-8").replace(FINANCE, "另一句话") + "\n新的一段。\n"
    moved = tmp_path / "sub" / "新名字.md"
    moved.parent.mkdir()
    moved.write_text(text, encoding="utf-8")
    copy.unlink()
    listed = {r.bookmark.id: r.status for r in library.for_document(load_document(moved))}
    assert listed == {kept.id: "exact", lost.id: "orphan"}  # the orphan came along


def test_unrelated_document_with_other_title_shows_nothing(library, copy, tmp_path):
    library.add_quote(load_document(copy), QUOTE)
    other = tmp_path / "other.md"
    other.write_text("# 另一个文件\n\n" + QUOTE + "\n", encoding="utf-8")
    assert library.for_document(load_document(other)) == []


def test_summary_line():
    from viewer.core.bookmarks.anchoring import Resolution
    from viewer.core.bookmarks.model import ResolvedBookmark

    def r(status):
        return ResolvedBookmark(None, Resolution(status, 1.0))  # type: ignore[arg-type]

    items = [r("exact")] * 9 + [r("moved")] * 2 + [r("orphan")]
    assert summarize(items) == "12 bookmarks: 9 in place, 2 moved, 1 needs attention"
    assert summarize([]) == "0 bookmarks"


def test_json_export_import_twice_adds_no_duplicates(library, copy, tmp_path):
    doc = load_document(copy)
    library.add_quote(doc, QUOTE, note="n", tags=["t"], color="pink")
    library.add_quote(doc, FINANCE)
    exported = to_json(library.for_document(doc))
    data = json.loads(exported)
    assert data["format"] == "briefing-viewer-bookmarks" and len(data["bookmarks"]) == 2
    assert data["bookmarks"][0]["anchor"]["prefix"]  # everything is there
    other = BookmarkLibrary(BookmarkStore(tmp_path / "other.sqlite3"))
    assert import_json(other.store, exported) == (2, 0)
    assert import_json(other.store, exported) == (0, 2)
    assert sorted(b.to_dict()["id"] for b in other.store.all()) == sorted(
        b["id"] for b in data["bookmarks"]
    )
    assert [b.to_dict() for b in from_json(exported)][0]["color"] == "pink"
    other.close()
    with pytest.raises(BookmarkError):
        from_json('{"format": "something else"}')


def test_markdown_export_grouped_by_pane(library, copy):
    doc = load_document(copy)
    library.add_quote(doc, FINANCE, note="保险", tags=["金融"])
    library.add_quote(doc, QUOTE)
    library.add_quote(doc, "看看现场火爆的程度")
    md = to_markdown(library.for_document(doc), doc)
    assert md.startswith(f"# Bookmarks: {doc.title}")
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == ["## 学习会：“小马哥”讲“互联网+”", "## 讲座要点", "## 互联网+金融"]
    section = md.split("## 互联网+金融")[1]
    assert f"> {FINANCE}" in section and "- Note: 保险" in section and "#金融" in section
    assert "- Citation: “微信红包的模式也可以复制在保险业”——《" in section
