"""Record wording around an amount: "a record $5bn", "the highest since 2008"."""

from __future__ import annotations

import pytest

from factlint.extract import extract, scan
from factlint.extract.records import RECORD_WORDS


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


@pytest.mark.parametrize(
    ("sentence", "text", "record", "reach"),
    [
        ("It posted a record $5bn profit.", "$5bn", "high", ("ever", 0, "", False, "")),
        ("Unemployment hit an all-time high of 5.2%.", "5.2%", "high", ("ever", 0, "", False, "")),
        ("Sales rose to $3bn, the most on record.", "$3bn", "high", ("ever", 0, "", False, "")),
        ("Inflation reached 9.1%, the highest since 1981.", "9.1%", "high",
         ("since", 0, "", False, "")),
        ("Output hit 5 million tonnes, its highest since the series began.", "5 million tonnes",
         "high", ("began", 0, "", False, "")),
        ("Output hit 5 million tonnes, the most since records began in 1990.",
         "5 million tonnes", "high", ("began", 0, "", False, "")),
        ("Inflation hit a 15-year low of 1.2% in 2024.", "1.2%", "low",
         ("span", 15, "year", False, "")),
        ("Inflation fell to 2.1%, a three-year low.", "2.1%", "low", ("span", 3, "year", False, "")),
        ("Sales rose to $3bn, a seven-month high.", "$3bn", "high",
         ("span", 7, "month", False, "")),
        ("The index hit 5,800, a decade high.", "5,800", "high", ("span", 10, "year", False, "")),
        ("The deficit hit 6%, the highest in more than two decades.", "6%", "high",
         ("span", 20, "year", True, "")),
        ("Exports were $90 billion in 2024, the lowest in more than a decade.", "$90 billion",
         "low", ("span", 10, "year", True, "")),
        ("Prices hit 3.9%, the highest in nearly 40 years.", "3.9%", "high",
         ("span", 39, "year", False, "")),
        ("The rate hit 3.4%, the lowest in living memory.", "3.4%", "low",
         ("unknown", 0, "", False, "")),
        ("GDP fell 0.3% in 2024, the first fall in five years.", "0.3%", "",
         ("span", 5, "year", False, "fall")),
        ("GDP fell 0.3% in 2024, its first annual decline since 2019.", "0.3%", "",
         ("since", 0, "", False, "fall")),
        ("Prices rose 2%, the first rise in 10 months.", "2%", "", ("span", 10, "month", False, "rise")),
        ("Exports topped $100 billion for the first time since 2008.", "$100 billion", "",
         ("since", 0, "", False, "first")),
        ("Exports topped $100 billion for the first time.", "$100 billion", "",
         ("ever", 0, "", False, "first")),
    ],
)  # fmt: skip
def test_record_wording_says_how_far_back_it_reaches(
    sentence: str, text: str, record: str, reach: tuple[str, int, str, bool, str]
) -> None:
    (mention,) = [m for m in extract(sentence) if m.text == text]
    assert mention.record == record
    assert mention.reach is not None
    found = mention.reach
    assert (found.kind, found.count, found.unit, found.more, found.event) == reach


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Profit rose 5%, the first rise of the year.", "5%"),
        ("Inflation reached 9.1%, the highest in the euro zone.", "9.1%"),
        ("Sales rose 5% to $3bn, the highest since 2019.", "5%"),
        ("Turnout topped 60% for the first time in Paris.", "60%"),
    ],
)
def test_no_reach_without_record_wording(sentence: str, text: str) -> None:
    (mention,) = [m for m in extract(sentence) if m.text == text]
    assert mention.reach is None


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        ("Inflation hit a 15-year low of 1.2% in 2024.", ["15"]),
        ("GDP fell 0.3% in 2024, the first fall in five years.", ["first", "five years"]),
        ("The deficit hit 6%, the highest in more than two decades.", ["two decades"]),
        ("Oil prices hit a 14-year high on 7 March 2022.", ["14"]),
    ],
)
def test_the_numbers_of_record_wording_are_no_claims(sentence: str, aside: list[str]) -> None:
    found = scan(sentence)
    assert [s.text for s in found.skipped if s.reason == RECORD_WORDS] == aside
    assert not {m.text for m in found.mentions} & set(aside)


def test_the_year_records_began_in_is_where_the_record_is_counted_from() -> None:
    mentions = extract("Output hit 5 million tonnes, the most since records began in 1990.")
    year = mentions[-1]
    assert (year.text, year.role, year.comparator) == ("1990", "baseline", ">=")
    assert extract("Work began in 1990.")[0].role == ""
