"""Dates and periods: "14 March 2019", "Mar. 14", "March 2019", "2024", "Q3 2024",
"2019-2023", "fiscal 2023", "1H24"; a month or day without a year is the latest one
up to the document's published date. Relative dates ("last year", "on Friday") are
read in relative_dates.py."""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from dataclasses import dataclass

from factlint.extract.lexicon import MONTHS
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


# The kind of a reading that is no date to check; its value says why.
SET_ASIDE = "set aside"


@dataclass(frozen=True, slots=True)
class DateReading:
    kind: str  # "date" (a day), "period" (month, quarter, year, range) or SET_ASIDE
    value: str  # ISO form: 2019-03-14, 2019-03, 2024-Q3, 2024, 2024-01..2024-07
    lower: dt.date
    upper: dt.date
    end: int  # index of the token after the date


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def year_at(token: Token | None) -> int | None:
    if token is None or token.kind != "num" or len(token.text) != 4 or not token.text.isdigit():
        return None
    year = int(token.text)
    return year if MIN_YEAR <= year <= MAX_YEAR else None


def _day(token: Token | None) -> int | None:
    if token is None or token.kind != "num" or not token.text.isdigit() or len(token.text) > 2:
        return None
    day = int(token.text)
    return day if 1 <= day <= 31 else None


def token_at(tokens: list[Token], i: int) -> Token | None:
    return tokens[i] if 0 <= i < len(tokens) else None


def _month(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """A month name at i (capitalised; "May" only when a day or year follows) -> (month, next)."""
    token = token_at(tokens, i)
    if token is None or token.kind != "word" or not token.text[0].isupper():
        return None
    month = MONTHS.get(token.low)
    if month is None:
        return None
    j = i + 1
    month_abbreviated = token.low not in FULL_MONTH_NAMES  # "Sept." but not "July."
    dot = token_at(tokens, j)
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


def with_end(reading: DateReading | None, end: int) -> DateReading | None:
    if reading is None:
        return None
    return DateReading(reading.kind, reading.value, reading.lower, reading.upper, end)


# Words shortly before a date that put it in the future: "will meet on Friday".
_FUTURE_WORDS = frozenset({"will", "due", "scheduled", "shall", "ll"})
_FUTURE_WINDOW = 8
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def speaks_of_future(tokens: list[Token], i: int) -> bool:
    """Whether "will", "due", "scheduled" or "shall" stands shortly before token i in
    its sentence ("talks will resume on Friday", "the vote is due on March 3")."""
    for k in range(i - 1, max(-1, i - 1 - _FUTURE_WINDOW), -1):
        low = tokens[k].low
        if low in _SENTENCE_ENDS:
            return False
        if low in _FUTURE_WORDS:
            return True
    return False


def _guess_day_year(
    tokens: list[Token], i: int, month: int, day: int, published: dt.date | None
) -> int | None:
    """A day written without a year: in the future tense the first such day from the
    published date on, else as for a month (``guess_year``)."""
    if published is None or not speaks_of_future(tokens, i):
        return guess_year(month, published)
    return published.year + ((month, day) < (published.month, published.day))


def guess_year(month: int, published: dt.date | None) -> int | None:
    """A month written without a year is the latest such month up to publication."""
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def month_led(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "March 14, 2019", "Mar. 14", "April 12th", "October 22-24, 2024", "March 2019",
    "May 2024"."""
    found = _month(tokens, i)
    if found is None:
        return None
    month, j = found
    day = _day(token_at(tokens, j))
    if day is not None:
        k = j + 2 if _is_ordinal_suffix(tokens, j + 1) else j + 1
        last_day, k = _last_day(tokens, k, day)
        after_day = k
        if token_at(tokens, k) is not None and tokens[k].text == ",":
            k += 1
        year = year_at(token_at(tokens, k))
        if year is not None:
            after_day = k + 1
        else:
            year = _guess_day_year(tokens, i, month, day, published)
        if year is None:
            return None
        return with_end(_days(year, month, day, last_day), after_day)
    year = year_at(token_at(tokens, j))
    if year is not None:
        return with_end(_month_value(year, month), j + 1)
    if (tokens[i].low == "may" and not _capital_may(tokens, i)) or _first_name(tokens, i, j):
        return None
    guessed = guess_year(month, published)
    if guessed is None or (tokens[i].low not in _FULL_MONTH_NAMES and tokens[i].low != "may"):
        return None
    return with_end(_month_value(guessed, month), j)


# Words after which a month name alone is a month ("in April Germany's exports rose").
_MONTH_CUES = frozenset(
    {"in", "since", "from", "until", "till", "to", "by", "during", "through", "of", "last",
     "this", "next", "early", "late", "mid", "and", "or", "before", "after", "between", "-",
     "the", "a", "its", "their", "s"}
)  # fmt: skip


_MAY_CUES = frozenset(
    {"in", "since", "from", "until", "till", "by", "during", "through", "of", "last", "this"}
    | {"next", "early", "late", "mid", "before", "after", "between"}
)


def _capital_may(tokens: list[Token], i: int) -> bool:
    """ "in May", "since May": the month, not the verb ("prices may rise")."""
    return tokens[i].text == "May" and i > 0 and tokens[i - 1].low in _MAY_CUES


def _first_name(tokens: list[Token], i: int, j: int) -> bool:
    """ "April Ryan said": a month name before a capitalised word and after no word of
    time is a person's first name."""
    nxt = token_at(tokens, j)
    if nxt is None or nxt.kind != "word" or not nxt.text[0].isupper() or j != i + 1:
        return False
    return i == 0 or tokens[i - 1].low not in _MONTH_CUES


def _last_day(tokens: list[Token], k: int, day: int) -> tuple[int, int]:
    """The last day of "22-24" after day ``day`` at k, and the index after it; else
    (day, k)."""
    dash, last = token_at(tokens, k), token_at(tokens, k + 1)
    if (
        dash is None
        or last is None
        or dash.text not in ("-", "–")
        or not adjacent(tokens[k - 1], dash)
        or not adjacent(dash, last)
    ):
        return day, k
    last_day = _day(last)
    return (last_day, k + 2) if last_day is not None and last_day > day else (day, k)


def _days(year: int, month: int, day: int, last_day: int) -> DateReading | None:
    first = _day_value(year, month, day)
    last = _day_value(year, month, last_day)
    if first is None or last is None or first == last:
        return first
    return DateReading("period", f"{first.value}..{last.value}", first.lower, last.upper, first.end)


_FULL_MONTH_NAMES = frozenset(name for name in MONTHS if len(name) > 3)


def _is_ordinal_suffix(tokens: list[Token], i: int) -> bool:
    token = token_at(tokens, i)
    return (
        token is not None
        and token.low in ("st", "nd", "rd", "th")
        and adjacent(tokens[i - 1], token)
    )


def day_led(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "21 January 2025", "21st January", "21 Jan", "22-24 October 2024"."""
    day = _day(token_at(tokens, i))
    if day is None:
        return None
    j = i + 1
    if _is_ordinal_suffix(tokens, j):
        j += 1
    last_day, j = _last_day(tokens, j, day)
    if token_at(tokens, j) is not None and tokens[j].low == "of":
        j += 1
    found = _month(tokens, j)
    if found is None:
        return None
    month, k = found
    year = year_at(token_at(tokens, k))
    if year is not None:
        return with_end(_days(year, month, day, last_day), k + 1)
    guessed = _guess_day_year(tokens, i, month, day, published)
    if guessed is None:
        return None
    return with_end(_days(guessed, month, day, last_day), k)


def iso_date(tokens: list[Token], i: int) -> DateReading | None:
    """ "2019-03-14" and "2019-03"."""
    year = year_at(token_at(tokens, i))
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
            return with_end(_day_value(year, month, int(parts[4].text)), i + 5)
        return with_end(_month_value(year, month), i + 3)
    return None


def year_span(tokens: list[Token], i: int) -> DateReading | None:
    """ "the 2010s", "2019-2023", "2024-25", "2019 to 2023", "between 2020 and 2024"."""
    first = year_at(token_at(tokens, i))
    if first is None:
        return None
    decade = _decade_end(tokens, i)
    if decade and first % 10 == 0:
        return _years(first, first + 9, decade)
    separator = token_at(tokens, i + 1)
    second = token_at(tokens, i + 2)
    if separator is None or second is None:
        return None
    if separator.text in ("-", "–", "/"):
        if not (adjacent(tokens[i], separator) and adjacent(separator, second)):
            return None
        last = year_at(second) or short_year(first, second)
    elif separator.low in _YEAR_SPAN_WORDS or (
        separator.low == "and" and _before_is(tokens, i, "between")
    ):
        last = year_at(second)
    else:
        return None
    if last is None or last <= first:
        return None
    return _years(first, last, i + 3)


_YEAR_SPAN_WORDS = frozenset({"to", "through", "until", "till", "thru"})


def _years(first: int, last: int, end: int) -> DateReading:
    return DateReading(
        "period", f"{first:04d}..{last:04d}", dt.date(first, 1, 1), dt.date(last, 12, 31), end
    )


def _decade_end(tokens: list[Token], i: int) -> int:
    """Index after the "s" of "1990s" or "1990's" written against year i, else 0."""
    for j in (i + 1, i + 2):
        token = token_at(tokens, j)
        if token is None or not adjacent(tokens[j - 1], token):
            return 0
        if token.text == "s":
            return j + 1
        if token.text not in ("'", "’"):
            return 0
    return 0


def short_year(first: int, token: Token) -> int | None:
    """The "25" of "2024-25": the next year of the same century."""
    if token.kind != "num" or len(token.text) != 2 or not token.text.isdigit():
        return None
    return first - first % 100 + int(token.text)


def _before_is(tokens: list[Token], i: int, word: str) -> bool:
    return i > 0 and tokens[i - 1].low == word


def bare_year(tokens: list[Token], i: int) -> DateReading | None:
    """A year written alone ("2024")."""
    year = year_at(tokens[i])
    return None if year is None else with_end(year_value(year), i + 1)


def numeric_date(tokens: list[Token], i: int, _: dt.date | None) -> DateReading | None:
    """ "21/01/2025" (day first) or "01/21/2025" (month first), read only where the order
    is plain from a number above 12; "03/04/2025" could be either and is not read."""
    parts = tokens[i : i + 5]
    if len(parts) < 5 or not all(adjacent(a, b) for a, b in itertools.pairwise(parts)):
        return None
    if parts[1].text != "/" or parts[3].text != "/":
        return None
    first, second = _day(parts[0]), _day(parts[2])
    year = year_at(parts[4])
    if first is None or second is None or year is None:
        return None
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    return with_end(_day_value(year, month, day), i + 5)
