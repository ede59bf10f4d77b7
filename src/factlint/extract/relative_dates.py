"""Dates and periods named relative to the day a document was published: "yesterday",
"last year", "this month", "last week", "earlier this month", "two years ago", "last
Tuesday", and weekdays ("on Friday"), which news writes for the days around publication.

The rules, for a document published on Tuesday 21 January 2025:

- "today", "tonight", "this morning" are the published day; "yesterday" and "last
  night" the day before; "tomorrow" the day after.
- "last/this/next year|month|quarter" are the calendar period before, of, or after the
  published one (2024, 2025-01, 2024-Q4); weeks run Monday to Sunday, so "last week"
  is 2025-01-13..2025-01-19.
- "earlier this month|year|week" runs from the start of the period to the published
  day (2025-01-01..2025-01-21); "later this ..." from the published day to its end.
- "N years|months|weeks|days ago" counts back from the published day and names the
  calendar period it falls in: "two years ago" is 2023, "three months ago" 2024-10.
- A bare weekday is the latest such day up to the published day ("on Tuesday" is
  2025-01-21, "on Monday" 2025-01-20), since news reports the past; when "will",
  "due", "scheduled" or "shall" stand shortly before it in the sentence it is the
  first such day from the published day on. "last Tuesday" is the Tuesday of the
  previous week (2025-01-14), "next Tuesday" the first one after the published day,
  "this Tuesday" the one of the published week. Months likewise: "last September"
  is 2024-09, "next January" 2026-01, "this June" 2025-06; "June next year" 2026-06;
  "the day before yesterday" is 2025-01-19. A weekday followed by a day and month
  ("Monday, January 12, 2015") is read with that date as one reading
  (``date_readers._weekday_and_date``): the date says which day.
- A weekday or "Today" inside a name is no date: "the Sunday Telegraph", "a Sunday
  newspaper", "Black Friday", "Radio 4's Today programme", "USA Today". ``in_name``
  sets it aside with the reason ``NAME_PART``. A capitalised "Today" that opens a
  sentence ("Today, the ministry said") stays the published day.

Every reader needs the published date; without it they return None, and the caller
sets the phrase aside (see ``date_readers.date_at``).
"""

from __future__ import annotations

import datetime as dt

from factlint.extract.dates import (
    SET_ASIDE,
    DateReading,
    month_end,
    speaks_of_future,
    year_value,
)
from factlint.extract.lexicon import (
    MEDIA_NOUNS,
    MONTHS,
    NAMED_DAY_PREFIXES,
    ONES,
    WEEKDAY_TITLE_WORDS,
    WEEKDAYS,
)
from factlint.extract.tokens import Token, adjacent

_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_SHIFTS = {"last": -1, "this": 0, "next": 1}
_UNITS = frozenset({"year", "month", "quarter", "week"})
AGO_UNITS = {
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "decade": "decade",
    "decades": "decade",
}
_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening"})
WEEKDAY_OPENERS = frozenset(WEEKDAYS)
# Words that open a reading of ``relative``; the scan may skip any other word.
OPENERS = frozenset({*_DAY_WORDS, *_SHIFTS, *ONES, "a", "earlier", "later", "day"} - {"zero"})


def _date(day: dt.date, end: int) -> DateReading:
    return DateReading("date", day.isoformat(), day, day, end)


def _span(first: dt.date, last: dt.date, end: int) -> DateReading:
    if first == last:
        return _date(first, end)
    return DateReading("period", f"{first.isoformat()}..{last.isoformat()}", first, last, end)


def _month(index: int, end: int) -> DateReading:
    year, month = divmod(index, 12)
    month += 1
    label = f"{year:04d}-{month:02d}"
    return DateReading("period", label, dt.date(year, month, 1), month_end(year, month), end)


def _quarter(index: int, end: int) -> DateReading:
    year, number = divmod(index, 4)
    first = number * 3 + 1
    label = f"{year:04d}-Q{number + 1}"
    return DateReading("period", label, dt.date(year, first, 1), month_end(year, first + 2), end)


def _week(day: dt.date, end: int) -> DateReading:
    monday = day - dt.timedelta(days=day.weekday())
    return _span(monday, monday + dt.timedelta(days=6), end)


def _year(year: int, end: int) -> DateReading:
    reading = year_value(year)
    return DateReading(reading.kind, reading.value, reading.lower, reading.upper, end)


def calendar_period(unit: str, published: dt.date, shift: int, end: int) -> DateReading:
    """The calendar ``unit`` ``shift`` steps from the one holding ``published``."""
    if unit == "year":
        return _year(published.year + shift, end)
    if unit == "month":
        return _month(published.year * 12 + published.month - 1 + shift, end)
    if unit == "quarter":
        return _quarter(published.year * 4 + (published.month - 1) // 3 + shift, end)
    return _week(published + dt.timedelta(weeks=shift), end)


def _low(tokens: list[Token], i: int) -> str:
    return tokens[i].low if i < len(tokens) else ""


def relative(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "yesterday", "last year", "this week", "earlier this month", "two years ago",
    "last Tuesday", "this morning"."""
    if published is None:
        return None
    low = tokens[i].low
    nxt = _low(tokens, i + 1)
    if low in _DAY_WORDS:
        return _date(published + dt.timedelta(days=_DAY_WORDS[low]), i + 1)
    if low in ("earlier", "later") and nxt == "this" and _low(tokens, i + 2) in _UNITS:
        whole = calendar_period(_low(tokens, i + 2), published, 0, i + 3)
        if low == "earlier":
            return _span(whole.lower, published, i + 3)
        return _span(published, whole.upper, i + 3)
    if (low == "this" and nxt in _PARTS_OF_DAY) or (low, nxt) == ("last", "night"):
        return _date(published - dt.timedelta(days=0 if low == "this" else 1), i + 2)
    if low in _SHIFTS and nxt in _UNITS:
        return calendar_period(nxt, published, _SHIFTS[low], i + 2)
    if low in _SHIFTS and nxt in WEEKDAYS and tokens[i + 1].text[0].isupper():
        return _named_weekday(low, WEEKDAYS[nxt], published, i + 2)
    if low in _SHIFTS and nxt in MONTHS and tokens[i + 1].text[0].isupper():
        return _named_month(low, MONTHS[nxt], published, i + 2)
    if low == "day" and (nxt, _low(tokens, i + 2)) in _DAY_AFTER_NEXT:
        shift = _DAY_AFTER_NEXT[nxt, _low(tokens, i + 2)]
        return _date(published + dt.timedelta(days=shift), i + 3)
    return _ago(tokens, i, published)


# "the day before yesterday", "the day after tomorrow".
_DAY_AFTER_NEXT = {("before", "yesterday"): -2, ("after", "tomorrow"): 2}


def _named_month(shift: str, month: int, published: dt.date, end: int) -> DateReading:
    """ "last September": the latest September before the published month; "next
    January" the first one after it; "this June" the one of the published year."""
    year = published.year
    if shift == "last" and month >= published.month:
        year -= 1
    elif shift == "next" and month <= published.month:
        year += 1
    return _month(year * 12 + month - 1, end)


def month_of_shifted_year(
    tokens: list[Token], i: int, published: dt.date | None
) -> DateReading | None:
    """ "June next year", "March last year", "December this year": the month of the
    calendar year before, of or after the published one."""
    token = tokens[i]
    if published is None or token.low not in MONTHS or not token.text[0].isupper():
        return None
    shift = _SHIFTS.get(_low(tokens, i + 1))
    if shift is None or _low(tokens, i + 2) != "year":
        return None
    return _month((published.year + shift) * 12 + MONTHS[token.low] - 1, i + 3)


def _named_weekday(shift: str, day: int, published: dt.date, end: int) -> DateReading:
    monday = published - dt.timedelta(days=published.weekday())
    if shift == "last":
        return _date(monday - dt.timedelta(days=7 - day), end)
    if shift == "this":
        return _date(monday + dt.timedelta(days=day), end)
    ahead = (day - published.weekday()) % 7 or 7
    return _date(published + dt.timedelta(days=ahead), end)


def _ago(tokens: list[Token], i: int, published: dt.date) -> DateReading | None:
    """ "two years ago", "a decade ago", "three months ago", "10 days ago"."""
    token = tokens[i]
    if _low(tokens, i + 2) != "ago":
        return None
    if token.kind == "num" and token.text.isdigit() and len(token.text) <= 3:
        count = int(token.text)
    elif token.low in ("a", "one"):
        count = 1
    else:
        count = ONES.get(token.low, 0)
    unit = AGO_UNITS.get(_low(tokens, i + 1), "")
    if not count or not unit:
        return None
    if (count == 1) != (unit == _low(tokens, i + 1)):
        return None  # "a years ago", "two year ago"
    end = i + 3
    if unit == "day":
        return _date(published - dt.timedelta(days=count), end)
    if unit == "week":
        return _week(published - dt.timedelta(weeks=count), end)
    if unit == "month":
        return _month(published.year * 12 + published.month - 1 - count, end)
    return _year(published.year - count * (10 if unit == "decade" else 1), end)


def weekday(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "Friday": the latest such day up to the published date, or the first from it on
    when the sentence speaks of the future ("talks will resume on Friday")."""
    token = tokens[i]
    if published is None or token.low not in WEEKDAYS or not token.text[0].isupper():
        return None
    if _dated(tokens, i + 1):
        return None  # "Monday, January 12, 2015": the date that follows says which Monday
    day = WEEKDAYS[token.low]
    if speaks_of_future(tokens, i):
        date = published + dt.timedelta(days=(day - published.weekday()) % 7)
    else:
        date = published - dt.timedelta(days=(published.weekday() - day) % 7)
    return _date(date, i + 1)


def _dated(tokens: list[Token], j: int) -> bool:
    """A day and month at token j, after an optional comma: "January 12", "12 January",
    "Jan. 19"."""
    if j < len(tokens) and tokens[j].text == ",":
        j += 1
    if j + 1 >= len(tokens):
        return False
    first, second = tokens[j], tokens[j + 1]
    if first.low in MONTHS and first.text[0].isupper():
        if second.text == "." and j + 2 < len(tokens):
            second = tokens[j + 2]  # "Jan. 19"
        return second.kind == "num" and second.text.isdigit() and len(second.text) <= 2
    return first.kind == "num" and len(first.text) <= 2 and second.low in MONTHS


NAME_PART = "part of a name"
# Signs after which a capitalised word opens a sentence or a quotation.
_SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", '"', "“", "‘", "'", "’", "(", "—", "–"})
IN_NAME_OPENERS = frozenset({*WEEKDAYS, "today"})


def _opens_sentence(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in _SENTENCE_OPENERS


def _capitalised(tokens: list[Token], i: int) -> bool:
    return 0 <= i < len(tokens) and tokens[i].kind == "word" and tokens[i].text[0].isupper()


def _owned(tokens: list[Token], i: int) -> bool:
    """ "NBC's Today", "Radio 4's Today": a possessive just before token i."""
    return i >= 2 and tokens[i - 1].low == "s" and tokens[i - 2].text in ("'", "’")


def in_name(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """A weekday or "Today" that is part of a name ("the Sunday Times", "Good Friday",
    "the Today programme"), set aside; else None. Needs no published date."""
    token = tokens[i]
    if not token.text[0].isupper():
        return None
    nxt = _low(tokens, i + 1)
    if token.low == "today":
        named = not _opens_sentence(tokens, i) and (
            _capitalised(tokens, i + 1)
            or nxt in MEDIA_NOUNS
            or _owned(tokens, i)
            or (i > 0 and len(tokens[i - 1].text) > 1 and tokens[i - 1].text.isupper())
        )
    else:
        named = (
            (nxt in WEEKDAY_TITLE_WORDS and _capitalised(tokens, i + 1))
            or nxt in MEDIA_NOUNS
            or (_capitalised(tokens, i - 1) and tokens[i - 1].low in NAMED_DAY_PREFIXES)
        )
    if not named:
        return None
    day = published or dt.date(2000, 1, 1)  # unused by a set-aside reading
    return DateReading(SET_ASIDE, NAME_PART, day, day, i + 1)


_NOT_THE_WHOLE_YEAR = frozenset({"earlier", "ago", "before", "to", "ending", "ended", "through"})
# Results for a year are published in its first months; later, "the full year" is more
# often the current one, still running, than the last.
_FULL_YEAR_REPORTED_BY = 6


def full_year(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "For the full year", "full-year revenue", "its losses for the year": the last
    calendar year, in a report published in the first half of the next one."""
    if published is None or published.month > _FULL_YEAR_REPORTED_BY:
        return None
    if tokens[i].low == "full":
        j = i + 1
        if j < len(tokens) and tokens[j].text in ("-", "‑") and adjacent(tokens[i], tokens[j]):
            j += 1
        if _low(tokens, j) != "year":
            return None
        end = j + 1
    elif tokens[i].low == "year" and i >= 2 and _low(tokens, i - 2) == "for":
        if _low(tokens, i - 1) != "the":
            return None
        end = i + 1
    else:
        return None
    after = _low(tokens, end)
    if after == "to" and _low(tokens, end + 1) not in MONTHS:
        after = ""  # "its losses for the year to $16.12 billion"
    if after in _NOT_THE_WHOLE_YEAR or (end < len(tokens) and tokens[end].kind == "num"):
        return None  # "the year to March", "a year earlier", "the full year 2023"
    return _year(published.year - 1, end)
