"""Record wording around an amount: "a record $5bn", "the highest since 2008"."""

from __future__ import annotations

import pytest

from factlint.extract import extract


@pytest.mark.parametrize(
    ("sentence", "text", "record"),
    [
        ("It posted a record $5bn profit.", "$5bn", "high"),
        ("Unemployment hit an all-time high of 5.2%.", "5.2%", "high"),
        ("Unemployment hit an all time low of 3.4%.", "3.4%", "low"),
        ("The yield hit a record low of 0.5%.", "0.5%", "low"),
        ("Exports rose to a record 3.6 trillion yuan.", "3.6 trillion yuan", "high"),
        ("Rates hit a record-high 12%.", "12%", "high"),
        ("Profit reached a new record of $2.1 billion.", "$2.1 billion", "high"),
        ("Inflation reached 9.1%, the highest since 1981.", "9.1%", "high"),
        ("Profit was $1.2 billion, the lowest since 2016.", "$1.2 billion", "low"),
        ("The index closed at 5,800, an all-time high.", "5,800", "high"),
        ("Sales rose to $3bn, a record.", "$3bn", "high"),
        ("Output fell to 1.1 million tonnes, a record low.", "1.1 million tonnes", "low"),
        ("Rents rose 7 per cent, the fastest pace since 1989.", "7 per cent", "high"),
        ("Shares fell 4%, the biggest drop since 2020.", "4%", "low"),
        ("Births fell to 600,000, the fewest on record.", "600,000", "low"),
        ("Imports hit $9bn, the most in a decade.", "$9bn", "high"),
        ("Turnout was more than half, a record.", "half", "high"),
        ("Oil hit $130 a barrel in March, its highest since 2008.", "$130 a barrel", "high"),
        ("The deficit hit 6%, the highest in more than two decades.", "6%", "high"),
        ("Sales more than doubled, the biggest jump ever.", "doubled", "high"),
    ],
)
def test_record_wording_marks_the_amount(sentence: str, text: str, record: str) -> None:
    (mention,) = [m for m in extract(sentence) if m.text == text]
    assert mention.record == record


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("He has a track record of 30 years in banking.", "30 years"),
        ("Sales reached a near-record $5bn.", "$5bn"),
        ("Inflation reached 9.1%, the highest in the euro zone.", "9.1%"),
        ("Profit rose 5%, the company said.", "5%"),
        ("The fund, the largest in Asia, holds $3bn.", "$3bn"),
        ("Sales rose 5% to $3bn, the highest since 2019.", "5%"),
    ],
)
def test_no_record_without_record_wording(sentence: str, text: str) -> None:
    (mention,) = [m for m in extract(sentence) if m.text == text]
    assert mention.record == ""


def test_a_record_keeps_the_value_and_interval_and_the_baseline_year() -> None:
    mentions = extract("Inflation reached 9.1%, the highest since 1981.")
    rate, year = mentions
    assert rate.value == 9.1
    assert rate.lower == pytest.approx(9.05)
    assert rate.upper == pytest.approx(9.15)
    assert (year.text, year.role) == ("1981", "baseline")
