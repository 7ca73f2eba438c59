"""The library's document list on its own, over a few hundred documents: the chosen row stays
in view when a filter is cleared or the list is sorted again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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


def test_a_narrow_panel_names_each_versions_date_in_its_row(qtbot, view):
    """The date column gives way in a narrow panel; "current" / "superseded" alone would then
    not tell the versions apart (issue 9 trial)."""
    from viewer.core.versions.families import VersionEntry, Work

    controller = view.controller
    controller.entries[1].date, controller.entries[2].date = "2001-01-01", "2002-01-01"
    work = Work("第001号条例", [VersionEntry("法/001.md", "2001-01-01", "superseded")])
    work.versions.append(VersionEntry("法/002.md", "2002-01-01"))
    view.set_works([work])
    row = next(
        r for r in range(view.model.rowCount()) if view.model.index(r, 0).data().endswith("(2)")
    )
    parent = view.model.index(row, 0)
    versions = lambda: [view.model.index(k, 0, parent).data() for k in range(2)]  # noqa: E731
    assert not view.table.isColumnHidden(2) and "2002-01-01" not in " ".join(versions())
    view.resize(200, 400)
    dated = ["2001-01-01 · superseded", "2002-01-01 · current"]
    qtbot.waitUntil(lambda: sorted(versions()) == dated, timeout=3000)
    assert view.table.isColumnHidden(2)


def test_a_double_click_opens_the_row_clicked_once_not_the_row_moved_under_it(qtbot, view):
    """The first click opens the row; the panels then move as the document opens, and the
    second click of the double click landed on another law, which opened too (issue 9 trial).
    Enter still opens the current row."""
    opened = []
    view.controller.open_entry = lambda entry: opened.append(entry.rel_path)
    view.table.clicked.emit(view.model.index(3, 0))
    view.table.activated.emit(view.model.index(4, 0))  # the double click, a row further down
    assert opened == ["法/003.md"]
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    view.table.activated.emit(view.model.index(4, 0))  # Enter, later
    assert opened == ["法/003.md", "法/004.md"]
