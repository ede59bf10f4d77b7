"""Numerals, spelled-out numbers and the interval their precision implies."""

from __future__ import annotations

import pytest

from factlint.extract.numbers import implied_interval, numeral, spelled
from factlint.extract.tokens import tokenize


@pytest.mark.parametrize(
    ("written", "value", "precision"),
    [
        ("245", 245.0, 1.0),
        ("240", 240.0, 10.0),
        ("300", 300.0, 10.0),
        ("1,200", 1200.0, 100.0),
        ("1,234,567", 1234567.0, 1.0),
        ("2.40", 2.4, 0.01),
        ("1.13", 1.13, 0.01),
        ("0", 0.0, 1.0),
        ("0.5", 0.5, 0.1),
    ],
)
def test_numeral_precision_is_the_last_significant_digit(
    written: str, value: float, precision: float
) -> None:
    (token,) = tokenize(written)
    parsed = numeral(token)
    assert parsed is not None
    assert (parsed.value, parsed.precision) == pytest.approx((value, precision))


@pytest.mark.parametrize(
    ("value", "precision", "comparator", "lower", "upper"),
    [
        (245.0, 1.0, "=", 244.5, 245.5),
        (240.0, 10.0, "=", 235.0, 245.0),
        (3.5, 0.1, "=", 3.45, 3.55),
        (5.0, 1.0, "~", 4.25, 5.75),
        (5.0, 1.0, "<~", 4.75, 5.0),
        (5.0, 1.0, ">", 5.0, None),
        (5.0, 1.0, ">=", 5.0, None),
        (5.0, 1.0, "<", None, 5.0),
        (5.0, 1.0, "<=", None, 5.0),
        (-1.1, 0.1, "=", -1.15, -1.05),
        (-5.0, 1.0, "~", -5.75, -4.25),
        (-5.0, 1.0, "<~", -5.0, -4.75),
    ],
)
def test_implied_interval(
    value: float,
    precision: float,
    comparator: str,
    lower: float | None,
    upper: float | None,
) -> None:
    got_lower, got_upper = implied_interval(value, precision, comparator, 0.05, 0.05)
    assert got_lower == (None if lower is None else pytest.approx(lower))
    assert got_upper == (None if upper is None else pytest.approx(upper))


def test_implied_interval_widens_by_the_given_tolerances() -> None:
    assert implied_interval(100.0, 1.0, "~", 0.1, 0.05) == pytest.approx((89.5, 110.5))
    assert implied_interval(100.0, 1.0, "<~", 0.05, 0.2) == pytest.approx((80.0, 100.0))


@pytest.mark.parametrize(
    ("words", "value", "precision", "length"),
    [
        ("two", 2.0, 1.0, 1),
        ("twenty", 20.0, 1.0, 1),
        ("twenty-five", 25.0, 1.0, 3),
        ("twenty five", 25.0, 1.0, 2),
        ("three hundred", 300.0, 10.0, 2),
        ("three hundred and ten", 310.0, 1.0, 4),
        ("two thousand five hundred", 2500.0, 100.0, 4),
        ("twenty-one thousand five hundred", 21500.0, 100.0, 6),
        ("one hundred and twenty-three", 123.0, 1.0, 6),
        ("ninety-nine", 99.0, 1.0, 3),
    ],
)
def test_spelled_reads_number_words(
    words: str, value: float, precision: float, length: int
) -> None:
    tokens = tokenize(words + " people")
    number = spelled(tokens, 0)
    assert number is not None
    assert (number.value, number.precision, number.end) == (value, precision, length)


@pytest.mark.parametrize(
    ("words", "value", "end"),
    [
        ("two billion dollars", 2.0, 1),  # the scale is left to the caller
        ("two thousand people", 2.0, 1),  # "thousand" not followed by a number is a scale
        ("five six", 5.0, 1),  # two numbers, not one
        ("twenty twenty", 20.0, 1),
        ("three hundred and", 300.0, 2),  # a dangling "and" is not part of the number
        ("twenty-", 20.0, 1),
    ],
)
def test_spelled_stops_where_the_number_ends(words: str, value: float, end: int) -> None:
    number = spelled(tokenize(words), 0)
    assert number is not None
    assert (number.value, number.end) == (value, end)


@pytest.mark.parametrize("words", ["people", "hundred", "and five", "-", ""])
def test_spelled_needs_a_number_word_first(words: str) -> None:
    assert spelled(tokenize(words), 0) is None
