"""A document's search is prepared after the first paint; OpenCC (5 MB resident) is loaded only
when a search first needs folded text, and the results are those of folded text."""

from __future__ import annotations

import textwrap

from tests.fresh_process import run_script

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from viewer.core.document.markdown_model import load_document
    from viewer.core.search.engine import DocumentSearch

    path = Path(sys.argv[1]) / "doc.md"
    path.write_text("# 標題\\n\\n發展數字經濟。\\n\\n另一段。\\n", encoding="utf-8")
    search = DocumentSearch(load_document(path))
    search.scan_while_indexing = True
    print("prepared", "opencc" in sys.modules)
    results = search.search("发展")
    print("searched", "opencc" in sys.modules, results.total)
    """
)


def test_preparing_a_search_loads_no_opencc_and_the_first_search_folds(tmp_path):
    out = run_script(CHILD, str(tmp_path))
    assert out.split("\n")[:2] == ["prepared False", "searched True 1"]
