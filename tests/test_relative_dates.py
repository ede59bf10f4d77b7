"""Dates relative to publication, dates relative to another period of the sentence, and
what happens to both when the document has no published date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.extract import extract, scan
from factlint.extract.date_readers import OPENERS, UNRESOLVED, date_at
from factlint.extract.relative_dates import NAME_PART, relative, weekday
from factlint.extract.tokens import tokenize

PUBLISHED = dt.date(2025, 1, 21)  # a Tuesday


def read(text: str, published: dt.date | None = PUBLISHED) -> tuple[str, str, str, str, str]:
    tokens = tokenize(text)
    reading = relative(tokens, 0, published) or weekday(tokens, 0, published)
    assert reading is not None, text
    return (
        reading.kind,
        reading.value,
        reading.lower.isoformat(),
        reading.upper.isoformat(),
        text[: tokens[reading.end - 1].end],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", ("date", "2025-01-20", "2025-01-20", "2025-01-20", "yesterday")),
        ("today", ("date", "2025-01-21", "2025-01-21", "2025-01-21", "today")),
        ("tomorrow", ("date", "2025-01-22", "2025-01-22", "2025-01-22", "tomorrow")),
        ("this morning", ("date", "2025-01-21", "2025-01-21", "2025-01-21", "this morning")),
        ("last night", ("date", "2025-01-20", "2025-01-20", "2025-01-20", "last night")),
        ("last year", ("period", "2024", "2024-01-01", "2024-12-31", "last year")),
        ("This year", ("period", "2025", "2025-01-01", "2025-12-31", "This year")),
        ("next year", ("period", "2026", "2026-01-01", "2026-12-31", "next year")),
        ("last month", ("period", "2024-12", "2024-12-01", "2024-12-31", "last month")),
        ("next month", ("period", "2025-02", "2025-02-01", "2025-02-28", "next month")),
        ("last quarter", ("period", "2024-Q4", "2024-10-01", "2024-12-31", "last quarter")),
        ("this quarter", ("period", "2025-Q1", "2025-01-01", "2025-03-31", "this quarter")),
        (
            "last week",
            ("period", "2025-01-13..2025-01-19", "2025-01-13", "2025-01-19", "last week"),
        ),
        (
            "this week",
            ("period", "2025-01-20..2025-01-26", "2025-01-20", "2025-01-26", "this week"),
        ),
        (
            "earlier this month",
            ("period", "2025-01-01..2025-01-21", "2025-01-01", "2025-01-21", "earlier this month"),
        ),
        (
            "later this year",
            ("period", "2025-01-21..2025-12-31", "2025-01-21", "2025-12-31", "later this year"),
        ),
        ("two years ago", ("period", "2023", "2023-01-01", "2023-12-31", "two years ago")),
        ("a decade ago", ("period", "2015", "2015-01-01", "2015-12-31", "a decade ago")),
        ("three months ago", ("period", "2024-10", "2024-10-01", "2024-10-31", "three months ago")),
        ("10 days ago", ("date", "2025-01-11", "2025-01-11", "2025-01-11", "10 days ago")),
        ("last Tuesday", ("date", "2025-01-14", "2025-01-14", "2025-01-14", "last Tuesday")),
        ("next Monday", ("date", "2025-01-27", "2025-01-27", "2025-01-27", "next Monday")),
        ("this Friday", ("date", "2025-01-24", "2025-01-24", "2025-01-24", "this Friday")),
    ],
)
def test_relative(text: str, expected: tuple[str, ...]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    "text", ["last", "this deal", "two years", "a years ago", "two year ago", "last tuesday"]
)
def test_relative_declines(text: str) -> None:
    assert relative(tokenize(text), 0, PUBLISHED) is None


@pytest.mark.parametrize("text", ["last year", "yesterday", "two years ago"])
def test_relative_needs_the_published_date(text: str) -> None:
    assert relative(tokenize(text), 0, None) is None


@pytest.mark.parametrize(
    ("published", "day", "expected"),
    [
        (dt.date(2025, 1, 21), "Tuesday", "2025-01-21"),
        (dt.date(2025, 1, 23), "Tuesday", "2025-01-21"),
        (dt.date(2025, 1, 20), "Tuesday", "2025-01-14"),
        (dt.date(2025, 1, 21), "Monday", "2025-01-20"),
        (dt.date(2025, 1, 21), "Wednesday", "2025-01-15"),
        (dt.date(2025, 1, 21), "Sunday", "2025-01-19"),
    ],
)
def test_weekday_is_the_latest_up_to_publication(
    published: dt.date, day: str, expected: str
) -> None:
    assert read(day, published)[:2] == ("date", expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks will resume on Friday.", "2025-01-24"),
        ("The vote is due on Tuesday.", "2025-01-21"),
        ("Ministers are scheduled to meet on Thursday.", "2025-01-23"),
        ("The talks resumed on Friday.", "2025-01-17"),
    ],
)
def test_a_weekday_in_the_future_tense_is_ahead(sentence: str, expected: str) -> None:
    dates = [m.value for m in extract(sentence, PUBLISHED) if m.kind == "date"]
    assert dates == [expected]


@pytest.mark.parametrize(("text", "published"), [("Tuesday", None), ("tuesday", PUBLISHED)])
def test_weekday_declines(text: str, published: dt.date | None) -> None:
    assert weekday(tokenize(text), 0, published) is None


ANCHORED = [
    ("Exports in December rose 4% from a year earlier.", "a year earlier", "2023-12"),
    ("Profit in the third quarter of 2024 fell from a year earlier.", "a year earlier", "2023-Q3"),
    ("Sales in 2024 rose 3% from the previous year.", "previous year", "2023"),
    ("Output in Q3 2024 rose 2% from the previous quarter.", "previous quarter", "2024-Q2"),
    ("Prices in March 2024 rose 0.4% from a month earlier.", "a month earlier", "2024-02"),
    ("Third-quarter profit rose from the year-earlier period.", "year-earlier", "2023-Q3"),
    (
        "Trade in January-November 2024 rose from a year earlier.",
        "a year earlier",
        "2023-01..2023-11",
    ),
    ("On 29 February 2024 it rose from a year earlier.", "a year earlier", "2023-02-28"),
    ("Sales in 2023 rose from the year before.", "year before", "2022"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), ANCHORED)
def test_a_year_earlier_shifts_the_sentence_period(sentence: str, text: str, value: str) -> None:
    found = [m for m in extract(sentence, PUBLISHED) if m.text == text]
    assert [m.value for m in found] == [value]


def test_the_year_earlier_adjective_shifts_a_quarter() -> None:
    (mention,) = [
        m
        for m in extract("Third-quarter profit rose from the year-earlier period.", PUBLISHED)
        if m.text == "year-earlier"
    ]
    assert (mention.lower, mention.upper) == ("2023-07-01", "2023-09-30")


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports rose 4% from a year earlier.",  # no period to shift
        "In 2024 trade rose. Exports fell from a year earlier.",  # another sentence's
        "Sales in 2024 rose from a month earlier.",  # a year has no previous month
    ],
)
def test_a_year_earlier_without_its_period_is_not_read(sentence: str) -> None:
    assert not [m for m in extract(sentence, PUBLISHED) if "earlier" in m.text]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Prices rose last year.", "last year"),
        ("Putin spoke with Xi on Tuesday.", "Tuesday"),
        ("On Jan. 21 he spoke.", "Jan. 21"),
        ("Prices rose two years ago.", "two years ago"),
        ("Trade fell in January to July.", "January to July"),
        ("Profit fell in Q3.", "Q3"),
    ],
)
def test_without_a_published_date_relative_dates_are_set_aside(sentence: str, text: str) -> None:
    found = scan(sentence)
    start = sentence.index(text)
    assert not [m for m in found.mentions if m.start < start + len(text) and start < m.end]
    assert (text, UNRESOLVED) in [(s.text, s.reason) for s in found.skipped]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Prices rose in March 2024.", "March 2024", "2024-03"),
        ("Trade rose in January-July 2024.", "January-July 2024", "2024-01..2024-07"),
        ("It was signed on 21 January 2025.", "21 January 2025", "2025-01-21"),
        ("Profit fell in Q3 2024.", "Q3 2024", "2024-Q3"),
        ("Exports in December 2024 rose from a year earlier.", "a year earlier", "2023-12"),
    ],
)
def test_without_a_published_date_absolute_dates_are_read(
    sentence: str, text: str, value: str
) -> None:
    assert [m.value for m in extract(sentence) if m.text == text] == [value]


@pytest.mark.parametrize(
    "word", ["last", "this", "next", "yesterday", "today", "earlier", "previous", "a", "fy"]
)
def test_opening_words_are_listed(word: str) -> None:
    assert word in OPENERS


def test_a_word_that_opens_nothing_reads_nothing() -> None:
    tokens = tokenize("said officials")
    assert "said" not in OPENERS
    assert date_at(tokens, 0, PUBLISHED) is None


_WORDS = [
    "a", "year", "earlier", "before", "the", "previous", "quarter", "month", "last",
    "this", "next", "week", "ago", "two", "10", "Tuesday", "on", "will", "fiscal",
    "second", "half", "of", "2024", "2023-24", "Q3", "1H24", "January", "Jan.", "21",
    "-", "22-24", "21/01/2025", "first", "months", "to", "March", "since", "from", "in",
    "top", "three", "largest", "No.", "2", "most", "valuable", "company", ",", ".",
    "won", "3-1", "aged", "45", "page", "12", "+7", "020", "7946", "0958", "year-earlier",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=30),
    st.sampled_from([None, PUBLISHED, dt.date(2024, 2, 29), dt.date(2025, 12, 31)]),
)
def test_date_and_rank_words_in_any_order_never_break_the_scan(
    words: list[str], published: dt.date | None
) -> None:
    text = " ".join(words)
    found = scan(text, published)
    spans = [(m.start, m.end) for m in found.mentions]
    assert spans == sorted(spans)
    assert all(0 <= start < end <= len(text) for start, end in spans)
    for mention in found.mentions:
        if mention.kind in ("date", "period"):
            assert isinstance(mention.lower, str) and mention.lower <= str(mention.upper or "9")


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Daily and Sunday Telegraph newspapers are axing jobs.", "Sunday"),
        ("He told the Sunday Times the offer stood.", "Sunday"),
        ("Retailers hope Black Friday sales will rise.", "Friday"),
        ("He told Radio 4's Today programme the fares would rise.", "Today"),
        ("She told USA Today the bill would pass.", "Today"),
    ],
)
def test_a_weekday_or_today_inside_a_name_is_set_aside(
    text: str, word: str, published: dt.date | None
) -> None:
    result = scan(text, published)
    assert not [m for m in result.mentions if m.text == word]
    assert [s.reason for s in result.skipped if s.text == word] == [NAME_PART]


@pytest.mark.parametrize(
    ("text", "word", "value"),
    [
        ("Today, the ministry said, prices rose.", "Today", "2025-01-21"),
        ("Sunday's vote was close.", "Sunday", "2025-01-19"),
        ("Ministers met on Sunday in Geneva.", "Sunday", "2025-01-19"),
        ("The ministry told the Sunday briefing in Geneva.", "Sunday", "2025-01-19"),
    ],
)
def test_a_weekday_or_today_outside_a_name_is_still_a_date(
    text: str, word: str, value: str
) -> None:
    (mention,) = [m for m in extract(text, PUBLISHED) if m.text == word]
    assert mention.value == value


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The talks began on Monday, January 12, 2015.", "Monday, January 12, 2015"),
        ("The talks began on Monday, January 12th, 2015.", "Monday, January 12th, 2015"),
        ("The talks began on Monday 12 January 2015.", "Monday 12 January 2015"),
    ],
)
def test_a_weekday_before_its_date_is_read_with_it(text: str, date: str) -> None:
    mentions = extract(text, PUBLISHED)
    assert [(m.text, m.value) for m in mentions] == [(date, "2015-01-12")]
