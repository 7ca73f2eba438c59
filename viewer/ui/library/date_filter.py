"""The library search's date boxes: a year, a month or a day (2019, 2019-3, 2019-03-05, full-
width digits too) as an inclusive bound; a date that does not exist (2020-13-45) is shown as
wrong, with the reason in its tooltip, and filters nothing rather than something odd."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit

from viewer.ui.common.i18n import translate

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
WRONG_STYLE = "color: #d32f2f;"  # readable on the light and the dark theme


def date_bound(text: str, upper: bool) -> str | None:
    """'2019' / '2019-3' / '2019-03-05' as an inclusive YYYY-MM-DD bound; None if blank or not
    a date (a month past 12, a day its month does not have)."""
    match = _DATE.match(text.strip())
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        try:
            datetime.date(max(year, 1), month, day)
        except ValueError:
            return None
    month = month or (12 if upper else 1)
    day = day or (31 if upper else 1)  # a bound, compared as text: 31 covers every month
    return f"{year:04d}-{month:02d}-{day:02d}"


class DateBox(QLineEdit):
    """A date filter box that says when what was typed is not a date."""

    def __init__(self, name: str, upper: bool) -> None:
        super().__init__()
        self.setObjectName(name)
        self.upper = upper
        pattern = QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.textChanged.connect(lambda _text: self._mark())

    def bound(self) -> str | None:
        return date_bound(self.text(), self.upper)

    def is_wrong(self) -> bool:
        """Something complete was typed that is no date (2020-13, 2021-02-30)."""
        text = self.text().strip()
        complete = bool(_DATE.match(text))
        return complete and self.bound() is None

    def _mark(self) -> None:
        wrong = self.is_wrong()
        self.setStyleSheet(WRONG_STYLE if wrong else "")  # "" gives the theme's colours back
        self.setToolTip(
            translate("Library", "Not a date: this filter is left out until it is one.")
            if wrong
            else ""
        )
