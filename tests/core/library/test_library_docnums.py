"""The document-number map saved beside the index: read back on the next open, never stale."""

from __future__ import annotations

from tests.core.library.test_library import indexed, write
from viewer.core.library import docnum_rows, docnums
from viewer.core.library.search import LibrarySearch


def test_a_relaunch_reads_the_saved_map_and_a_commit_replaces_it(tmp_path, monkeypatch):
    root = tmp_path / "lib"
    for n in range(5):
        write(root, f"法{n}.md", f"第{n}号法", f"经营者应当依法纳税，第{n}项。")
    index, search = indexed(root)
    assert search.search("纳税").total_documents == 5
    assert (index.dir / docnums.FILE).exists()
    (index.dir / docnum_rows.FILE).unlink()  # the table built from the docnums (a new file list)
    reads = []
    monkeypatch.setattr(docnums, "_load", lambda *a: reads.append(_load(*a)) or reads[-1])
    relaunched = LibrarySearch(index)
    assert {d.rel_path for d in relaunched.search("纳税").documents} == {
        f"法{n}.md" for n in range(5)
    }
    assert reads and reads[-1] is not None  # the saved map, not every stored path
    (root / "法0.md").unlink()
    write(root, "法9.md", "第9号法", "经营者应当依法纳税，第9项。")
    index.update()
    found = {d.rel_path for d in LibrarySearch(index).search("纳税").documents}
    assert found == {"法1.md", "法2.md", "法3.md", "法4.md", "法9.md"}


_load = docnums._load
