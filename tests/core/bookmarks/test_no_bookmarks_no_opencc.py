"""Listing the bookmarks of a document that has none leaves OpenCC (5 MB resident) unloaded;
with one, its text is folded and the bookmark found as before."""

from __future__ import annotations

import textwrap

from tests.fresh_process import run_script

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from viewer.core.bookmarks.library import BookmarkLibrary
    from viewer.core.bookmarks.store import BookmarkStore
    from viewer.core.document.markdown_model import load_document

    path = Path(sys.argv[1]) / "doc.md"
    path.write_text("# 標題\\n\\n發展數字經濟。\\n", encoding="utf-8")
    document = load_document(path)
    with BookmarkLibrary(BookmarkStore(Path(sys.argv[1]) / "b.sqlite3")) as library:
        print("none", len(library.for_document(document)), "opencc" in sys.modules)
        library.add_quote(document, "数字经济")
        listed = library.for_document(document)
        print("one", len(listed), listed[0].resolution.found, "opencc" in sys.modules)
    """
)


def test_a_document_without_bookmarks_is_not_folded(tmp_path):
    out = run_script(CHILD, str(tmp_path))
    assert out.split("\n")[:2] == ["none 0 False", "one 1 True True"]
