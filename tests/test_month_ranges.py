"""Parts of a year are read exactly, so they never meet full-year figures."""

from __future__ import annotations

import datetime as dt

import pytest

from factlint.extract import extract

PUBLISHED = dt.date(2025, 1, 21)


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "Trade reached $222 billion in January-November 2024.",
            "January-November 2024",
            "2024-01..2024-11",
        ),
        ("Trade reached $222 billion in Jan-Nov 2024.", "Jan-Nov 2024", "2024-01..2024-11"),
        ("Exports rose from January to July 2023.", "January to July 2023", "2023-01..2023-07"),
        ("Sales fell between March and June 2024.", "March and June 2024", "2024-03..2024-06"),
        (
            "Trade reached $222 billion in the first 11 months of 2024.",
            "first 11 months of 2024",
            "2024-01..2024-11",
        ),
        ("In the first eight months, sales fell.", "first eight months", "2024-01..2024-08"),
        ("In January to July, trade rose.", "January to July", "2024-01..2024-07"),
    ],
)
def test_parts_of_a_year(sentence: str, text: str, value: str) -> None:
    periods = [(m.text, m.value) for m in extract(sentence, PUBLISHED) if m.kind == "period"]
    assert periods == [(text, value)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the first of many.",
        "From July to January, nothing.",
        "January and July 2024 differ.",
    ],
)
def test_not_parts_of_a_year(sentence: str) -> None:
    assert all(".." not in str(m.value) for m in extract(sentence, PUBLISHED))


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "GDP grew 4.8% in the first three quarters of 2024.",
            "first three quarters of 2024",
            "2024-01..2024-09",
        ),
        ("Sales rose in the first two quarters.", "first two quarters", "2024-01..2024-06"),
    ],
)
def test_first_quarters(sentence: str, text: str, value: str) -> None:
    periods = [(m.text, m.value) for m in extract(sentence, PUBLISHED) if m.kind == "period"]
    assert periods == [(text, value)]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        (
            "The shortfall for the 12 months that ended on Sept. 30 was $138 billion.",
            "12 months that ended on Sept. 30",
            "2023-10..2024-09",
        ),
        (
            "Sales rose in the year ended in June 2024.",
            "year ended in June 2024",
            "2023-07..2024-06",
        ),
        (
            "Revenue in the three months which ended on March 31, 2024, rose.",
            "three months which ended on March 31, 2024",
            "2024-01..2024-03",
        ),
    ],
)
def test_a_window_that_ended_on_a_day_is_its_months(sentence: str, text: str, value: str) -> None:
    periods = [(m.text, m.value) for m in extract(sentence, PUBLISHED) if m.kind == "period"]
    assert periods == [(text, value)]
