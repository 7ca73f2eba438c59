"""Each index document is named by its file, and each file finds its document, whatever the
order of the saved list and with files the list does not hold."""

from viewer.core.library.docnum_table import DocnumTable
from viewer.core.library.packed_entries import PackedEntries
from viewer.core.library.scan import LibraryEntry


def _table(paths: list[str], docnums: dict[str, int], size: int) -> DocnumTable:
    entries = PackedEntries(LibraryEntry(p, 1, 1, title=f"题{p}") for p in paths)
    return DocnumTable(entries, docnums, size)


def test_paths_and_docnums_both_ways():
    paths = sorted(f"法/{n:03d}.md" for n in range(150))
    docnums = {p: 149 - k for k, p in enumerate(paths)}
    docnums["新/未列出.md"] = 150  # committed, not yet in the saved list
    table = _table(paths, docnums, 152)
    assert [table.paths[n] for n in (0, 149, 150)] == [paths[149], paths[0], "新/未列出.md"]
    assert table.paths[151] is None and table.paths[999] is None  # deleted, out of range
    assert table.docnums.get(paths[10]) == 139 and table.docnums["新/未列出.md"] == 150
    assert table.docnums.get("无.md", -1) == -1 and "无.md" not in table.docnums
    assert len(table.docnums) == 151 and dict(table.docnums.items()) == docnums
    assert table.title(149) == f"题{paths[0]}" and table.title(150) == ""


def test_a_list_out_of_path_order_is_matched_all_the_same():
    paths = ["z.md", "a.md", "m.md"]
    table = _table(paths, {"a.md": 0, "m.md": 1, "z.md": 2}, 3)
    assert [table.paths[n] for n in range(3)] == ["a.md", "m.md", "z.md"]
    assert [table.docnum_of_row(row) for row in range(3)] == [2, 0, 1]
