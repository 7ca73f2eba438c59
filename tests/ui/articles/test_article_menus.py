"""The outline (Articles) and the cited-by list have context menus (Shift+F10, the Menu key,
a right-click) at the current row: go to the article, copy its address or a citation
(issue 15, item 3)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QGuiApplication

from tests.ui.articles.test_articles import (  # noqa: F401 - fixtures
    _articles,
    law,
    law_in_library,
    law_library,
)
from tests.ui.common.view_menu_keys import choose, open_by_keyboard, opened_at_current_item, texts
from viewer.ui.common import i18n

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
]
EXPECTED = ["Go to Article", "Copy Address", "Copy Citation"]


def article_item(tree, prefix: str):
    return next(
        tree.topLevelItem(t).child(c)
        for t in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(t).childCount())
        if tree.topLevelItem(t).child(c).text(0).startswith(prefix)
    )


def test_outline_menu_copies_address_and_citation_and_goes_there(qtbot, window, law):  # noqa: F811
    controller = _articles(qtbot, window, law)
    tree = controller.outline.tree
    tree.setCurrentItem(article_item(tree, "第三十条"))
    menu = open_by_keyboard(qtbot, window, tree)
    assert texts(menu) == EXPECTED
    assert opened_at_current_item(tree, menu)
    choose(menu, "Copy Address")
    assert QGuiApplication.clipboard().text() == "第三十条"
    menu = open_by_keyboard(qtbot, window, tree)
    choose(menu, "Copy Citation")
    citation = QGuiApplication.clipboard().text()
    assert citation.startswith("《中华人民共和国示例法》") and citation.endswith("第三十条")
    menu = open_by_keyboard(qtbot, window, tree)
    choose(menu, "Go to Article")
    assert "第三十条" in controller.address_label.text()


def test_cited_by_menu(qtbot, window, law_library):  # noqa: F811
    with law_in_library(qtbot, window, law_library) as controller:
        tree = controller.cited_by.tree
        qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=30_000)
        tree.setCurrentItem(tree.topLevelItem(0).child(0))
        menu = open_by_keyboard(qtbot, window, tree)
        assert texts(menu) == EXPECTED
        choose(menu, "Copy Citation")
        assert QGuiApplication.clipboard().text() == "《甲办法》第一条"
        i18n.install("zh")
        menu = open_by_keyboard(qtbot, window, tree)
        assert len(texts(menu)) == 3
        assert not [t for t in texts(menu) if re.search(r"[A-Za-z]{2,}", t)], texts(menu)
        with qtbot.waitSignal(window.document_loaded, timeout=10_000):
            choose(menu, texts(menu)[0])
        assert window.current_document.title == "甲办法"
