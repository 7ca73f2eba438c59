"""Bookmarks on real laws for the memo tests: whole articles, with notes, tags and colours."""

from __future__ import annotations

from pathlib import Path

from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.bookmarks.model import COLORS
from viewer.core.document.markdown_model import load_document

LAWS = (
    "经济法/会计法(2017-11-04).md",
    "经济法/价格法(1997-12-29).md",
    "经济法/公路法(2017-11-04).md",
)


def bookmark_laws(library: BookmarkLibrary, laws_dir: Path, names=LAWS, per_law: int = 3):
    """Bookmark the 2nd, 4th, ... article of each law; returns [(resolved, document)]."""
    items = []
    for n, name in enumerate(names):
        document = load_document(laws_dir / name)
        articles = [
            p for p in document.passages() if p.text.startswith("第") and "条" in p.text[:6]
        ]
        for k in range(per_law):
            passage = articles[1 + 2 * k]
            library.add_passage(
                document,
                passage.id,
                note=f"备注{n}-{k}：须核对" if k != 1 else "",
                tags=[f"标签{k % 2}"],
                color=COLORS[(n + k) % len(COLORS)],
            )
        items += [(r, document) for r in library.for_document(document)]
    return items
