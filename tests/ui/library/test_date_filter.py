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
    assert "2019-03-05" in box.toolTip() and box.styleSheet() == ""  # what to type
    box.setText("2020-")  # still being typed: not called wrong yet
    assert not box.is_wrong()


def test_the_search_line_says_why_a_date_filter_does_nothing(qtbot):
    """A wrong date was only red, and reversed bounds gave "No results." without a reason
    (issue 9 trial): the line above the results says both."""
    from viewer.ui.library import search_messages

    low, high = DateBox("from", upper=False), DateBox("to", upper=True)
    qtbot.addWidget(low)
    qtbot.addWidget(high)
    assert search_messages.date_notes(low, high) == []
    low.setText("2020-13")
    assert search_messages.date_notes(low, high) == [
        "From: “2020-13” is not a date, so it filters nothing."
    ]
    low.setText("2022")
    high.setText("2020")
    assert search_messages.date_notes(low, high) == ["From is after To: no document can match."]
