"""Dates and periods, resolved against the published date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factlint.extract import dates
from factlint.extract.tokens import Token, tokenize

PUBLISHED = dt.date(2025, 1, 21)  # a Tuesday

Reader = Callable[[list[Token], int, dt.date | None], dates.DateReading | None]


def read(reader: Reader, text: str, published: dt.date | None = PUBLISHED) -> tuple[str, ...]:
    tokens = tokenize(text)
    reading = reader(tokens, 0, published)
    assert reading is not None, text
    end = tokens[reading.end - 1].end
    return (
        reading.kind,
        reading.value,
        reading.lower.isoformat(),
        reading.upper.isoformat(),
        text[:end],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "January 21, 2025 was",
            ("date", "2025-01-21", "2025-01-21", "2025-01-21", "January 21, 2025"),
        ),
        ("Jan. 21 was", ("date", "2025-01-21", "2025-01-21", "2025-01-21", "Jan. 21")),
        ("Sept. 11, 2001", ("date", "2001-09-11", "2001-09-11", "2001-09-11", "Sept. 11, 2001")),
        ("February 2022 saw", ("period", "2022-02", "2022-02-01", "2022-02-28", "February 2022")),
        ("February 2024", ("period", "2024-02", "2024-02-01", "2024-02-29", "February 2024")),
        ("December saw", ("period", "2024-12", "2024-12-01", "2024-12-31", "December")),
        ("January saw", ("period", "2025-01", "2025-01-01", "2025-01-31", "January")),
        ("May 2024", ("period", "2024-05", "2024-05-01", "2024-05-31", "May 2024")),
        ("May 5", ("date", "2024-05-05", "2024-05-05", "2024-05-05", "May 5")),
    ],
)
def test_month_led(text: str, expected: tuple[str, ...]) -> None:
    assert read(dates.month_led, text) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("May is here", PUBLISHED),  # "May" alone is too often the verb
        ("january 2024", PUBLISHED),  # month names are capitalised
        ("February 30, 2024", PUBLISHED),  # no such day
        ("Jan. 21", None),  # no year and nothing to guess it from
        ("Dec saw", PUBLISHED),  # an abbreviation alone is not a month
        ("Marching on", PUBLISHED),
    ],
)
def test_month_led_declines(text: str, published: dt.date | None) -> None:
    assert dates.month_led(tokenize(text), 0, published) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21 January 2025", ("date", "2025-01-21", "2025-01-21", "2025-01-21", "21 January 2025")),
        ("21st January", ("date", "2025-01-21", "2025-01-21", "2025-01-21", "21st January")),
        (
            "21st of January 2025",
            ("date", "2025-01-21", "2025-01-21", "2025-01-21", "21st of January 2025"),
        ),
        ("3 Dec", ("date", "2024-12-03", "2024-12-03", "2024-12-03", "3 Dec")),
    ],
)
def test_day_led(text: str, expected: tuple[str, ...]) -> None:
    assert read(dates.day_led, text) == expected


@pytest.mark.parametrize("text", ["32 January 2025", "21 people", "2025 January", "31 April 2024"])
def test_day_led_declines(text: str) -> None:
    assert dates.day_led(tokenize(text), 0, PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-01-21", ("date", "2025-01-21", "2025-01-21", "2025-01-21", "2025-01-21")),
        ("2024-10 data", ("period", "2024-10", "2024-10-01", "2024-10-31", "2024-10")),
    ],
)
def test_iso_date(text: str, expected: tuple[str, ...]) -> None:
    assert read(lambda tokens, i, _: dates.iso_date(tokens, i), text) == expected


@pytest.mark.parametrize("text", ["2025-13", "2025-1-21", "2025 - 01", "1700-01-01", "20250121"])
def test_iso_date_declines(text: str) -> None:
    assert dates.iso_date(tokenize(text), 0) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q3 2024", ("period", "2024-Q3", "2024-07-01", "2024-09-30", "Q3 2024")),
        ("Q1 sales", ("period", "2025-Q1", "2025-01-01", "2025-03-31", "Q1")),
        ("Q4 sales", ("period", "2024-Q4", "2024-10-01", "2024-12-31", "Q4")),
        ("H1 2024", ("period", "2024-H1", "2024-01-01", "2024-06-30", "H1 2024")),
        ("H2 results", ("period", "2024-H2", "2024-07-01", "2024-12-31", "H2")),
        (
            "third quarter of 2023",
            ("period", "2023-Q3", "2023-07-01", "2023-09-30", "third quarter of 2023"),
        ),
        ("fourth quarter", ("period", "2024-Q4", "2024-10-01", "2024-12-31", "fourth quarter")),
        (
            "first half of 2024",
            ("period", "2024-H1", "2024-01-01", "2024-06-30", "first half of 2024"),
        ),
    ],
)
def test_quarter(text: str, expected: tuple[str, ...]) -> None:
    assert read(dates.quarter, text) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Q5 2024", PUBLISHED),
        ("H3 2024", PUBLISHED),
        ("Q 3", PUBLISHED),
        ("Q3", None),
        ("third half", PUBLISHED),
    ],
)
def test_quarter_declines(text: str, published: dt.date | None) -> None:
    assert dates.quarter(tokenize(text), 0, published) is None


@pytest.mark.parametrize(
    ("published", "day", "expected"),
    [
        (dt.date(2025, 1, 21), "Tuesday", "2025-01-21"),
        (dt.date(2025, 1, 23), "Tuesday", "2025-01-21"),
        (dt.date(2025, 1, 20), "Tuesday", "2025-01-14"),
        (dt.date(2025, 1, 21), "Monday", "2025-01-20"),
        (dt.date(2025, 1, 21), "Wednesday", "2025-01-15"),
        (dt.date(2025, 1, 21), "Sunday", "2025-01-19"),
    ],
)
def test_weekday_is_the_latest_up_to_publication(
    published: dt.date, day: str, expected: str
) -> None:
    assert read(dates.weekday, day, published)[:2] == ("date", expected)


@pytest.mark.parametrize(("text", "published"), [("Tuesday", None), ("tuesday", PUBLISHED)])
def test_weekday_declines(text: str, published: dt.date | None) -> None:
    assert dates.weekday(tokenize(text), 0, published) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", ("date", "2025-01-20", "2025-01-20", "2025-01-20", "yesterday")),
        ("today", ("date", "2025-01-21", "2025-01-21", "2025-01-21", "today")),
        ("last year", ("period", "2024", "2024-01-01", "2024-12-31", "last year")),
        ("This year", ("period", "2025", "2025-01-01", "2025-12-31", "This year")),
        ("next year", ("period", "2026", "2026-01-01", "2026-12-31", "next year")),
        ("last month", ("period", "2024-12", "2024-12-01", "2024-12-31", "last month")),
        ("next month", ("period", "2025-02", "2025-02-01", "2025-02-28", "next month")),
    ],
)
def test_relative(text: str, expected: tuple[str, ...]) -> None:
    assert read(dates.relative, text) == expected


@pytest.mark.parametrize(("text", "published"), [("last year", None), ("last week", PUBLISHED)])
def test_relative_declines(text: str, published: dt.date | None) -> None:
    assert dates.relative(tokenize(text), 0, published) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2010s", ("period", "2010..2019", "2010-01-01", "2019-12-31", "2010s")),
        ("1990's", ("period", "1990..1999", "1990-01-01", "1999-12-31", "1990's")),
        ("2019-2023", ("period", "2019..2023", "2019-01-01", "2023-12-31", "2019-2023")),
        ("2024-25", ("period", "2024..2025", "2024-01-01", "2025-12-31", "2024-25")),
        ("2023/24", ("period", "2023..2024", "2023-01-01", "2024-12-31", "2023/24")),
        ("2019 to 2023", ("period", "2019..2023", "2019-01-01", "2023-12-31", "2019 to 2023")),
    ],
)
def test_year_span(text: str, expected: tuple[str, ...]) -> None:
    assert read(lambda tokens, i, _: dates.year_span(tokens, i), text) == expected


def test_year_span_with_and_needs_between() -> None:
    tokens = tokenize("between 2020 and 2024")
    reading = dates.year_span(tokens, 1)
    assert reading is not None
    assert (reading.value, reading.end) == ("2020..2024", 4)
    assert dates.year_span(tokenize("2020 and 2024"), 0) is None


@pytest.mark.parametrize(
    "text", ["2019-18", "2015s", "2024 - 2025", "2024", "2024 to 2024", "1799-1800"]
)
def test_year_span_declines(text: str) -> None:
    assert dates.year_span(tokenize(text), 0) is None


def test_year_value_and_month_end() -> None:
    assert dates.year_value(2024) == dates.DateReading(
        "period", "2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), 0
    )
    assert dates.month_end(2024, 2) == dt.date(2024, 2, 29)
    assert dates.month_end(2023, 2) == dt.date(2023, 2, 28)
    assert dates.month_end(2024, 12) == dt.date(2024, 12, 31)
