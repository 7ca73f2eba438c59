"""Article addresses where a location is shown: the search panel's hit rows, the library
search's passage rows and the bookmarks list (第二章 罚 则 › 第十五条第二款)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from tests.ui.conftest import open_and_wait
from tests.ui.library.test_library_panels import open_and_index
from viewer.ui.common.hit_list import HIT_ROLE, elided_location

pytestmark = pytest.mark.gui
TIMEOUT = 20_000

LAW = """# 中华人民共和国示例法

## 第一章 总 则

第一条 为了规范示例行为，制定本法。

## 第二章 罚 则

第十五条 违反本法规定的，处以罚款。

有违法所得的，没收违法所得。
"""
WHERE = "第二章 罚 则 › 第十五条第二款"


@pytest.fixture
def law(tmp_path):
    path = tmp_path / "lib" / "示例法.md"
    path.parent.mkdir()
    path.write_text(LAW, encoding="utf-8")
    return path


def test_search_panel_rows_show_the_article_address(qtbot, window, law):
    from viewer.ui.search.panel import install_search

    controller = install_search(window)
    open_and_wait(qtbot, window, law)
    qtbot.waitUntil(lambda: controller.ready, timeout=TIMEOUT)
    with qtbot.waitSignal(controller.search_finished, timeout=TIMEOUT):
        controller.panel.box.setText("没收")  # CJK: set the text (typing it would abort)
        controller.run_now()
    model = controller.panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=TIMEOUT)
    assert model.index(0).data().startswith(f"{WHERE}: ")
    hit = model.index(0).data(HIT_ROLE)
    metrics = QFontMetrics(controller.panel.results.font())
    assert elided_location(hit, metrics, 2000) == WHERE  # the line the delegate paints
    narrow = elided_location(hit, metrics, metrics.horizontalAdvance("第二 › 第十五条第二款"))
    assert narrow.endswith("第十五条第二款")  # the pane title gives way, the address stays


def test_library_passage_rows_show_the_article_address(qtbot, window, law):
    from viewer.ui.library.docks import install_library

    library = install_library(window)
    try:
        open_and_index(qtbot, window, library, law.parent)
        panel = library.panel
        with qtbot.waitSignal(library.addresses_found, timeout=TIMEOUT):
            panel.box.setText("没收")
            panel.box.returnPressed.emit()
        row = panel.results.topLevelItem(0).child(0)
        assert row.data(0, HIT_ROLE).address == "第二章 › 第十五条第二款"
        metrics = QFontMetrics(panel.results.font())
        assert elided_location(row.data(0, HIT_ROLE), metrics, 2000) == WHERE
    finally:
        library.shutdown()


def test_bookmarks_list_shows_the_article_address(qtbot, window, law):
    from viewer.ui.bookmarks.controller import install_bookmarks

    bookmarks = install_bookmarks(window)
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        document = open_and_wait(qtbot, window, law)
    bookmarks.library.add_quote(document, "没收违法所得")
    with qtbot.waitSignal(bookmarks.refreshed, timeout=10_000):
        bookmarks.refresh()
    panel = bookmarks.panel
    (row,) = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert f"{WHERE} · " in row
    panel.filter_edit.setText("第十五条第二款")  # the address is searchable in the list too
    assert panel.proxy.rowCount() == 1
