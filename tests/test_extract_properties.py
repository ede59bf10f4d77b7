"""Properties of the extractor over any text: it never raises, its spans are sound, long
runs of numbery noise complete, and skipping the tokens that open no reading
(factlint.extract.openers) changes nothing."""

from __future__ import annotations

import ast
import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.extract import Scan, extract, read_tokens, scan
from factlint.extract.numbers import implied_interval
from factlint.extract.openers import OPENERS, OPENING_SIGNS
from factlint.extract.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent

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
    # Adversarial alphabets: runs a reader could loop or backtrack over.
    "Q1",
    "Q1Q1Q1",
    "H1",
    "$$$$",
    "--------",
    "1,1,1,1",
    "1.1.1.1",
    "7777777777777777777777777777777777777777777777777",
    "first first",
    "more than more than",
    "and by",
    # Other openers and qualifiers of the forms the extractor reads.
    "half",
    "third",
    "one in",
    "doubled",
    "twofold",
    "fiscal",
    "FY",
    "yesterday",
    "ago",
    "months",
    "record",
    "all-time high",
    "per",
    "No.",
    "2.15pm",
    "3-1",
]

fragment_texts = st.lists(
    st.tuples(st.sampled_from(FRAGMENTS), st.sampled_from(["", " ", " ", "\n"])),
    max_size=40,
).map(lambda parts: "".join(word + gap for word, gap in parts))

publication_dates = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)))


def assert_sorted_and_apart(text: str, spans: list[tuple[int, int, str]]) -> None:
    previous_end = 0
    for start, end, written in spans:
        assert 0 <= start < end <= len(text)
        assert written == text[start:end]
        assert start >= previous_end, "spans overlap or are out of order"
        previous_end = end


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
    both = [(m.start, m.end, m.text) for m in found.mentions]
    both += [(s.start, s.end, s.text) for s in found.skipped]
    assert_sorted_and_apart(text, sorted(both))


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


def test_a_spelled_number_opening_with_one_is_read_whole() -> None:
    """Only a lone "one" is a pronoun; "one hundred and twenty" is not set aside, to be
    read again from "twenty"."""
    found = extract("One hundred and twenty people came; no one left.", dt.date(2025, 1, 21))
    assert [(m.text, m.value) for m in found] == [("One hundred and twenty", 120.0)]


def test_set_aside_runs_and_codes_are_reported_whole() -> None:
    text = "The H5N1 strain, " + "7" * 60 + " and Q1Q1Q1 rose 5%."
    found = scan(text, dt.date(2025, 1, 21))
    assert [(s.text, s.reason) for s in found.skipped] == [
        ("H5N1", "part of a name"),
        ("7" * 60, "a run of digits too long to be a number"),
        ("Q1Q1Q1", "part of a name"),
    ]
    assert [m.text for m in found.mentions] == ["5%"]


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


def assert_openers_miss_nothing(text: str, published: dt.date | None) -> None:
    """Reading only at opener tokens gives what reading at every token gives; when not,
    name the words that opened a reading and are missing from the opener set."""
    tokens = tokenize(text)
    fast = read_tokens(text, tokens, published)
    full = read_tokens(text, tokens, published, every_token=True)
    if fast == full:
        return
    starts = {m.start for m in full.mentions} | {s.start for s in full.skipped}
    listed = OPENERS | OPENING_SIGNS
    missing = sorted(
        {t.text for t in tokens if t.start in starts and t.kind in ("word", "sym")}
        - {t.text for t in tokens if t.low in listed}
    )
    raise AssertionError(
        f"{text!r}: readings start at {missing}, which factlint.extract.openers does not "
        "list; add the lexicon table (or the word) the reader looks them up in"
    )


@settings(max_examples=300, deadline=None)
@given(fragment_texts, publication_dates)
def test_openers_miss_nothing_in_numbery_text(text: str, published: dt.date | None) -> None:
    assert_openers_miss_nothing(text, published)


def written_sentences() -> list[str]:
    """Every sentence the tests and seeds hold: the case tables' sentences and the string
    literals of the test modules, so a form someone teaches the extractor is covered
    as soon as its test is written."""
    found: set[str] = set()
    for path in sorted((ROOT / "tests").glob("**/*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for record in csv.DictReader(handle):
                found.update(value for key, value in record.items() if key == "sentence")
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        found.update(path.read_text(encoding="utf-8").splitlines())
    return sorted(text for text in found if any(c.isalnum() for c in text) and len(text) < 5000)


def test_openers_miss_nothing_in_written_sentences() -> None:
    for text in written_sentences():
        for published in (dt.date(2025, 1, 21), None):
            assert_openers_miss_nothing(text, published)


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
    "7" * 100_000,  # beyond the digits int() will convert
    "7" * 5000 + "th",
    "top " + "7" * 5000,
    "Q1" * 5000,
    "first " * 2000,
    "-" * 20000,
    "rose 5% and by " + "5% and by " * 2000,
    "a year earlier " * 1000,
    "in 2024 a year earlier " * 600,
    "one hundred and " * 2000,  # once grew past float range and raised
    "one thousand " * 3000 + "one-way",  # once read again from every "one": quadratic
]


@pytest.mark.parametrize("text", LONG_RUNS, ids=lambda text: repr(text[:12]))
def test_long_runs_of_noise_complete(text: str) -> None:
    found = scan(text, dt.date(2025, 1, 21))
    assert_spans_are_sound(text, found)
