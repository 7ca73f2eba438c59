"""Nothing a reader sees names a file of the developers' machine or repository (issue 8,
item 6): the briefing cites the article's original publication, not `shared/seed/...txt`."""

from __future__ import annotations

import re

import pytest

from tests.conftest import BRIEFING, ROOT
from viewer.core.bookmarks.citation import cite
from viewer.core.bookmarks.library import BookmarkLibrary
from viewer.core.document.markdown_model import load_document

# A repository folder, a dev machine's folders, or a relative path to a file.
LEAK = re.compile(r"(?:\.\./)?shared/|\bseed/|/work/|/tmp/|/home/|[\w.-]+/[\w.-]+\.(?:txt|md)\b")


def leaks(text: str) -> list[str]:
    return [m.group(0) for m in LEAK.finditer(text)]


@pytest.mark.parametrize(
    "text", ["原文见 shared/seed/000_f3808dcaec2fd1ab.txt", "见 ../shared/x", "/tmp/a", "a/b.md"]
)
def test_the_leak_pattern_catches_repository_paths(text):
    assert leaks(text)


def test_briefing_front_matter_names_no_file():
    document = load_document(BRIEFING)
    for key, value in document.metadata.items():
        assert not leaks(value), (key, value)
    assert not leaks(document.title)


def test_briefing_cites_the_original_publication():
    document = load_document(BRIEFING)
    source, date = document.metadata["source"], document.metadata["date"]
    assert "小政" in source  # the article's own byline
    assert "2015" in date
    with BookmarkLibrary() as library:
        bookmark = library.add_quote(document, "微信红包的模式也可以复制在保险业")
        text = cite(library.resolve_one(bookmark.id, document), document)
    assert text.endswith(f"Source: {source}, {date}.")
    assert not leaks(text), text


def test_every_passage_citation_is_free_of_paths():
    document = load_document(BRIEFING)
    with BookmarkLibrary() as library:
        for passage in document.passages():
            bookmark = library.add_passage(document, passage.id)
            text = cite(library.resolve_one(bookmark.id, document), document)
            assert not leaks(text), text


# In code and resources: the repository's data folder or a dev machine's folders.
DEV_PATH = re.compile(r"shared/(?:seed|corpora|eval|notes)|/work/|/tmp/|/home/\w")


def test_shipped_code_and_resources_name_no_dev_path():
    """Everything the app prints or shows comes from viewer/ and resources/ (and the briefing)."""
    files = [BRIEFING]
    for folder in ("viewer", "resources"):
        files += [p for p in (ROOT / folder).rglob("*") if p.suffix in (".py", ".css", ".qss")]
    found = {
        str(path.relative_to(ROOT)): DEV_PATH.findall(path.read_text(encoding="utf-8"))
        for path in files
    }
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_folders_under_home_are_shown_from_home(tmp_path, monkeypatch):
    from viewer.core.base.paths import shown_path

    monkeypatch.setenv("HOME", str(tmp_path))
    assert shown_path(tmp_path / "法规库" / "民法") == "~/法规库/民法"
    assert shown_path(tmp_path) == "~"
    assert shown_path("/srv/法规库") == "/srv/法规库"
