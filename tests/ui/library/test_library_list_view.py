"""The library's document list on its own, over a few hundred documents: the chosen row stays
in view when a filter is cleared or the list is sorted again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.library.list_stub import Controller
from viewer.core.library.scan import LibraryEntry

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot):
    from viewer.ui.library.view import LibraryView

    controller = Controller()
    controller.entries = [
        LibraryEntry(f"法/{n:03d}.md", 1, 1, title=f"第{n:03d}号条例", category="法")
        for n in range(300)
    ]
    view = LibraryView(controller)
    qtbot.addWidget(view)
    view.resize(420, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def _in_view(view, index) -> bool:
    return view.table.viewport().rect().intersects(view.table.visualRect(index))


def test_the_chosen_row_stays_in_view_when_the_filter_is_cleared(qtbot, view):
    view.filter_box.setText("250")
    (row,) = [view.model.index(r, 0) for r in range(view.model.rowCount())]
    view.table.setCurrentIndex(row)
    view.filter_box.clear()
    current = view.table.currentIndex()
    assert current.data() == "第250号条例"
    assert view.model.rowCount() == 300
    assert _in_view(view, current)


def test_the_chosen_row_stays_in_view_when_the_list_is_sorted_again(qtbot, view):
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.table.setCurrentIndex(view.model.index(10, 0))
    view.table.scrollToTop()
    view.table.header().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # a header click
    current = view.table.currentIndex()
    assert current.data() == "第010号条例"
    assert current.row() == 289
    assert _in_view(view, current)


def test_the_families_arriving_keep_the_chosen_row_and_the_place_in_the_list(qtbot, view):
    """The list is shown flat, then the version families arrive and group it: a reader who
    has scrolled and chosen a document keeps both (a reset jumped back to the top)."""
    from viewer.core.versions.families import VersionEntry, Work

    view.table.setCurrentIndex(view.model.index(250, 0))
    view.table.scrollTo(view.table.currentIndex())
    scrolled = view.table.verticalScrollBar().value()
    assert scrolled > 0
    work = Work("第001号条例", [VersionEntry("法/001.md", "2001-01-01", "superseded")])
    work.versions.append(VersionEntry("法/002.md", "2002-01-01"))
    view.set_works([work])
    current = view.table.currentIndex()
    assert current.data() == "第250号条例"
    assert _in_view(view, current)
    assert view.table.verticalScrollBar().value() > 0
    assert view.model.rowCount() == 299  # two documents became one work's row
