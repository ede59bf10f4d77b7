"""Numbers that are not quantities: parts of names, times of day, telephone numbers."""

from __future__ import annotations

import pytest

from factlint.extract.names import not_a_quantity, telephone_end
from factlint.extract.tokens import tokenize


def reason_for(text: str, number: str) -> str | None:
    tokens = tokenize(text)
    (i,) = [k for k, t in enumerate(tokens) if t.text == number]
    return not_a_quantity(tokens, i)


@pytest.mark.parametrize(
    ("text", "number", "reason"),
    [
        ("the Power of Siberia 2 pipeline", "2", "part of a name"),
        ("COVID-19 cases", "19", "part of a name"),
        ("the G20 summit", "20", "part of a name"),
        ("a Boeing 737 jet", "737", "part of a name"),
        ("F-16 jets", "16", "part of a name"),
        ("under Article 5", "5", "part of a name"),
        ("see Section 5", "5", "part of a name"),
        ("in Table 3", "3", "part of a name"),
        ("the 5G network", "5", "part of a name"),
        ("at 2.15pm", "2.15", "time of day"),
        ("at 10:30", "10", "time of day"),
        ("at 9 am", "9", "time of day"),
        ("at 3 p.m.", "3", "time of day"),
        ("at 14:00 GMT", "14", "time of day"),
        ("call +7 495 123 4567", "7", "telephone number"),
    ],
)
def test_not_a_quantity(text: str, number: str, reason: str) -> None:
    assert reason_for(text, number) == reason


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("trade of $245 billion", "245"),
        ("in 2024", "2024"),
        ("In 2024", "2024"),
        ("About 50 people", "50"),
        ("USD 3.5 million", "3.5"),
        ("January 21", "21"),
        ("on Tuesday 3 people", "3"),
        ("the 47th president", "47"),
        ("in the 1990s", "1990"),
        ("Russia 5 billion", "5"),  # a scale word after the number makes it an amount
        ("Gazprom 38 bcm", "38"),
        ("5bn euros", "5"),
        ("5% growth", "5"),
        ("5 - 3", "5"),
    ],
)
def test_quantities_are_not_set_aside(text: str, number: str) -> None:
    assert reason_for(text, number) is None


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("+7 495 123 4567 for details", "7 495 123 4567"),
        ("+1-202-555-0143.", "1-202-555-0143"),
        ("+44 (0)20 7946 0958, or", "44 (0)20 7946 0958"),
        ("+7 495  123", "7 495"),  # two spaces end the number
        ("+7-", "7"),
    ],
)
def test_telephone_end(text: str, digits: str) -> None:
    tokens = tokenize(text)
    end = telephone_end(tokens, 1)
    assert text[tokens[1].start : tokens[end - 1].end] == digits
