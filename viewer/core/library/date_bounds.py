"""A date filter's bound as typed: a year, a month or a day (2019, 2019-3, 2019-03-05, full-width
digits too), as the inclusive YYYY-MM-DD the library's dates compare with."""

from __future__ import annotations

import datetime
import re

DATE_TYPED = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


def date_bound(text: str, upper: bool) -> str | None:
    """'2019' / '2019-3' / '2019-03-05' as an inclusive YYYY-MM-DD bound; None if blank or not
    a date (a month past 12, a day its month does not have)."""
    match = DATE_TYPED.match(text.strip())
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
