"""The superseded versions kept beside a library's index for its next launch."""

from viewer.core.library.location import library_index_dir
from viewer.core.versions.superseded_memory import FILE, recall, remember


def test_remembered_versions_come_back_for_the_same_folder_only(tmp_path):
    library, other = tmp_path / "laws", tmp_path / "other"
    library.mkdir(), other.mkdir()
    remember(library, frozenset({"示例法(2015-03-15).md"}))
    assert recall(library) == frozenset({"示例法(2015-03-15).md"})
    assert recall(other) == frozenset()


def test_a_damaged_file_means_none_known(tmp_path):
    library = tmp_path / "laws"
    library.mkdir()
    remember(library, frozenset({"a.md"}))
    saved = library_index_dir(library) / FILE
    for junk in ("{not json", '{"a.md": 1}', "[1, 2]"):
        saved.write_text(junk, encoding="utf-8")
        assert recall(library) == frozenset()
