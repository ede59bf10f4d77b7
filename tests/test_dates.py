"""Dates and periods, resolved against the published date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from factlint.extract import dates, quarters
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
    assert read(quarters.quarter, text) == expected


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
    assert quarters.quarter(tokenize(text), 0, published) is None


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 12th saw", ("date", "2024-04-12", "2024-04-12", "2024-04-12", "April 12th")),
        (
            "October 22-24, 2024",
            (
                "period",
                "2024-10-22..2024-10-24",
                "2024-10-22",
                "2024-10-24",
                "October 22-24, 2024",
            ),
        ),
        (
            "March 3-5 saw",
            ("period", "2024-03-03..2024-03-05", "2024-03-03", "2024-03-05", "March 3-5"),
        ),
    ],
)
def test_month_led_days_and_day_ranges(text: str, expected: tuple[str, ...]) -> None:
    assert read(dates.month_led, text) == expected


def test_a_day_range_must_run_forward() -> None:
    reading = dates.month_led(tokenize("March 5-3"), 0, PUBLISHED)
    assert reading is not None and (reading.value, reading.end) == ("2024-03-05", 2)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The bank will meet on March 19.", "2025-03-19"),
        ("The vote is due on 3 March.", "2025-03-03"),
        ("The bank met on March 19.", "2024-03-19"),
        ("Talks are scheduled for January 10.", "2026-01-10"),
    ],
)
def test_a_day_without_a_year_in_the_future_tense_is_ahead(sentence: str, value: str) -> None:
    tokens = tokenize(sentence)
    readings = [
        reader(tokens, i, PUBLISHED)
        for i in range(len(tokens))
        for reader in (dates.month_led, dates.day_led)
    ]
    assert [r.value for r in readings if r is not None][:1] == [value]


def test_day_led_range() -> None:
    assert read(dates.day_led, "22-24 October 2024") == (
        "period",
        "2024-10-22..2024-10-24",
        "2024-10-22",
        "2024-10-24",
        "22-24 October 2024",
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [("21/01/2025", "2025-01-21"), ("01/21/2025", "2025-01-21"), ("31/12/2024", "2024-12-31")],
)
def test_numeric_date_where_the_order_is_plain(text: str, value: str) -> None:
    reading = dates.numeric_date(tokenize(text), 0, PUBLISHED)
    assert reading is not None and (reading.kind, reading.value, reading.end) == ("date", value, 5)


@pytest.mark.parametrize("text", ["03/04/2025", "21/13/2025", "21 / 01 / 2025", "21/01"])
def test_numeric_date_declines(text: str) -> None:
    assert dates.numeric_date(tokenize(text), 0, PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("2021 through 2025", "2021..2025"), ("2019 until 2022", "2019..2022")],
)
def test_year_span_words(text: str, value: str) -> None:
    reading = dates.year_span(tokenize(text), 0)
    assert reading is not None and reading.value == value


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("1H24", "2024-H1", "1H24"),
        ("2H 2024", "2024-H2", "2H 2024"),
        ("3Q24 results", "2024-Q3", "3Q24"),
        ("2Q 2023", "2023-Q2", "2Q 2023"),
    ],
)
def test_short_halves_and_quarters(text: str, value: str, span: str) -> None:
    tokens = tokenize(text)
    reading = quarters.short_part(tokens, 0, PUBLISHED)
    assert reading is not None
    assert (reading.value, text[: tokens[reading.end - 1].end]) == (value, span)


@pytest.mark.parametrize("text", ["3H24", "5Q24", "1H", "1 H24", "2Q people"])
def test_short_parts_decline(text: str) -> None:
    assert quarters.short_part(tokenize(text), 0, PUBLISHED) is None


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("second half of last year", "2024-H2", "second half of last year"),
        ("first quarter of this year", "2025-Q1", "first quarter of this year"),
        ("fourth quarter of next year", "2026-Q4", "fourth quarter of next year"),
        ("third quarter of the year", "2024-Q3", "third quarter"),  # "of" is left alone
    ],
)
def test_quarter_of_a_relative_year(text: str, value: str, span: str) -> None:
    tokens = tokenize(text)
    reading = quarters.quarter(tokens, 0, PUBLISHED)
    assert reading is not None
    assert (reading.value, text[: tokens[reading.end - 1].end]) == (value, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("fiscal second quarter results", "fiscal second quarter"),
        ("fiscal Q2 sales", "fiscal Q2"),
        ("financial first-half profit", "financial first-half"),
    ],
)
def test_a_fiscal_quarter_is_set_aside(text: str, span: str) -> None:
    tokens = tokenize(text)
    reading = quarters.fiscal_year(tokens, 0)
    assert reading is not None
    assert (reading.kind, reading.value) == (dates.SET_ASIDE, quarters.FISCAL_PART)
    assert text[: tokens[reading.end - 1].end] == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("first quarter of fiscal 2025", "first quarter of fiscal 2025"),
        ("second half of its financial year", "second half of its financial year"),
        ("third quarter of the fiscal year", "third quarter of the fiscal year"),
    ],
)
def test_a_quarter_of_a_fiscal_year_is_set_aside(text: str, span: str) -> None:
    tokens = tokenize(text)
    reading = quarters.quarter(tokens, 0, PUBLISHED)
    assert reading is not None and reading.kind == dates.SET_ASIDE
    assert text[: tokens[reading.end - 1].end] == span


def test_a_quarter_after_a_fiscal_year_is_set_aside() -> None:
    tokens = tokenize("fiscal 2025 second half")
    reading = quarters.quarter(tokens, 2, PUBLISHED)
    assert reading is not None and reading.kind == dates.SET_ASIDE
