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
    fiscal: bool = False  # a claim's "fiscal 2024": some twelve months, not these days

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


def year_span(year: int) -> Period:
    """The calendar year as a period, as "2024" is read."""
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))


def day_period(day: dt.date) -> Period:
    return Period(day, day, day.isoformat())


def _add_months(day: dt.date, months: int, *, at_end: bool) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if at_end:
        return _month_end(year, month + 1)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _whole_months(period: Period) -> bool:
    end = period.end
    return end is not None and period.start.day == 1 and end == _month_end(end.year, end.month)


def shifted(period: Period, months: int) -> Period:
    """The same span ``months`` later (earlier when negative): 2024-Q3 by -12 is
    2023-Q3, 2024-01..2024-11 by -12 is 2023-01..2023-11. An open period stays open."""
    whole = _whole_months(period)
    start = _add_months(period.start, months, at_end=False)
    end = period.end and _add_months(period.end, months, at_end=whole)
    if end is None:
        return Period(start, None, f"{start.isoformat()}..")
    return Period(start, end, _label(start, end, whole))


def _label(start: dt.date, end: dt.date, whole: bool) -> str:
    """The shortest way the reference files write a span."""
    if not whole:
        return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 12 and start.month == 1:
        return str(start.year)
    if months == 3 and start.month % 3 == 1:
        return f"{start.year}-Q{start.month // 3 + 1}"
    first, last = f"{start.year}-{start.month:02d}", f"{end.year}-{end.month:02d}"
    return first if months == 1 else f"{first}..{last}"


def months_long(period: Period) -> int | None:
    """How many whole calendar months the period spans (None for days or open ends)."""
    if not _whole_months(period) or period.end is None:
        return None
    end = period.end
    return (end.year - period.start.year) * 12 + end.month - period.start.month + 1


def same_length(a: Period, b: Period) -> bool:
    """Spans of one kind: two years, two quarters, two Januaries-to-Julys, two days."""
    months_a, months_b = months_long(a), months_long(b)
    if months_a is not None or months_b is not None:
        return months_a == months_b
    if a.end is None or b.end is None:
        return False
    return (a.end - a.start).days == (b.end - b.start).days


_FISCAL = re.compile(r"^FY(\d{4})(?:-(\d{2}))?$")
_FISCAL_WORDING = re.compile(
    r"^(?:fiscal(?:\s+year)?|FY)\s*'?(\d{2,4})(?:\s*[-–/]\s*(\d{2,4}))?$", re.IGNORECASE
)


def fiscal_label(text: str) -> str:
    """ "fiscal 2024", "FY24", "FY2023-24", "fiscal year 2023/24" as a claim period label
    ("FY2024", "FY2023-24"); "" for any other wording."""
    found = _FISCAL_WORDING.match(text.strip())
    if found is None:
        return ""
    first, second = found.group(1), found.group(2)
    year = int(first) + (2000 if len(first) == 2 else 0)
    if second is None:
        return f"FY{year}"
    last = int(second[-2:])
    return f"FY{year}-{last:02d}"


def year_before(label: str, any_length: bool = False) -> str:
    """The claim period a year before ``label`` when it spans a year ("2024", "FY2024",
    "2023-10..2024-09"), or, with ``any_length`` (the wording says "a year earlier"),
    any span of whole months; the label itself for anything else, whose earlier level
    the wording does not fix (a month may be measured from the month before)."""
    fiscal = _FISCAL.match(label.strip())
    if fiscal is not None and fiscal.group(0) == f"FY{fiscal.group(1)}":
        return f"FY{int(fiscal.group(1)) - 1}"
    try:
        period = parse_period(label)
    except ValueError:
        return label
    length = months_long(period)
    if length is None or (length != 12 and not any_length):
        return label
    return shifted(period, -12).label


def years_before(label: str, years: int) -> str:
    """The claim period ``years`` years before ``label`` (a fiscal year too); the label
    itself for one that is no run of whole months."""
    fiscal = _FISCAL.match(label.strip())
    if fiscal is not None and fiscal.group(0) == f"FY{fiscal.group(1)}":
        return f"FY{int(fiscal.group(1)) - years}"
    try:
        period = parse_period(label)
    except ValueError:
        return label
    return label if months_long(period) is None else shifted(period, -12 * years).label


def period_before(label: str) -> str:
    """The period of the same length just before ``label``: the month before a month,
    the quarter before a quarter ("to 5.6% from 5.2%" of a monthly rate); the label
    itself for a span that is no run of whole months."""
    try:
        period = parse_period(label)
    except ValueError:
        return label
    length = months_long(period)
    return label if length is None else shifted(period, -length).label


def parse_claim_period(text: str) -> Period:
    """A claim's period: any reference period, or a fiscal year ("FY2024", "FY2023-24"),
    which stands for twelve months whose months depend on who keeps the accounts."""
    found = _FISCAL.match(text.strip())
    if found is None:
        return parse_period(text)
    year = int(found.group(1))
    start = dt.date(year - 1, 1, 1)
    end = dt.date(year + 1, 12, 31)
    return Period(start, end, text.strip(), fiscal=True)


_STARTS_NAMED_MONTH = 4


def fits_fiscal(wanted: Period, span: Period) -> int:
    """How well a fact's span fits a fiscal year the claim names: 2 for twelve months that
    end in the year ("fiscal 2024" of the US government, Oct 2023 - Sep 2024; "FY2023-24"
    of India, Apr 2023 - Mar 2024), 1 for twelve months that start in it (Japan's
    "fiscal 2024", Apr 2024 - Mar 2025; only for years that start in April), 0 otherwise. A calendar year never fits: a
    writer who says "fiscal" means other months."""
    found = _FISCAL.match(wanted.label)
    if found is None or months_long(span) != 12 or span.start.month == 1 or span.end is None:
        return 0
    year = int(found.group(1))
    if found.group(2) is not None:
        last = year // 100 * 100 + int(found.group(2))
        return 2 if (span.start.year, span.end.year) == (year, last) else 0
    if span.end.year == year:
        return 2
    # Naming a fiscal year by the year it starts in is Japan's April-to-March habit; a
    # year of other months that starts in the named one is someone else's next year
    # (the US government's fiscal 2020 starts in October 2019).
    return 1 if span.start.year == year and span.start.month == _STARTS_NAMED_MONTH else 0


def as_months(period: Period) -> Period:
    """A window between two counts, written from the 1st of a month to the 1st of a
    later one ("2020-04-01..2021-04-01", a census to a census), as the whole months it
    covers (2020-04..2021-03): a window that ends on the 1st ends the day before. Any
    other period is itself."""
    end = period.end
    if end is None or period.start.day != 1 or end.day != 1 or end <= period.start:
        return period
    last = end - dt.timedelta(days=1)
    return Period(period.start, last, _label(period.start, last, whole=True))


def stands_at_end(day: Period, window: Period) -> bool:
    """Whether a stock counted on ``day`` (a single day) is the level at the end of
    ``window``: counted on its last day, or on the day after ("reached 340.1 million in
    the year to July 1" is the count of July 1, the window's end)."""
    if day.end != day.start or window.end is None or window.end == window.start:
        return False
    return day.start in (window.end, window.end + dt.timedelta(days=1))
