"""Periods as written in references and claims, each a span of days."""

from __future__ import annotations

import datetime as dt

import pytest

from factlint.periods import (
    Period,
    day_period,
    fiscal_label,
    fits_fiscal,
    parse_claim_period,
    parse_period,
    same_length,
    shifted,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("2024-Q1", D(2024, 1, 1), D(2024, 3, 31)),
        ("2024-Q4", D(2024, 10, 1), D(2024, 12, 31)),
        ("2024-H1", D(2024, 1, 1), D(2024, 6, 30)),
        ("2024-H2", D(2024, 7, 1), D(2024, 12, 31)),
        ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("2023-02", D(2023, 2, 1), D(2023, 2, 28)),
        ("2025-01-21", D(2025, 1, 21), D(2025, 1, 21)),
        ("2024-01..2024-11", D(2024, 1, 1), D(2024, 11, 30)),
        ("2021-01-20..2025-01-20", D(2021, 1, 20), D(2025, 1, 20)),
        ("2022..2024-Q1", D(2022, 1, 1), D(2024, 3, 31)),
        ("2010..", D(2010, 1, 1), None),
        (" 2024 ", D(2024, 1, 1), D(2024, 12, 31)),
    ],
)
def test_parse_period(text: str, start: dt.date, end: dt.date | None) -> None:
    period = parse_period(text)
    assert (period.start, period.end) == (start, end)
    assert str(period) == text.strip()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "24",
        "2024-Q5",
        "2024-H3",
        "2024-13",
        "2024-00",
        "2024-02-30",
        "2024-1",
        "Q1-2024",
        "..2024",
        "..",
        "2024..2024-13",
        "2024/01",
        "January 2024",
    ],
)
def test_not_a_period(text: str) -> None:
    with pytest.raises(ValueError, match=r"^not a period \(got .*\); write 2024, 2024-Q1"):
        parse_period(text)


def test_range_that_ends_before_it_starts() -> None:
    with pytest.raises(ValueError, match=r"ends before it starts \(got '2024..2023'\)"):
        parse_period("2024..2023")


@pytest.mark.parametrize(
    ("outer", "inner", "expected"),
    [
        ("2024", "2024-Q1", True),
        ("2024", "2024-12-31", True),
        ("2024", "2024", True),
        ("2024-Q1", "2024", False),
        ("2024", "2023-12..2024-01", False),
        ("2010..", "2024-06", True),
        ("2010..", "2009", False),
        ("2010..", "2012..", True),
        ("2024", "2024..", False),
        ("2021-01-20..2025-01-20", "2025-01-20", True),
        ("2021-01-20..2025-01-20", "2025-01-21", False),
    ],
)
def test_contains(outer: str, inner: str, expected: bool) -> None:
    assert parse_period(outer).contains(parse_period(inner)) is expected


def test_same_span_ignores_how_it_is_written() -> None:
    assert parse_period("2024-H1").same_span(parse_period("2024-01..2024-06"))
    assert parse_period("2024-Q1").same_span(parse_period("2024-01..2024-03"))
    assert not parse_period("2024").same_span(parse_period("2024-H1"))
    assert parse_period("2010..").same_span(parse_period("2010-01.."))


def test_ends_by() -> None:
    assert parse_period("2024").ends_by(D(2025, 1, 13))
    assert not parse_period("2025").ends_by(D(2025, 1, 13))
    assert not parse_period("2010..").ends_by(D(2099, 1, 1))


def test_open_periods_sort_after_closed_ones() -> None:
    periods = [parse_period(p) for p in ("2010..", "2010", "2009", "2010-Q1")]
    assert [str(p) for p in sorted(periods)] == ["2009", "2010-Q1", "2010", "2010.."]


def test_day_period() -> None:
    assert day_period(D(2025, 1, 21)) == Period(D(2025, 1, 21), D(2025, 1, 21), "2025-01-21")


@pytest.mark.parametrize(
    ("text", "months", "expected"),
    [
        ("2024", -12, "2023"),
        ("2024-Q3", -12, "2023-Q3"),
        ("2024-Q1", -3, "2023-Q4"),
        ("2024-03", -1, "2024-02"),
        ("2024-01..2024-11", -12, "2023-01..2023-11"),
        ("2023-04..2024-03", -12, "2022-04..2023-03"),
        ("2024-02-29", -12, "2023-02-28"),
        ("2024-H1", 12, "2025-01..2025-06"),
    ],
)
def test_shifted_keeps_the_span_and_writes_it_as_references_do(
    text: str, months: int, expected: str
) -> None:
    moved = shifted(parse_period(text), months)
    assert str(moved) == expected
    assert moved.same_span(parse_period(expected))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2024", "2021", True),
        ("2024", "2023-04..2024-03", True),
        ("2024-Q3", "2023-Q3", True),
        ("2024-01..2024-07", "2023-01..2023-07", True),
        ("2024", "2024-01..2024-11", False),
        ("2024-02", "2024-03", True),
        ("2024-05-16", "2024-06-01", True),
        ("2024-05-16", "2024-06", False),
    ],
)
def test_same_length(a: str, b: str, expected: bool) -> None:
    assert same_length(parse_period(a), parse_period(b)) is expected


@pytest.mark.parametrize(
    ("wording", "label"),
    [
        ("fiscal 2024", "FY2024"),
        ("Fiscal year 2024", "FY2024"),
        ("FY24", "FY2024"),
        ("FY2023-24", "FY2023-24"),
        ("fiscal 2023/24", "FY2023-24"),
        ("2024", ""),
        ("the first quarter", ""),
    ],
)
def test_fiscal_label(wording: str, label: str) -> None:
    assert fiscal_label(wording) == label


@pytest.mark.parametrize(
    ("claimed", "fact", "fit"),
    [
        ("FY2024", "2023-10..2024-09", 2),
        ("FY2024", "2023-04..2024-03", 2),
        ("FY2024", "2024-04..2025-03", 1),
        ("FY2024", "2024", 0),
        ("FY2024", "2022-10..2023-09", 0),
        ("FY2024", "2024-Q1", 0),
        ("FY2023-24", "2023-04..2024-03", 2),
        ("FY2023-24", "2024-04..2025-03", 0),
    ],
)
def test_fits_fiscal(claimed: str, fact: str, fit: int) -> None:
    wanted = parse_claim_period(claimed)
    assert wanted.fiscal
    assert fits_fiscal(wanted, parse_period(fact)) == fit


def test_a_fiscal_label_is_a_claim_period_not_a_reference_period() -> None:
    assert not parse_claim_period("2024").fiscal
    with pytest.raises(ValueError, match="not a period"):
        parse_period("FY2024")
