"""Version families read by a child process: the same families, the open library's strings,
and an answer (or none) when no child can run, it fails or it takes too long."""

import multiprocessing

import pytest

from tests.core.versions.test_families import _law, _statuses, _write
from viewer.core.versions.families import version_families
from viewer.core.versions.family_process import families_off_process


@pytest.fixture
def laws(tmp_path):
    root = tmp_path / "lib"
    _write(root, "a/示例法(2015-03-15).md", _law("中华人民共和国示例法"))
    _write(root, "b/示例法(2023-03-13).md", _law("示例法"))
    _write(root, "其他条例.md", "---\nstatus: repealed\n---\n" + _law("其他条例"))
    return root


def test_the_child_reads_the_families_this_process_would(laws):
    read = families_off_process(laws)
    assert [(w.title, _statuses(w)) for w in read] == [
        (w.title, _statuses(w)) for w in version_families(laws)
    ]
    assert ("其他条例.md", "", "repealed") in [s for w in read for s in _statuses(w)]


def test_an_open_librarys_works_read_paths_and_dates_from_its_catalogue(laws, tmp_path):
    """The same versions, held as the catalogue's rows: no second copy of each path."""
    from viewer.core.library.index import LibraryIndex
    from viewer.core.versions.packed_versions import PackedVersions

    index = LibraryIndex(laws, index_dir=tmp_path / "index")
    index.update()
    catalogue = index.catalogue()
    works = families_off_process(laws, catalogue)
    assert all(isinstance(w.versions, PackedVersions) for w in works)
    assert [(w.title, _statuses(w)) for w in works] == [
        (w.title, _statuses(w)) for w in version_families(laws)
    ]
    versions = [v for w in works for v in w.versions]
    assert len(versions) == 3
    assert all(v.date == catalogue[v.path].date for v in versions)
    backwards = [v.path for v in reversed(works[0].versions)]
    assert [v.path for v in works[0].versions[::-1]] == backwards


def test_no_child_process_reads_them_here(laws, monkeypatch):
    def refuse(self):
        raise OSError("no processes in this sandbox")

    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", refuse)
    read = families_off_process(laws)
    assert [_statuses(w) for w in read] == [_statuses(w) for w in version_families(laws)]


def test_a_child_out_of_time_or_failing_leaves_no_families(laws, caplog):
    assert families_off_process(laws, limit_s=0.0) == []
    assert "no answer in 0 s" in caplog.text
    assert families_off_process(laws / "missing") == []  # the child's error, reported here
    assert "version families: FileNotFoundError" in caplog.text
