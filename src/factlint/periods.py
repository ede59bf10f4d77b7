"""Periods as written in references and claims: 2024, 2024-Q1, 2024-H2, 2024-01,
2019-03-14, and ranges 2024-01..2024-11 or open-ended 2010..; each is a span of days."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

_PART = re.compile(r"^(\d{4})(?:-(?:(Q[1-4])|(H[12])|(\d{2})(?:-(\d{2}))?))?$")
PERIOD_FORMS = (
    "write 2024, 2024-Q1, 2024-H1, 2024-01, 2024-03-15, "
    "a range 2024-01..2024-11 or an open range 2010.."
)


@functools.total_ordering
@dataclass(frozen=True, slots=True, eq=True)
class Period:
    """A closed span of days; ``end`` is None for an open-ended period ("2010..")."""

    start: dt.date
    end: dt.date | None
    label: str

    def contains(self, other: Period) -> bool:
        if other.start < self.start:
            return False
        if self.end is None:
            return True
        return other.end is not None and other.end <= self.end

    def overlaps(self, other: Period) -> bool:
        ends_after_other_starts = self.end is None or self.end >= other.start
        starts_before_other_ends = other.end is None or self.start <= other.end
        return ends_after_other_starts and starts_before_other_ends

    def same_span(self, other: Period) -> bool:
        return self.start == other.start and self.end == other.end

    def ends_by(self, day: dt.date) -> bool:
        return self.end is not None and self.end <= day

    def _key(self) -> tuple[dt.date, dt.date, str]:
        # An open end sorts after every closed one (comparing None with a date would raise).
        return self.start, self.end or dt.date.max, self.label

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._key() < other._key()

    def __str__(self) -> str:
        return self.label


def _part(text: str) -> tuple[dt.date, dt.date]:
    match = _PART.match(text.strip())
    if match is None:
        raise ValueError(text)
    year = int(match.group(1))
    quarter, half, month, day = match.group(2, 3, 4, 5)
    if quarter:
        first = (int(quarter[1]) - 1) * 3 + 1
        return dt.date(year, first, 1), _month_end(year, first + 2)
    if half:
        first = 1 if half == "H1" else 7
        return dt.date(year, first, 1), _month_end(year, first + 5)
    if month and day:
        date = dt.date(year, int(month), int(day))
        return date, date
    if month:
        if not 1 <= int(month) <= 12:
            raise ValueError(text)
        return dt.date(year, int(month), 1), _month_end(year, int(month))
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> Period:
    """Parse a period; raises ValueError saying what was wrong and how to write it."""
    label = text.strip()
    try:
        if ".." in label:
            left, right = label.split("..", 1)
            start = _part(left)[0]
            end = _part(right)[1] if right.strip() else None
        else:
            start, end = _part(label)
    except ValueError:
        raise ValueError(f"not a period (got {text!r}); {PERIOD_FORMS}") from None
    if end is not None and end < start:
        raise ValueError(f"ends before it starts (got {text!r}); put the earlier end first")
    return Period(start, end, label)


def day_period(day: dt.date) -> Period:
    return Period(day, day, day.isoformat())
