"""The packed catalogue gives back every field of every entry as it was put in, and finds an
entry by its path, whatever the names and titles hold."""

from viewer.core.library.listed_entries import ListedEntries
from viewer.core.library.packed_entries import (
    BLOCK,
    PackedCatalogue,
    PackedEntries,
)
from viewer.core.library.scan import LibraryEntry


def _entries(count: int) -> list[LibraryEntry]:
    made = []
    for n in range(count):
        made.append(
            LibraryEntry(
                f"法规/第{n}号/条例{n}.md",
                1000 + n,
                1_700_000_000_000_000_000 + n,
                title=f"示例条例{n}",
                folded_title="" if n % 3 else f"示例条例{n}",
                category=f"法规/第{n % 4}号",
                date="" if n % 5 == 0 else f"20{n % 30:02d}-01-0{1 + n % 9}",
                sha256="" if n % 7 == 0 else f"{n:064x}",
                passages=n,
                error="" if n % 11 else "无法读取",
                skipped=n % 13 == 0,
                book_order=n % 4,
            )
        )
    return made


def test_every_field_comes_back_across_blocks():
    entries = _entries(3 * BLOCK + 5)
    packed = PackedEntries(entries)
    assert len(packed) == len(entries)
    assert list(packed) == entries
    assert packed[-1] == entries[-1] and packed[BLOCK] == entries[BLOCK]
    assert packed[BLOCK - 1 : BLOCK + 2] == entries[BLOCK - 1 : BLOCK + 2]
    assert [packed.path_at(i) for i in range(len(packed))] == [e.rel_path for e in entries]
    assert packed.stamp_at(7) == (entries[7].size, entries[7].mtime_ns)


def test_odd_names_and_titles_survive():
    odd = [
        LibraryEntry("a/\udcff名.md", 1, 1, title="含\0空字符"),  # an undecodable byte in the name
        LibraryEntry("b/𠮷野家.md", 2, 2, title="𠮷 wide", error="line\nbreak"),
        LibraryEntry("c.md", 3, 3, sha256="not a digest"),
    ]
    packed = PackedEntries(odd)
    assert packed[0].rel_path == "a/\udcff名.md" and packed[0].title == "含\ufffd空字符"
    assert packed[1] == odd[1]
    assert packed[2].sha256 == ""  # rehashed when the file changes, never a wrong digest


def test_the_catalogue_finds_entries_by_path():
    entries = _entries(200)
    catalogue = PackedCatalogue(entries)
    assert len(catalogue) == 200 and list(catalogue) == [e.rel_path for e in entries]
    assert catalogue["法规/第150号/条例150.md"] == entries[150]
    assert "法规/第1号/条例999.md" not in catalogue and catalogue.get("x") is None
    assert 3 not in catalogue
    assert dict(catalogue.items()) == {e.rel_path: e for e in entries}


def test_a_listing_reuses_known_rows_and_keeps_new_entries():
    known = PackedEntries(_entries(10))
    listing = ListedEntries(known)
    listing.add_known(4)
    new = LibraryEntry("新/文件.md", 5, 5, title="新文件")
    listing.add(new)
    listing.add_known(0)
    assert list(listing) == [known[4], new, known[0]]
    assert [listing.path_at(i) for i in range(3)] == [
        known.path_at(4),
        "新/文件.md",
        known.path_at(0),
    ]


def test_a_folder_is_the_same_files_only_when_every_path_and_stamp_matches_and_none_failed():
    entries = sorted(_entries(2 * BLOCK + 3), key=lambda e: e.rel_path)
    good = [LibraryEntry(e.rel_path, e.size, e.mtime_ns, error="") for e in entries]
    packed = PackedEntries([LibraryEntry(e.rel_path, e.size, e.mtime_ns) for e in entries])
    assert packed.same_files(good)
    assert packed.same_files(iter(good[::-1]))  # a walk's order, read as it goes
    assert not packed.same_files(good[:-1])  # a file gone
    assert not packed.same_files(good[:-1] + good[:1])  # ... whatever else is counted twice
    touched = list(good)
    touched[BLOCK + 1] = LibraryEntry(good[BLOCK + 1].rel_path, good[BLOCK + 1].size, 1)
    assert not packed.same_files(touched)  # a new mtime: hashed by the full check
    grown = list(good)
    grown[-1] = LibraryEntry(good[-1].rel_path, good[-1].size + 1, good[-1].mtime_ns)
    assert not packed.same_files(grown)
    renamed = list(good)
    renamed[0] = LibraryEntry("新/" + good[0].rel_path, good[0].size, good[0].mtime_ns)
    assert not packed.same_files(renamed)
    # a file that could not be indexed is tried again at every update, stamps or not
    assert not PackedEntries(entries).same_files(good)
