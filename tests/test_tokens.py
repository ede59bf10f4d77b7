"""Splitting text into number, word and symbol tokens with their spans."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.extract.tokens import LONG_RUN, adjacent, phrase_at, tokenize


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
        # A letter and a number glued once are read apart; alternating twice is a code.
        ("G20", [("word", "G"), ("num", "20")]),
        ("Q3", [("word", "Q"), ("num", "3")]),
        ("USD5bn", [("word", "USD"), ("num", "5"), ("word", "bn")]),
        ("H1N1", [("code", "H1N1")]),
        ("Q1Q1Q1", [("code", "Q1Q1Q1")]),
        ("A320neo", [("word", "A"), ("num", "320"), ("word", "neo")]),
        # Three or more of one sign are one token; two stay apart.
        ("$$$$5", [("sym", "$$$$"), ("num", "5")]),
        ("...", [("sym", "...")]),
        ("--", [("sym", "-"), ("sym", "-")]),
        ("3--4", [("num", "3"), ("sym", "-"), ("sym", "-"), ("num", "4")]),
        # A run of digits and separators no one writes as a number is one long token.
        ("1," * 20 + "1", [("long", "1," * 20 + "1")]),
        ("1," * 19 + "1", [("num", "1"), ("sym", ",")] * 19 + [("num", "1")]),
        ("7" * 50 + " 5", [("long", "7" * 50), ("num", "5")]),
        ("1,000,000,000.25", [("num", "1,000,000,000.25")]),
    ],
)
def test_tokenize(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t.kind, t.text) for t in tokenize(text)] == expected


def test_a_long_run_starts_at_the_limit() -> None:
    assert [t.kind for t in tokenize("7" * LONG_RUN)] == ["long"]
    assert [t.kind for t in tokenize("7" * (LONG_RUN - 1))] == ["num"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("1,.$-Q H5%ab\u00e9\n\u2019_"), max_size=120) | st.text())
def test_tokens_cover_the_text_in_order(text: str) -> None:
    """Every character is in exactly one token or is white space between tokens."""
    position = 0
    for token in tokenize(text):
        assert text[position : token.start].strip() == ""
        assert text[token.start : token.end] == token.text
        assert token.low == token.text.lower()
        assert token.kind in ("num", "word", "sym", "code", "long")
        position = token.end
    assert text[position:].strip() == ""


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
        ("per cent per cent", 2),
        ("cent", 0),  # the second word of a phrase does not start one
    ],
)
def test_phrase_at(text: str, length: int) -> None:
    assert phrase_at(tokenize(text), 0, PHRASES, 3) == length
