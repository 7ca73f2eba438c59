"""The library list selects the open document's row however it was opened: from the list, a
search result, a reference link or Cited by (issue 9 trial: after a Cited-by jump the list still
showed the law read before)."""

from __future__ import annotations

import pytest

from tests.ui.library.test_library_search import library  # noqa: F401 - fixture
from viewer.ui.library.list_cells import ENTRY_ROLE

pytestmark = pytest.mark.gui


def _selected(library) -> str:  # noqa: F811
    entry = library.view.table.currentIndex().data(ENTRY_ROLE)
    return entry.rel_path if entry is not None else ""


def test_the_list_follows_a_document_opened_from_elsewhere(qtbot, window, library):  # noqa: F811
    from viewer.ui.articles.controller import install_articles

    articles = install_articles(window)
    contract = next(e for e in library.entries if "合同法" in e.rel_path)
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        library.open_entry(contract)
    assert _selected(library) == contract.rel_path
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        articles._open("经济法/电子商务法(2018-08-31).md", None)  # what Cited by does
    assert _selected(library) == "经济法/电子商务法(2018-08-31).md"
