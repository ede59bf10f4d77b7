"""Numbers that are not quantities: parts of names, times of day, telephone numbers."""

from __future__ import annotations

import pytest

from factlint.extract.names import AGE, REFERENCE, SCORE, not_a_quantity, telephone_end, url_end
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
        ("call 020 7946 0958", "020", "telephone number"),
        ("call (202) 555-0143", "202", "telephone number"),
        ("the iPhone 16 launch", "16", "part of a name"),
        ("see page 12", "12", REFERENCE),
        ("a phase 3 trial", "3", REFERENCE),
        ("Arsenal won 3-1 at home", "3", SCORE),
        ("a 6-3 ruling", "6", SCORE),
        ("the Senate passed it 52-48", "52", SCORE),
        ("won 6-4, 7-5 on grass", "7", SCORE),
        ("a 45-year-old man", "45", AGE),
        ("he was 67 years old", "67", AGE),
        ("Biden, 82, left", "82", AGE),
        ("the suspect, aged 34, fled", "34", AGE),
        ("retired at the age of 70", "70", AGE),
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
        ("prices rose 3-4 percent", "3"),  # a range, with no word of contests
        ("between 5-7 people", "5"),
        ("Sales, 12, 13 and 14", "12"),  # a list, not an age: no comma after a name
        ("a 2,000 year old city", "2,000"),
        ("the 95 per cent", "95"),
        ("on page twelve, 40 people", "40"),
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


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("See https://www.example.com/search?q=30%25%2020% for more", "https://www.example.com/search?q=30%25%2020%"),
        ("at www.example.org/2024/report-50.", "www.example.org/2024/report-50"),
        ("(http://example.com/a-1)", "http://example.com/a-1"),
    ],
)  # fmt: skip
def test_url_end_runs_to_white_space_and_drops_closing_marks(text: str, address: str) -> None:
    tokens = tokenize(text)
    (i,) = [k for k, t in enumerate(tokens) if t.low in ("http", "https", "www")][:1]
    end = url_end(tokens, i)
    assert end is not None
    assert text[tokens[i].start : tokens[end - 1].end] == address


@pytest.mark.parametrize("text", ["the www of things", "http is a protocol", "www . example"])
def test_url_end_declines_words_that_open_no_address(text: str) -> None:
    tokens = tokenize(text)
    (i,) = [k for k, t in enumerate(tokens) if t.low in ("http", "www")]
    assert url_end(tokens, i) is None


def test_a_telephone_extension_after_a_slash_is_part_of_the_number() -> None:
    tokens = tokenize("+1-222-2222/2222 now")
    assert tokens[telephone_end(tokens, 1) - 1].text == "2222"
    assert telephone_end(tokens, 1) == 8
