"""The library list's context menu compares another version of the open law with it
(issue 15, item 3): the versions feature's comparison, from the keyboard."""

from __future__ import annotations

import pytest

from tests.ui.common.view_menu_keys import choose, open_by_keyboard, texts
from tests.ui.versions.test_versions import _top, grouped_library, library  # noqa: F401

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
]
EXPECTED = ["Open", "Copy Title", "Copy Title in 《》"]


def test_another_version_of_the_open_law_offers_a_comparison(qtbot, window, grouped_library):  # noqa: F811
    view = grouped_library
    table, work = view.table, _top(view, "示例法")
    with qtbot.waitSignal(window.document_loaded, timeout=10_000):
        view._on_activated(work)  # the newest version
    qtbot.waitUntil(lambda: table.isExpanded(work), timeout=5_000)
    table.setCurrentIndex(view.model.index(0, 0, work))  # the open version itself: no compare
    menu = open_by_keyboard(qtbot, window, table)
    assert texts(menu) == EXPECTED
    menu.close()
    table.setCurrentIndex(view.model.index(1, 0, work))  # the older version
    menu = open_by_keyboard(qtbot, window, table)
    assert texts(menu) == [*EXPECTED, "Compare with Open Document"]
    with qtbot.waitSignal(window.versions.compare_opened, timeout=10_000) as opened:
        choose(menu, "Compare with Open Document")
    compare = opened.args[0]
    assert "2015" in str(compare.old_path) and "2023" in str(compare.new_path)
    compare.close()
