"""Naming a library's index folder (done on the window's start path, before its first paint)
loads no Whoosh: the analyzer's version is read from a module of its own."""

from __future__ import annotations

import textwrap

from tests.fresh_process import run_script

CHILD = textwrap.dedent(
    """
    import sys
    from viewer.core.library.location import library_index_dir
    from viewer.core.versions.superseded_memory import recall

    name = library_index_dir(sys.argv[1]).name
    recall(sys.argv[1])
    print(name.rsplit("-", 1)[1], "whoosh" in sys.modules)
    from viewer.core.search.analysis import bigram_analyzer  # the analyzer itself: Whoosh
    print("whoosh" in sys.modules)
    """
)


def test_naming_an_index_folder_loads_no_whoosh(tmp_path):
    from viewer.core.library.location import LIBRARY_FORMAT
    from viewer.core.search.analyzer_version import ANALYZER_VERSION

    out = run_script(CHILD, str(tmp_path))
    assert out.split("\n")[:2] == [f"v{ANALYZER_VERSION}.{LIBRARY_FORMAT} False", "True"]
