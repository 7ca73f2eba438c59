"""The library search's date boxes: a year, a month or a day (2019, 2019-3, 2019-03-05, full-
width digits too) as an inclusive bound; a date that does not exist (2020-13-45) is shown as
wrong, with the reason in its tooltip, and filters nothing rather than something odd."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit

from viewer.core.library.date_bounds import DATE_TYPED, date_bound
from viewer.ui.common.i18n import translate

WRONG_STYLE = "color: #d32f2f;"  # readable on the light and the dark theme


class DateBox(QLineEdit):
    """A date filter box that says when what was typed is not a date."""

    def __init__(self, name: str, upper: bool) -> None:
        super().__init__()
        self.setObjectName(name)
        self.upper = upper
        pattern = QRegularExpression(r"\d{0,4}(-\d{0,2}(-\d{0,2})?)?")
        self.setValidator(QRegularExpressionValidator(pattern, self))
        self.textChanged.connect(lambda _text: self.mark())

    def bound(self) -> str | None:
        return date_bound(self.text(), self.upper)

    def is_wrong(self) -> bool:
        """Something complete was typed that is no date (2020-13, 2021-02-30)."""
        text = self.text().strip()
        complete = bool(DATE_TYPED.match(text))
        return complete and self.bound() is None

    def mark(self) -> None:
        """Red with the reason in the tooltip when wrong; else the tooltip says what to type
        (a narrow panel cuts the placeholder)."""
        wrong = self.is_wrong()
        self.setStyleSheet(WRONG_STYLE if wrong else "")  # "" gives the theme's colours back
        self.setToolTip(
            translate("Library", "Not a date: this filter is left out until it is one.")
            if wrong
            else translate("Library", "A year, a month or a day: 2019, 2019-3 or 2019-03-05")
        )
