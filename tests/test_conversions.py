"""A writer's currency conversions: which parentheses are conversions, which words state
a rate, and the arithmetic of the check on rounding intervals."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import fact_row, make_document, write_references
from factlint.claims.assemble import assemble_document
from factlint.claims.conversions import is_conversion_of, stated_rates
from factlint.consistency.conversions import Rate, check_conversion, conversion_rate, table_rate
from factlint.extract import Mention, extract
from factlint.intervals import Interval
from factlint.periods import Period, parse_claim_period, parse_period
from factlint.references import References, load_references


def money(text: str) -> list[Mention]:
    return [m for m in extract(text) if m.kind == "money"]


@pytest.fixture
def small(tmp_path: Path) -> References:
    return load_references(write_references(tmp_path, ""))


@pytest.mark.parametrize(
    ("text", "base", "quote", "low", "high"),
    [
        ("Figures at $1 = 7.3317 yuan.", "USD", "CNY", 7.33165, 7.33175),
        ("(1 USD = 151.2 JPY)", "USD", "JPY", 151.15, 151.25),
        ("at an exchange rate of 7.1 yuan to the dollar", "USD", "CNY", 7.05, 7.15),
        ("converted at 0.92 euros per dollar", "USD", "EUR", 0.915, 0.925),
        ("at 7.1 yuan per U.S. dollar", "USD", "CNY", 7.05, 7.15),
        ("(€1 = $1.08)", "EUR", "USD", 1.075, 1.085),
        ("at 7.1 yuan/USD", "USD", "CNY", 7.05, 7.15),
    ],
)
def test_a_stated_rate_is_read_with_its_rounding(
    text: str, base: str, quote: str, low: float, high: float
) -> None:
    (rate,) = stated_rates(text, extract(text))
    assert (rate.base, rate.quote) == (base, quote)
    assert rate.rate.low == pytest.approx(low)
    assert rate.rate.high == pytest.approx(high)


@pytest.mark.parametrize(
    "text",
    [
        "It raised 2 billion yuan for a dollar-denominated bond.",
        "China-Russia trade reached 1.74 trillion yuan to the dollar's dismay.",
        "The fund holds $5 billion and 3 billion yuan.",
    ],
)
def test_amounts_that_state_no_rate(text: str) -> None:
    assert stated_rates(text, extract(text)) == []


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        ("Trade reached 1.74 trillion yuan ($237 billion) in 2024.", True),
        ("Trade reached 1.74 trillion yuan, or about $240 billion, in 2024.", True),
        ("The deal is worth €1.5 billion — $1.6 billion — over five years.", True),
        ("Trade reached $237 billion ($237 billion) in 2024.", False),  # same currency
        ("Exports were 1.74 trillion yuan and imports $237 billion.", False),
    ],
)
def test_a_conversion_is_an_amount_restated_in_another_currency(text: str, converted: bool) -> None:
    first, second = money(text)[:2]
    assert is_conversion_of(first, second, text) is converted


def test_a_conversion_at_a_stated_rate_divides_within_every_rounding() -> None:
    text = "Trade reached 1.74 trillion yuan ($237 billion) in 2024 ($1 = 7.3317 yuan)."
    original, converted = money(text)[:2]
    rate = conversion_rate(original, converted, stated_rates(text, extract(text)), [], *_no_table())
    assert rate is not None
    checked = check_conversion(original, converted, rate)
    assert checked is not None and checked.holds
    # 1.735e12 / 7.33175 and 1.745e12 / 7.33165, in billions
    assert checked.expected.low == pytest.approx(236.64, abs=0.01)
    assert checked.expected.high == pytest.approx(238.01, abs=0.01)
    assert "7.33165–7.33175 CNY per USD" in checked.explanation
    assert "236.6–238 billion USD" in checked.explanation


def _no_table() -> tuple[References, Period]:
    return References(entities={}, metrics={}, facts=[], fx=[], sha256=""), parse_period("2024")


def test_a_conversion_at_the_wrong_rate_lies_outside_by_a_distance() -> None:
    text = "Trade reached 1.74 trillion yuan ($255 billion) in 2024 ($1 = 7.3317 yuan)."
    original, converted = money(text)[:2]
    rate = Rate("USD", "CNY", Interval(7.33165, 7.33175), "stated")
    checked = check_conversion(original, converted, rate)
    assert checked is not None and not checked.holds
    assert checked.distance == pytest.approx(254.5 - 1745 / 7.33165)


def test_a_rate_quoted_the_other_way_multiplies() -> None:
    text = "Trade reached 1.74 trillion yuan ($237 billion) in 2024."
    original, converted = money(text)[:2]
    checked = check_conversion(
        original, converted, Rate("CNY", "USD", Interval(0.13635, 0.13645), "stated")
    )
    assert checked is not None and checked.holds
    assert "×" in checked.explanation


def test_the_table_rate_is_found_directly_inverted_and_across_the_dollar(
    small: References,
) -> None:
    direct = table_rate(small, "USD", "CNY", parse_period("2024"), 0.05)
    inverted = table_rate(small, "CNY", "USD", parse_period("2024-03"), 0.05)
    across = table_rate(small, "EUR", "CNY", parse_period("2024"), 0.05)
    assert direct is not None and inverted is not None and across is not None
    assert direct.rate.low == pytest.approx(7.19 * 0.95)
    assert inverted.rate.high == pytest.approx(1.05 / 7.19)
    assert across.rate.low == pytest.approx(7.19 / 0.924 * 0.95)
    assert direct.row is not None and direct.row.period == "2024"
    assert "across the dollar" in across.source


def test_no_table_rate_for_a_period_the_table_does_not_cover(small: References) -> None:
    assert table_rate(small, "USD", "CNY", parse_period("2023"), 0.05) is None
    assert table_rate(small, "USD", "CNY", parse_period("2024..2025"), 0.05) is None
    assert table_rate(small, "USD", "CNY", parse_claim_period("FY2024"), 0.05) is None


def test_a_rate_in_the_paragraph_comes_before_one_elsewhere(small: References) -> None:
    text = (
        "All figures at $1 = 7.1 yuan.\n"
        "Trade reached 1.74 trillion yuan ($237 billion) in 2024 ($1 = 7.3317 yuan)."
    )
    rates = stated_rates(text, extract(text))
    original, converted = [
        m for m in money(text) if m.text in ("1.74 trillion yuan", "$237 billion")
    ]
    near = [r for r in rates if r.start > text.index("\n")]
    rate = conversion_rate(original, converted, near, rates, small, parse_period("2024"))
    assert rate is not None and "7.3317" in rate.source


def test_the_assembler_sets_a_stated_rate_aside_and_keeps_the_conversion(
    tmp_path: Path,
) -> None:
    references = load_references(
        write_references(
            tmp_path, fact_row("t", "trade", "CHN", "RUS", "2024", "1.74", "trillion CNY")
        )
    )
    text = "China-Russia trade reached 1.74 trillion yuan ($237 billion) in 2024, at 7.33 yuan per dollar."
    assembly = assemble_document(make_document(text), references)
    assert [c.text for c in assembly.claims] == ["1.74 trillion yuan"]
    (conversion,) = assembly.conversions
    assert (conversion.claim.kind, conversion.claim.metric) == ("conversion", "")
    assert conversion.original.text == "1.74 trillion yuan"
    assert str(conversion.claim.period) == "2024"
    reasons = {s.text: s.reason for s in assembly.skipped}
    assert reasons["7.33 yuan"] == "an exchange rate stated in the text"
