"""The library search's date boxes: bounds from a year, month or day; a date that does not
exist is marked and filters nothing."""

import pytest

from viewer.core.library.date_bounds import date_bound
from viewer.ui.library.date_filter import DateBox


@pytest.mark.parametrize(
    ("text", "upper", "bound"),
    [
        ("2019", False, "2019-01-01"),
        ("2019", True, "2019-12-31"),
        ("2019-3", True, "2019-03-31"),
        ("２０１９-０３-０５", False, "2019-03-05"),  # full-width digits, as an IME types them
        ("", False, None),
        ("2020-13", False, None),
        ("2020-13-45", True, None),
        ("2021-02-30", False, None),
        ("2024-02-29", False, "2024-02-29"),
    ],
)
def test_date_bound(text, upper, bound):
    assert date_bound(text, upper) == bound


def test_a_date_that_does_not_exist_is_marked_until_corrected(qtbot):
    box = DateBox("from", upper=False)
    qtbot.addWidget(box)
    box.setText("2020-13-45")
    assert box.is_wrong() and box.bound() is None
    assert "Not a date" in box.toolTip() and box.styleSheet()
    box.setText("2020-12-25")
    assert not box.is_wrong() and box.bound() == "2020-12-25"
    assert box.toolTip() == "" and box.styleSheet() == ""
    box.setText("2020-")  # still being typed: not called wrong yet
    assert not box.is_wrong()
