"""`search --library` as text: each document line shows its version date, and a cut list says
how to see the rest (the CLI siblings of issue 8, items 7 and 13)."""

from __future__ import annotations

from tests.core.cli.test_cli_search import _run


def test_versions_show_dates_and_the_rest_is_reachable(tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    for name, date in (("甲", "2010-10-28"), ("乙", "2015-08-29"), ("丙", "2020-01-01")):
        (folder / f"代表法{name}.md").write_text(
            f"---\ntitle: 代表法\ndate: {date}\n---\n\n## 总则\n\n代表依法履职。\n",
            encoding="utf-8",
        )
    out = _run(tmp_path / "data", "--library", str(folder), "--limit", "2", "代表依法")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "代表依法: 3 documents"
    listed = [line for line in lines if line.startswith(("  1.", "  2."))]
    assert len(listed) == 2
    dates = {"2010-10-28", "2015-08-29", "2020-01-01"}
    assert all(any(d in line for d in dates) for line in listed), listed
    assert lines[-1].strip() == "… 1 more document: --limit 3 lists them all"


def test_a_total_the_first_page_could_only_bound_is_printed_exact(tmp_path):
    # 国务院 is two index terms (国务, 务院): the window shows "at least N" from its first page,
    # a script gets the exact count (files holding both bigrams apart are no match)
    import json

    from tests.core.library.test_library import write

    folder = tmp_path / "library"
    for n in range(90):
        write(folder, f"甲/规定{n:03}.md", f"规定{n}", f"本规定由国务院第{n}次常务会议通过。")
    for n in range(30):
        write(folder, f"乙/办法{n:03}.md", f"办法{n}", f"报国务委员审批，由财务院第{n}处执行。")
    out = _run(tmp_path / "data", "--library", str(folder), "--json", "--limit", "3", "国务院")
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout.splitlines()[-1])
    assert found["total_exact"] and found["total_documents"] == 90
    assert found["total_documents_max"] == 90 and len(found["documents"]) == 3
    out = _run(tmp_path / "data", "--library", str(folder), "--limit", "3", "国务院")
    assert out.stdout.splitlines()[0] == "国务院: 90 documents"
