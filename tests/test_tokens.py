"""Splitting text into number, word and symbol tokens with their spans."""

from __future__ import annotations

import pytest

from factlint.extract.tokens import adjacent, phrase_at, tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$245 billion", [("sym", "$"), ("num", "245"), ("word", "billion")]),
        ("1,234,567.89", [("num", "1,234,567.89")]),
        ("1,1,1", [("num", "1"), ("sym", ","), ("num", "1"), ("sym", ","), ("num", "1")]),
        ("12,34", [("num", "12"), ("sym", ","), ("num", "34")]),
        ("1,2345", [("num", "1"), ("sym", ","), ("num", "2345")]),
        ("US$5bn", [("word", "US"), ("sym", "$"), ("num", "5"), ("word", "bn")]),
        ("COVID-19", [("word", "COVID"), ("sym", "-"), ("num", "19")]),
        ("26.3%", [("num", "26.3"), ("sym", "%")]),
        ("2.", [("num", "2"), ("sym", ".")]),
        ("Xi’s", [("word", "Xi"), ("sym", "’"), ("word", "s")]),
        ("", []),
    ],
)
def test_tokenize(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.kind, t.text) for t in tokenize(text)] == expected


def test_tokens_carry_their_spans_and_lower_case() -> None:
    text = "  Trade: $245 Billion"
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.low for t in tokens] == ["trade", ":", "$", "245", "billion"]


def test_adjacent() -> None:
    us, dollar, space_five = tokenize("US$ 5")
    assert adjacent(us, dollar)
    assert not adjacent(dollar, space_five)


PHRASES = {"per cent": "%", "b/d": "bpd", "percent": "%"}


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("per cent of", 2),
        ("percent", 1),
        ("b/d", 3),
        ("per, cent", 0),
        ("per  cent", 0),  # more than one space between words
        ("per", 0),
        ("", 0),
    ],
)
def test_phrase_at(text: str, length: int) -> None:
    assert phrase_at(tokenize(text), 0, PHRASES, 3) == length
