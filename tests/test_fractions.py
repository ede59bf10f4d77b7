"""Fractions in words read as shares, and fractions of a scale or unit read as amounts."""

from __future__ import annotations

import pytest

from factlint.extract import extract
from factlint.extract.fractions import share_interval


@pytest.mark.parametrize(
    ("numerator", "denominator", "lower", "upper"),
    [
        (1, 2, 45.0, 55.0),  # between 2/5 and 3/5
        (1, 3, 29.1667, 36.6667),  # between 1/4 and 2/5
        (2, 3, 63.3333, 70.8333),  # between 3/5 and 3/4
        (1, 4, 22.5, 29.1667),
        (3, 4, 70.8333, 77.5),
        (1, 5, 18.3333, 22.5),  # between 1/6 and 1/4
        (1, 10, 9.5455, 10.5556),  # between 1/11 and 1/9
        (3, 10, 29.2857, 31.6667),  # between 2/7 and 1/3
        (9, 10, 89.4444, 90.4545),
        (1, 100, 0.995, 1.0051),
        (1, 50_000, 0.001, 0.003),  # beyond the Farey table: the numerator's rounding
    ],
)
def test_a_share_covers_what_rounds_to_its_fraction(
    numerator: int, denominator: int, lower: float, upper: float
) -> None:
    got = share_interval(numerator, denominator)
    assert got == pytest.approx((lower, upper), abs=1e-4)
    assert got[0] < 100 * numerator / denominator < got[1]


def test_neighbouring_shares_do_not_overlap() -> None:
    """A share is read as one fraction: "a quarter" and "a third" never both fit it."""
    quarter, third, half = share_interval(1, 4), share_interval(1, 3), share_interval(1, 2)
    assert quarter[1] <= third[0] + 1e-9
    assert third[1] <= half[0]


def only(sentence: str) -> tuple[str, float, str, str]:
    (mention,) = [m for m in extract(sentence) if m.kind in ("percent", "multiple")]
    assert isinstance(mention.value, float)
    return mention.text, round(mention.value, 2), mention.comparator, mention.growth


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One in five adults smokes.", ("One in five", 20.0, "~", "")),
        ("Three out of ten firms agreed.", ("Three out of ten", 30.0, "~", "")),
        ("A third of the staff left.", ("A third", 33.33, "~", "")),
        ("Two-thirds of voters agreed.", ("Two-thirds", 66.67, "~", "")),
        ("More than half of the loans soured.", ("half", 50.0, ">", "")),
        ("Nearly half the money was spent.", ("half", 50.0, "<", "")),
        ("Sales fell by a third.", ("a third", -33.33, "~", "fall")),
        ("Profit rose by a quarter last year.", ("a quarter", 25.0, "~", "rise")),
        ("The party won a two-thirds majority.", ("two-thirds", 66.67, "~", "")),
    ],
)
def test_reads_a_share(sentence: str, expected: tuple[str, float, str, str]) -> None:
    assert only(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Revenue rose in the first half.",
        "The half-year results were strong.",
        "A year and a half later the plant closed.",
        "She won a third term.",
        "Output fell in two quarters of the past three.",
        "Profit rose in the first three quarters of 2024.",
        "A quarter of a century has passed.",
        "The One in Five Foundation held a gala.",
        "The other half of the money went to schools.",
        "They cut the cake in half.",
    ],
)
def test_no_share_where_a_fraction_names_something_else(sentence: str) -> None:
    shares = [m.text for m in extract(sentence) if m.kind == "percent" and m.unit == "%"]
    assert shares == []


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value", "unit"),
    [
        ("Some half a million people fled.", "half a million", "number", 0.5, "million"),
        ("It took half an hour.", "half an hour", "quantity", 0.5, "hour"),
        (
            "A quarter of a million people marched.",
            "A quarter of a million",
            "number",
            0.25,
            "million",
        ),
        (
            "Rates rose by half a percentage point.",
            "half a percentage point",
            "percent",
            0.5,
            "percentage point",
        ),
        ("The flight took one-and-a-half hours.", "one-and-a-half hours", "quantity", 1.5, "hour"),
        ("Two and a half years later it closed.", "Two and a half years", "quantity", 2.5, "year"),
        (
            "He earned one and a half million dollars.",
            "one and a half million dollars",
            "money",
            1.5,
            "million USD",
        ),
    ],
)
def test_a_fraction_of_a_scale_or_unit_is_an_amount(
    sentence: str, text: str, kind: str, value: float, unit: str
) -> None:
    (mention,) = [m for m in extract(sentence) if m.text == text]
    assert (mention.kind, mention.unit) == (kind, unit)
    assert mention.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Raceway Park is a 1/4 mile paved oval.", "1/4 mile", 0.25, "mile"),
        ("Drill a 1/4 inch hole first.", "1/4 inch", 0.25, "inch"),
        ("It takes 10 1/2 miles of cable.", "10 1/2 miles", 10.5, "mile"),
        ("The coast eroded 3/4 of a mile.", "3/4 of a mile", 0.75, "mile"),
        ("A 2/3 majority is needed.", "2/3", 2 / 3, ""),
    ],
)
def test_a_slashed_fraction_is_read_whole(
    sentence: str, text: str, value: float, unit: str
) -> None:
    (mention,) = [m for m in extract(sentence) if "/" in m.text]
    assert (mention.text, mention.unit) == (text, unit)
    assert mention.value == pytest.approx(value)


@pytest.mark.parametrize(
    "sentence",
    [
        "The hotline is open 24/7.",
        "The 9/11 attacks changed air travel.",
        "Odds were 3/1 against the champion.",
        "The vote split 50/50 in the end.",
    ],
)
def test_a_slash_that_makes_no_fraction_reads_no_number(sentence: str) -> None:
    """ "24/7" is neither 24 nor 7, nor 24 sevenths: it is set aside whole."""
    assert [m.text for m in extract(sentence) if m.kind != "date"] == []
