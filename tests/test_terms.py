"""Reading the terms a number's wording states: each term belongs to the number it is
written against, and a term of a clause with no number is the sentence's."""

from __future__ import annotations

import pytest

from factlint.claims.terms import stated_terms, written_terms
from factlint.extract import scan


def terms_of(sentence: str) -> dict[str, tuple[str, ...]]:
    numbers = [m for m in scan(sentence).mentions if m.kind not in ("date", "period")]
    spans = [(m.start, m.end) for m in numbers]
    return {m.text: stated_terms(sentence, m.start, m.end, spans) for m in numbers}


CASES = [
    ("Japan's economy grew 1.9% in real terms.", {"1.9%": ("real",)}),
    ("Real GDP grew 2% and nominal GDP 5%.", {"2%": ("real",), "5%": ("nominal",)}),
    ("The economy grew 2% in real terms and 5% in nominal terms.",
     {"2%": ("real",), "5%": ("nominal",)}),
    ("Output rose 1.1% at constant prices.", {"1.1%": ("real",)}),
    ("Inflation-adjusted wages fell 0.4%.", {"0.4%": ("real",)}),
    ("Pay rose 1.4% after adjusting for inflation.", {"1.4%": ("real",)}),
    ("Real estate prices rose 3%.", {"3%": ()}),
    ("Exports fell 4.6% in dollar terms but rose 0.6% in yuan terms.",
     {"4.6%": ("USD",), "0.6%": ("CNY",)}),
    ("Exports rose 2.8% in local-currency terms.", {"2.8%": ("local-currency",)}),
    ("Measured in dollars, output fell 3%.", {"3%": ("USD",)}),
    ("The jobless rate was 4.1%, not seasonally adjusted.", {"4.1%": ("not-seasonally-adjusted",)}),
    ("The seasonally adjusted jobless rate was 3.7%.", {"3.7%": ("seasonally-adjusted",)}),
    ("The unadjusted jobless rate was 4.1%.", {"4.1%": ("not-seasonally-adjusted",)}),
    ("Prices rose 0.3% from the previous month and 3.1% from a year earlier.",
     {"0.3%": ("month-on-month",), "3.1%": ("year-on-year",)}),
    ("Prices rose 0.3% month on month.", {"0.3%": ("month-on-month",)}),
    ("GDP rose 0.1% quarter-on-quarter.", {"0.1%": ("quarter-on-quarter",)}),
    ("Sales were up 4% year-on-year.", {"4%": ("year-on-year",)}),
    ("GDP grew at an annualised rate of 1.6%.", {"1.6%": ("annualised",)}),
    ("GDP grew at an annual rate of 1.6%.", {"1.6%": ("annualised",)}),
    ("GDP grew an annualized 1.6%.", {"1.6%": ("annualised",)}),
    ("On a quarter-on-quarter basis, seasonally adjusted GDP rose 0.1%.",
     {"0.1%": ("quarter-on-quarter", "seasonally-adjusted")}),
    ("Exports rose 5% to $20 billion.", {"5%": (), "$20 billion": ()}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_number_takes_the_terms_written_against_it(
    sentence: str, expected: dict[str, tuple[str, ...]]
) -> None:
    assert terms_of(sentence) == expected


def test_not_seasonally_adjusted_is_not_read_as_seasonally_adjusted() -> None:
    assert [t.term for t in written_terms("prices, not seasonally adjusted, rose")] == [
        "not-seasonally-adjusted"
    ]
