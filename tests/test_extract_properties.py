"""Properties of the extractor over any text: it never raises, its spans are sound,
and long runs of numbery noise do not make it slow."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.extract import Scan, extract, scan
from factlint.extract.numbers import implied_interval

FRAGMENTS = [
    "1",
    "2024",
    "3.5",
    "1,200",
    "0",
    "-",
    "–",
    "/",
    ":",
    ".",
    ",",
    "%",
    "$",
    "US$",
    "£",
    "€",
    "¥",
    "+",
    "(",
    ")",
    "'s",
    "s",
    "bn",
    "m",
    "k",
    "billion",
    "million",
    "trillion",
    "thousand",
    "hundred",
    "per cent",
    "percentage points",
    "basis points",
    "bps",
    "USD",
    "RMB",
    "euros",
    "yuan",
    "dollars",
    "tonnes",
    "barrels per day",
    "b/d",
    "km",
    "GW",
    "about",
    "nearly",
    "more than",
    "at least",
    "up to",
    "between",
    "and",
    "to",
    "from",
    "since",
    "fell",
    "rose",
    "one",
    "twenty",
    "five",
    "-",
    "first",
    "fifth",
    "th",
    "largest",
    "top",
    "No",
    "number",
    "January",
    "Jan",
    "May",
    "Tuesday",
    "last",
    "year",
    "Q",
    "H",
    "quarter",
    "of",
    "the",
    "pm",
    "a",
    "G",
    "COVID",
    "Article",
]

fragment_texts = st.lists(
    st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(["", " ", " ", "\n"])),
    max_size=40,
).map(lambda parts: "".join(word + gap for word, gap in parts))

publication_dates = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)))


def assert_spans_are_sound(text: str, found: Scan) -> None:
    previous_end = 0
    for mention in found.mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.text == text[mention.start : mention.end]
        assert mention.start >= previous_end, "mentions overlap or are out of order"
        previous_end = mention.end
    previous_end = 0
    for skipped in found.skipped:
        assert 0 <= skipped.start < skipped.end <= len(text)
        assert skipped.text == text[skipped.start : skipped.end]
        assert skipped.start >= previous_end
        previous_end = skipped.end


def assert_intervals_are_ordered(found: Scan) -> None:
    for mention in found.mentions:
        if mention.lower is not None and mention.upper is not None:
            assert type(mention.lower) is type(mention.upper)
            assert mention.lower <= mention.upper, mention  # type: ignore[operator]


@settings(max_examples=200, deadline=None)
@given(st.text(), publication_dates)
def test_any_text_gives_sound_spans(text: str, published: dt.date | None) -> None:
    found = scan(text, published)
    assert_spans_are_sound(text, found)
    assert_intervals_are_ordered(found)


@settings(max_examples=200, deadline=None)
@given(fragment_texts, publication_dates)
def test_numbery_text_gives_sound_spans(text: str, published: dt.date | None) -> None:
    found = scan(text, published)
    assert_spans_are_sound(text, found)
    assert_intervals_are_ordered(found)


@settings(max_examples=200, deadline=None)
@given(fragment_texts)
def test_extract_is_the_mentions_of_scan(text: str) -> None:
    published = dt.date(2025, 1, 21)
    assert extract(text, published) == scan(text, published).mentions


@settings(max_examples=200, deadline=None)
@given(
    st.floats(-1e6, 1e6, allow_nan=False),
    st.sampled_from([0.001, 0.01, 0.1, 1.0, 10.0, 100.0]),
    st.sampled_from(["=", "~", "<~", ">", ">=", "<", "<="]),
)
def test_implied_interval_holds_the_value_and_is_ordered(
    value: float, precision: float, comparator: str
) -> None:
    lower, upper = implied_interval(value, precision, comparator, 0.05, 0.05)
    if lower is not None:
        assert lower <= value
    if upper is not None:
        assert value <= upper


LONG_RUNS = [
    "1,1," * 5000,
    "$" * 20000,
    "more than " * 2000,
    "1-" * 10000,
    "G1" * 10000,
    "+1 " * 7000,
    "twenty-" * 3000,
    "the fifth " * 2000,
    "between 1 and " * 1500,
    "2024-" * 4000,
    "1 to " * 5000,
    "Jan. " * 4000,
    "1.1." * 5000,
    "$1bn-" * 4000,
]


@pytest.mark.parametrize("text", LONG_RUNS, ids=lambda text: repr(text[:12]))
def test_long_runs_of_noise_complete(text: str) -> None:
    found = scan(text, dt.date(2025, 1, 21))
    assert_spans_are_sound(text, found)
