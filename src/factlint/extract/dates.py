"""Dates and periods: "14 March 2019", "Mar. 14", "March 2019", "2024", "Q3 2024",
"on Friday", "last year", resolved against the document's published date."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from factlint.extract.lexicon import MONTHS, WEEKDAYS
from factlint.extract.tokens import Token, adjacent

MIN_YEAR, MAX_YEAR = 1800, 2100
# Month names written in full: a dot after one of these ends the sentence.
FULL_MONTH_NAMES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


@dataclass(frozen=True, slots=True)
class DateReading:
    kind: str  # "date" (a day) or "period" (month, quarter, year, range)
    value: str  # ISO form: 2019-03-14, 2019-03, 2024-Q3, 2024, 2024-01..2024-07
    lower: dt.date
    upper: dt.date
    end: int  # index of the token after the date


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(token: Token | None) -> int | None:
    if token is None or token.kind != "num" or len(token.text) != 4 or not token.text.isdigit():
        return None
    year = int(token.text)
    return year if MIN_YEAR <= year <= MAX_YEAR else None


def _day(token: Token | None) -> int | None:
    if token is None or token.kind != "num" or not token.text.isdigit() or len(token.text) > 2:
        return None
    day = int(token.text)
    return day if 1 <= day <= 31 else None


def _get(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _month(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A month name at i (capitalised; "May" only when a day or year follows) -> (month, next)."""
    token = _get(tokens, i)
    if token is None or token.kind != "word" or not token.text[0].isupper():
        return None
    month = MONTHS.get(token.low)
    if month is None:
        return None
    j = i + 1
    month_abbreviated = token.low not in FULL_MONTH_NAMES  # "Sept." but not "July."
    dot = _get(tokens, j)
    if dot is not None and dot.text == "." and adjacent(token, dot) and month_abbreviated:
        j += 1
    return month, j


def _day_value(year: int, month: int, day: int) -> DateReading | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return DateReading("date", date.isoformat(), date, date, 0)


def _month_value(year: int, month: int) -> DateReading:
    return DateReading(
        "period", f"{year:04d}-{month:02d}", dt.date(year, month, 1), month_end(year, month), 0
    )


def year_value(year: int) -> DateReading:
    return DateReading("period", f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), 0)


def _with_end(reading: DateReading | None, end: int) -> DateReading | None:
    if reading is None:
        return None
    return DateReading(reading.kind, reading.value, reading.lower, reading.upper, end)


def _guess_year(month: int, published: dt.date | None) -> int | None:
    """A month written without a year is the latest such month up to publication."""
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def month_led(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "March 14, 2019", "Mar. 14", "March 2019", "May 2024"."""
    found = _month(tokens, i)
    if found is None:
        return None
    month, j = found
    day = _day(_get(tokens, j))
    if day is not None and not _is_ordinal_suffix(tokens, j + 1):
        k = j + 1
        comma = _get(tokens, k)
        if comma is not None and comma.text == ",":
            k += 1
        year = _year(_get(tokens, k))
        if year is not None:
            return _with_end(_day_value(year, month, day), k + 1)
        guessed = _guess_year(month, published)
        if guessed is None:
            return None
        return _with_end(_day_value(guessed, month, day), j + 1)
    year = _year(_get(tokens, j))
    if year is not None:
        return _with_end(_month_value(year, month), j + 1)
    if tokens[i].low == "may":
        return None
    guessed = _guess_year(month, published)
    if guessed is None or tokens[i].low not in _FULL_MONTH_NAMES:
        return None
    return _with_end(_month_value(guessed, month), j)


_FULL_MONTH_NAMES = frozenset(name for name in MONTHS if len(name) > 3)


def _is_ordinal_suffix(tokens: list[Token], i: int) -> bool:
    token = _get(tokens, i)
    return (
        token is not None
        and token.low in ("st", "nd", "rd", "th")
        and adjacent(tokens[i - 1], token)
    )


def day_led(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "21 January 2025", "21st January", "21 Jan"."""
    day = _day(_get(tokens, i))
    if day is None:
        return None
    j = i + 1
    if _is_ordinal_suffix(tokens, j):
        j += 1
    if _get(tokens, j) is not None and tokens[j].low == "of":
        j += 1
    found = _month(tokens, j)
    if found is None:
        return None
    month, k = found
    year = _year(_get(tokens, k))
    if year is not None:
        return _with_end(_day_value(year, month, day), k + 1)
    guessed = _guess_year(month, published)
    if guessed is None:
        return None
    return _with_end(_day_value(guessed, month, day), k)


def iso_date(tokens: list[Token], i: int) -> DateReading | None:
    """ "2019-03-14" and "2019-03"."""
    year = _year(_get(tokens, i))
    if year is None:
        return None
    parts = tokens[i : i + 5]
    if (
        len(parts) >= 3
        and parts[1].text == "-"
        and adjacent(parts[0], parts[1])
        and adjacent(parts[1], parts[2])
    ):
        if parts[2].kind != "num" or len(parts[2].text) != 2 or not parts[2].text.isdigit():
            return None
        month = int(parts[2].text)
        if not 1 <= month <= 12:
            return None
        if (
            len(parts) == 5
            and parts[3].text == "-"
            and adjacent(parts[2], parts[3])
            and adjacent(parts[3], parts[4])
            and len(parts[4].text) == 2
            and parts[4].text.isdigit()
        ):
            return _with_end(_day_value(year, month, int(parts[4].text)), i + 5)
        return _with_end(_month_value(year, month), i + 3)
    return None


def year_span(tokens: list[Token], i: int) -> DateReading | None:
    """ "the 2010s", "2019-2023", "2024-25", "2019 to 2023", "between 2020 and 2024"."""
    first = _year(_get(tokens, i))
    if first is None:
        return None
    decade = _decade_end(tokens, i)
    if decade and first % 10 == 0:
        return _years(first, first + 9, decade)
    separator = _get(tokens, i + 1)
    second = _get(tokens, i + 2)
    if separator is None or second is None:
        return None
    if separator.text in ("-", "–", "/"):
        if not (adjacent(tokens[i], separator) and adjacent(separator, second)):
            return None
        last = _year(second) or _short_year(first, second)
    elif separator.low == "to" or (separator.low == "and" and _before_is(tokens, i, "between")):
        last = _year(second)
    else:
        return None
    if last is None or last <= first:
        return None
    return _years(first, last, i + 3)


def _years(first: int, last: int, end: int) -> DateReading:
    return DateReading(
        "period", f"{first:04d}..{last:04d}", dt.date(first, 1, 1), dt.date(last, 12, 31), end
    )


def _decade_end(tokens: list[Token], i: int) -> int:
    """Index after the "s" of "1990s" or "1990's" written against year i, else 0."""
    for j in (i + 1, i + 2):
        token = _get(tokens, j)
        if token is None or not adjacent(tokens[j - 1], token):
            return 0
        if token.text == "s":
            return j + 1
        if token.text not in ("'", "’"):
            return 0
    return 0


def _short_year(first: int, token: Token) -> int | None:
    """The "25" of "2024-25": the next year of the same century."""
    if token.kind != "num" or len(token.text) != 2 or not token.text.isdigit():
        return None
    return first - first % 100 + int(token.text)


def _before_is(tokens: list[Token], i: int, word: str) -> bool:
    return i > 0 and tokens[i - 1].low == word


_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _hyphened(tokens: list[Token], j: int) -> int:
    """Index after a hyphen glued to the tokens either side at j ("third-quarter"), else j."""
    nxt = _get(tokens, j + 1)
    if (
        nxt is not None
        and tokens[j].text == "-"
        and adjacent(tokens[j - 1], tokens[j])
        and adjacent(tokens[j], nxt)
    ):
        return j + 1
    return j


def quarter(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "Q3 2024", "Q3", "the third quarter (of 2024)", "H1 2024", "third-quarter
    (2024) revenue", "first-half"."""
    token = tokens[i]
    number = 0
    half = False
    j = i + 1
    if token.kind == "word" and token.text in ("Q", "H") and j < len(tokens):
        nxt = tokens[j]
        if adjacent(token, nxt) and nxt.text in ("1", "2", "3", "4"):
            half = token.text == "H"
            number = int(nxt.text)
            j += 1
    elif token.low in _QUARTER_WORDS and _get(tokens, j) is not None:
        j = _hyphened(tokens, j)
        word = tokens[j].low
        if word in ("quarter", "half"):
            half = word == "half"
            number = _QUARTER_WORDS[token.low]
            j += 1
            if _get(tokens, j) is not None and tokens[j].low == "of":
                j += 1
    if not number or (half and number > 2):
        return None
    year = _year(_get(tokens, j))
    if year is not None:
        j += 1
    first_month = (number - 1) * (6 if half else 3) + 1
    if year is None:
        year = _guess_year(first_month, published)
    if year is None:
        return None
    last_month = first_month + (5 if half else 2)
    label = f"{year:04d}-{'H' if half else 'Q'}{number}"
    return DateReading(
        "period", label, dt.date(year, first_month, 1), month_end(year, last_month), j
    )


_FISCAL = frozenset({"fiscal", "financial"})


def fiscal_year(tokens: list[Token], i: int) -> DateReading | None:
    """ "fiscal 2023", "fiscal year 2023", "FY2023", "FY 2023", "FY24", "fiscal 2024-25".

    Fiscal years differ by company; the year as written is what is read.
    """
    token = tokens[i]
    j = i + 1
    if token.low in _FISCAL:
        nxt = _get(tokens, j)
        if nxt is not None and nxt.low == "year":
            j += 1
        elif token.low == "financial":
            return None  # "financial 2023" is not how a year is written
    elif token.text.upper() != "FY":
        return None
    year_token = _get(tokens, j)
    if year_token is None:
        return None
    span = year_span(tokens, j)
    if span is not None:
        return span
    year = _year(year_token)
    if year is None and token.text.upper() == "FY" and adjacent(token, year_token):
        year = _short_year(2000, year_token)  # "FY24"
    if year is None:
        return None
    return _with_end(year_value(year), j + 1)


def weekday(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "Friday": the latest such day up to the published date (news reports the past)."""
    token = tokens[i]
    if published is None or token.low not in WEEKDAYS or not token.text[0].isupper():
        return None
    back = (published.weekday() - WEEKDAYS[token.low]) % 7
    date = published - dt.timedelta(days=back)
    return DateReading("date", date.isoformat(), date, date, i + 1)


def relative(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "yesterday", "today", "last year", "this year", "last month"."""
    if published is None:
        return None
    low = tokens[i].low
    if low in ("yesterday", "today"):
        date = published - dt.timedelta(days=1 if low == "yesterday" else 0)
        return DateReading("date", date.isoformat(), date, date, i + 1)
    nxt = _get(tokens, i + 1)
    if low not in ("last", "this", "next") or nxt is None or nxt.low not in ("year", "month"):
        return None
    shift = {"last": -1, "this": 0, "next": 1}[low]
    if nxt.low == "year":
        return _with_end(year_value(published.year + shift), i + 2)
    month_index = published.year * 12 + published.month - 1 + shift
    return _with_end(_month_value(month_index // 12, month_index % 12 + 1), i + 2)
