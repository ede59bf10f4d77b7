"""Which date and period readers to try at a token, chosen by the token itself.

The scan asks at every token whether a date starts there; most tokens are ordinary
words, so the readers are looked up by the token's lower-cased text and a token no
reader can start on costs one dictionary lookup. ``OPENERS`` lists those words for any
faster gate in front of the scan.

Without a published date, a phrase whose meaning depends on it ("last year", "on
Tuesday", "in March", "Jan. 21") is not resolved: ``date_at`` returns it with the kind
``SET_ASIDE`` and the reason ``UNRESOLVED`` as its value, so that the scan sets it aside
rather than reading its digits as plain numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from factlint.extract import anchored_dates, dates, month_ranges, quarters, relative_dates
from factlint.extract.dates import SET_ASIDE, DateReading
from factlint.extract.lexicon import MONTHS, ONES, ORDINAL_SUFFIXES
from factlint.extract.tokens import Token

UNRESOLVED = "a date relative to publication, and the document has no published date"

Reader = Callable[[list[Token], int, dt.date | None], DateReading | None]


def _iso_date(tokens: list[Token], i: int, _: dt.date | None) -> DateReading | None:
    return dates.iso_date(tokens, i)


def _year_span(tokens: list[Token], i: int, _: dt.date | None) -> DateReading | None:
    return dates.year_span(tokens, i)


def _fiscal_year(tokens: list[Token], i: int, _: dt.date | None) -> DateReading | None:
    return quarters.fiscal_year(tokens, i)


def _earlier(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    def find(tokens: list[Token], k: int) -> DateReading | None:
        return _plain_date_at(tokens, k, published) or dates.bare_year(tokens, k)

    return anchored_dates.earlier_period(tokens, i, find)


_YEAR_READERS: tuple[Reader, ...] = (_iso_date, _year_span)
_SMALL_NUMBER_READERS: tuple[Reader, ...] = (
    month_ranges.months_to,
    dates.day_led,
    quarters.short_part,
    dates.numeric_date,
    relative_dates.relative,
)
_AGO_READERS: tuple[Reader, ...] = (relative_dates.relative,)
# What may follow a year that starts a date ("2024-10", "2019-2023", "2010s", "2019 to
# 2023") and a number of one or two digits that does ("21 January", "21st", "22-24
# October", "1H24", "21/01/2025", "three months to June", "two years ago").
_AFTER_YEAR = frozenset(
    {"-", "–", "/", "s", "'", "’", "to", "through", "until", "till", "thru", "and"}
)
_AFTER_SMALL_NUMBER = frozenset(
    {
        *MONTHS,
        *ORDINAL_SUFFIXES,
        *relative_dates.AGO_UNITS,
        "-",
        "–",
        "/",
        "h",
        "q",
        "of",
    }
)


def _number_readers(tokens: list[Token], i: int) -> tuple[Reader, ...]:
    """The readers that may start at the numeral at i, judged by its digits and the token
    after it: most numerals are amounts, declined here in a few lookups."""
    if i + 1 >= len(tokens):
        return ()
    text = tokens[i].text
    after = tokens[i + 1].low
    if len(text) == 4:
        return _YEAR_READERS if after in _AFTER_YEAR and text.isdigit() else ()
    if len(text) <= 2:
        return _SMALL_NUMBER_READERS if after in _AFTER_SMALL_NUMBER else ()
    return _AGO_READERS if after in relative_dates.AGO_UNITS else ()


def _weekday_and_date(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """ "Monday, January 12, 2015", "Sunday 19 January": the date that follows a weekday
    says which day it is; the reading spans both."""
    j = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "," else i + 1
    if j >= len(tokens) or not tokens[i].text[0].isupper():
        return None
    reading = _plain_date_at(tokens, j, published)
    if reading is None or reading.kind not in ("date", SET_ASIDE):
        return None
    return reading


def _readers_by_word() -> dict[str, tuple[Reader, ...]]:
    """Each opening word with its readers, in the order they are tried."""
    table: list[tuple[Iterable[str], Reader]] = [
        ((*ONES, "year", "quarter", "half", "fiscal", "financial"), month_ranges.months_to),
        (MONTHS, relative_dates.month_of_shifted_year),
        (MONTHS, month_ranges.month_range),
        (("first",), month_ranges.first_months),
        (("fiscal", "financial"), quarters.fiscal_year_ended),
        (("fiscal", "financial", "fy"), _fiscal_year),
        (MONTHS, dates.month_led),
        (quarters.QUARTER_OPENERS, quarters.quarter),
        (relative_dates.WEEKDAY_OPENERS, _weekday_and_date),
        (relative_dates.IN_NAME_OPENERS, relative_dates.in_name),
        (relative_dates.WEEKDAY_OPENERS, relative_dates.weekday),
        (relative_dates.OPENERS, relative_dates.relative),
        (("full", "year"), relative_dates.full_year),
        (("mid",), month_ranges.mid_years),
    ]
    readers: dict[str, tuple[Reader, ...]] = {}
    for words, reader in table:
        for word in words:
            readers[word] = (*readers.get(word, ()), reader)
    return readers


_WORD_READERS = _readers_by_word()


def _with_anchored(readers: dict[str, tuple[Reader, ...]]) -> dict[str, tuple[Reader, ...]]:
    """``readers`` and, after them, the reader of periods relative to another period of
    the sentence ("a year earlier") for the words that open one."""
    table = dict(readers)
    for word in anchored_dates.OPENERS:
        table[word] = (*readers.get(word, ()), _earlier)
    return table


_ALL_WORD_READERS = _with_anchored(_WORD_READERS)
OPENERS = frozenset(_ALL_WORD_READERS)


def _readers_at(tokens: list[Token], i: int) -> tuple[Reader, ...]:
    token = tokens[i]
    if token.kind == "word":
        return _ALL_WORD_READERS.get(token.low, ())
    if token.kind == "num":
        return _number_readers(tokens, i)
    return ()


def _first(
    readers: tuple[Reader, ...], tokens: list[Token], i: int, published: dt.date | None
) -> DateReading | None:
    for reader in readers:
        reading = reader(tokens, i, published)
        if reading is not None:
            return reading
    return None


def _plain_date_at(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """A date at token i, leaving out readings relative to other periods."""
    token = tokens[i]
    if token.kind == "num":
        return _first(_number_readers(tokens, i), tokens, i, published)
    if token.kind == "word":
        return _first(_WORD_READERS.get(token.low, ()), tokens, i, published)
    return None


# Two days that differ in year, month and weekday: a reading that comes out the same
# against both does not depend on the published date.
_SOME_DAY = dt.date(2001, 6, 15)
_OTHER_DAY = dt.date(2002, 8, 20)


def date_at(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    """The date or period starting at token i, or None."""
    reading = _date_at(tokens, i, published)
    if reading is None or reading.kind != "date":
        return reading
    window = month_ranges.window_between(
        tokens, i, reading, lambda k: _date_at(tokens, k, published) if k < len(tokens) else None
    )
    return reading if window is None else window


def _date_at(tokens: list[Token], i: int, published: dt.date | None) -> DateReading | None:
    readers = _readers_at(tokens, i)
    if not readers:
        return None
    if published is not None:
        return _first(readers, tokens, i, published)
    reading = _first(readers, tokens, i, _SOME_DAY)
    if reading is None:
        return None
    other = _first(readers, tokens, i, _OTHER_DAY)
    if reading.kind == SET_ASIDE or (
        other is not None and (other.value, other.end) == (reading.value, reading.end)
    ):
        return reading
    return DateReading(SET_ASIDE, UNRESOLVED, reading.lower, reading.upper, reading.end)
