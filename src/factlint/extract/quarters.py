"""Quarters, halves and fiscal years: "Q3 2024", "the third quarter (of 2024)",
"third-quarter", "H1", "first half of last year", "2Q24", "1H 2025", "fiscal 2023",
"FY24", "fiscal 2024-25"."""

from __future__ import annotations

import datetime as dt

from factlint.extract.dates import (
    SET_ASIDE,
    DateReading,
    guess_year,
    month_end,
    month_led,
    short_year,
    token_at,
    with_end,
    year_at,
    year_span,
    year_value,
)
from factlint.extract.tokens import Token, adjacent

_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
QUARTER_OPENERS = frozenset({*_QUARTER_WORDS, "q", "h"})


def _hyphened(tokens: list[Token], j: int) -> int:
    """Index after a hyphen glued to the tokens either side at j ("third-quarter"), else j."""
    nxt = token_at(tokens, j + 1)
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
    (2024) revenue", "first-half", "the second half of last year"."""
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
    elif token.low in _QUARTER_WORDS and token_at(tokens, j) is not None:
        j = _hyphened(tokens, j)
        word = tokens[j].low
        if word in ("quarter", "half"):
            half = word == "half"
            number = _QUARTER_WORDS[token.low]
            j += 1
    if not number or (half and number > 2):
        return None
    fiscal_end = _fiscal_after(tokens, j)
    if fiscal_end or _fiscal_before(tokens, i):
        return _fiscal_part(max(j, fiscal_end))
    year, j = _year_after(tokens, j, published)
    first_month = (number - 1) * (6 if half else 3) + 1
    if year is None:
        year = guess_year(first_month, published)
    if year is None:
        return None
    return _part(year, "H" if half else "Q", number, j)


FISCAL_PART = "a quarter or half of a fiscal year, whose months differ by company"


def _fiscal_before(tokens: list[Token], i: int) -> bool:
    """ "fiscal second quarter", "fiscal 2025 first half"."""
    before = token_at(tokens, i - 1)
    if before is not None and year_at(before) is not None:
        before = token_at(tokens, i - 2)
    return before is not None and before.low in _FISCAL


def _fiscal_after(tokens: list[Token], j: int) -> int:
    """Index after "of fiscal 2025", "of the fiscal year", "of its financial year" at j,
    else 0."""
    if token_at(tokens, j) is None or tokens[j].low != "of":
        return 0
    k = j + 1
    if token_at(tokens, k) is not None and tokens[k].low in ("the", "its", "their"):
        k += 1
    if token_at(tokens, k) is None or tokens[k].low not in _FISCAL:
        return 0
    k += 1
    if token_at(tokens, k) is not None and tokens[k].low == "year":
        k += 1
    if year_at(token_at(tokens, k)) is not None:
        k += 1
    return k


def _fiscal_part(end: int) -> DateReading:
    day = dt.date(1, 1, 1)
    return DateReading(SET_ASIDE, FISCAL_PART, day, day, end)


_RELATIVE_YEARS = {"last": -1, "this": 0, "next": 1}


def _year_after(tokens: list[Token], j: int, published: dt.date | None) -> tuple[int | None, int]:
    """The year after a quarter or half ("2024", "of 2024", "of last year") and the index
    after it; (None, j) when none is written."""
    k = j + 1 if token_at(tokens, j) is not None and tokens[j].low == "of" else j
    year = year_at(token_at(tokens, k))
    if year is not None:
        return year, k + 1
    shift = token_at(tokens, k)
    unit = token_at(tokens, k + 1)
    if (
        k > j
        and published is not None
        and shift is not None
        and shift.low in _RELATIVE_YEARS
        and unit is not None
        and unit.low == "year"
    ):
        return published.year + _RELATIVE_YEARS[shift.low], k + 2
    return None, j


def _part(year: int, letter: str, number: int, end: int) -> DateReading:
    size = 6 if letter == "H" else 3
    first = (number - 1) * size + 1
    label = f"{year:04d}-{letter}{number}"
    return DateReading(
        "period", label, dt.date(year, first, 1), month_end(year, first + size - 1), end
    )


_FISCAL = frozenset({"fiscal", "financial"})


def _fiscal_quarter_after(tokens: list[Token], j: int) -> int:
    """Index after "second quarter", "Q2", "first-half" at j, else 0."""
    reading = quarter(tokens, j, dt.date(2000, 1, 1)) if j < len(tokens) else None
    return 0 if reading is None else reading.end


def fiscal_year(tokens: list[Token], i: int) -> DateReading | None:
    """ "fiscal 2023", "fiscal year 2023", "FY2023", "FY 2023", "FY24", "fiscal 2024-25".

    Fiscal years differ by company; the year as written is what is read.
    """
    token = tokens[i]
    j = i + 1
    part = _fiscal_quarter_after(tokens, j)
    if part and token.low in _FISCAL:
        return _fiscal_part(part)
    if token.low in _FISCAL:
        nxt = token_at(tokens, j)
        if nxt is not None and nxt.low == "year":
            j += 1
        elif token.low == "financial":
            return None  # "financial 2023" is not how a year is written
    elif token.text.upper() != "FY":
        return None
    year_token = token_at(tokens, j)
    if year_token is None:
        return None
    span = year_span(tokens, j)
    if span is not None:
        return span
    year = year_at(year_token)
    if year is None and token.text.upper() == "FY" and adjacent(token, year_token):
        year = short_year(2000, year_token)  # "FY24"
    if year is None:
        return None
    return with_end(year_value(year), j + 1)


_ENDED = frozenset({"ended", "ending", "ends", "to", "through"})
_WHICH = frozenset({"that", "which"})


def fiscal_year_ended(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "the fiscal year that ended on Sept. 30", "its financial year ending March 31,
    2024", "the fiscal year to June": the twelve months that end on that day (the last
    day of that month when no day is written)."""
    if tokens[i].low not in _FISCAL or token_at(tokens, i + 1) is None:
        return None
    if tokens[i + 1].low != "year":
        return None
    j = i + 2
    if token_at(tokens, j) is not None and tokens[j].low in _WHICH:
        j += 1
    if token_at(tokens, j) is None or tokens[j].low not in _ENDED:
        return None
    j += 1
    if token_at(tokens, j) is not None and tokens[j].low == "on":
        j += 1
    if token_at(tokens, j) is None:
        return None
    day = month_led(tokens, j, published)
    if day is None or day.kind not in ("period", "date"):
        return None
    last = day.upper
    if last.month == 12 and last.day == 31:
        first = dt.date(last.year, 1, 1)
    else:
        first = (last.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        first = first.replace(year=first.year - 1)
    if last != month_end(last.year, last.month):
        return None  # a year ending mid-month is no span the reference files write
    label = f"{first.year}-{first.month:02d}..{last.year}-{last.month:02d}"
    if first.month == 1:
        label = str(first.year)
    return DateReading("period", label, first, last, day.end)


def short_part(tokens: list[Token], i: int, _: dt.date | None) -> DateReading | None:
    """ "1H24", "2H 2024", "3Q24", "2Q 2024": halves and quarters as analysts write
    them, the number first."""
    number = tokens[i]
    letter = token_at(tokens, i + 1)
    year_token = token_at(tokens, i + 2)
    if (
        number.text not in ("1", "2", "3", "4")
        or letter is None
        or letter.text not in ("H", "Q")
        or not adjacent(number, letter)
        or year_token is None
        or (letter.text == "H" and number.text not in ("1", "2"))
    ):
        return None
    year = year_at(year_token)
    if year is None and adjacent(letter, year_token):
        year = short_year(2000, year_token)
    if year is None:
        return None
    return _part(year, letter.text, int(number.text), i + 3)
