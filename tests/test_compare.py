"""Comparison: each case is a sentence, the facts in the reference set, and the verdict
with its reason. The cases are real kinds of newsroom error and of correct rounding."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import factlint
from conftest import fact_row
from factlint.config import Policy
from factlint.intervals import number
from factlint.verdicts.words import describe_interval

TRADE_2024 = fact_row("t24", "trade", "CHN", "RUS", "2024", "244.81", "billion USD")
TRADE_2023 = fact_row("t23", "trade", "CHN", "RUS", "2023", "240.11", "billion USD")
RANK_5 = fact_row("r5", "partner_rank", "RUS", "CHN", "2024", "5", "rank")
RANK_1 = fact_row("r1", "partner_rank", "CHN", "RUS", "2024", "1", "rank")
SUMMIT = fact_row("s1", "summit", "CHN", "RUS", "2024-05", "2024-05-16")
CAPITAL = fact_row("c1", "capital", "CHN", "", "1949..", "Beijing")

CASES = [
    # correct figures, rounded the way journalists round
    (
        "China-Russia trade reached $245 billion in 2024.",
        TRADE_2024,
        ("$245 billion", "pass", None),
    ),
    (
        "China-Russia trade reached $244.8 billion in 2024.",
        TRADE_2024,
        ("$244.8 billion", "pass", None),
    ),
    ("China-Russia trade reached $240bn in 2024.", TRADE_2024, ("$240bn", "pass", None)),
    (
        "China-Russia trade reached almost $250 billion in 2024.",
        TRADE_2024,
        ("$250 billion", "pass", None),
    ),
    (
        "China-Russia trade reached about $250 billion in 2024.",
        TRADE_2024,
        ("$250 billion", "pass", None),
    ),
    (
        "China-Russia trade topped more than $240 billion in 2024.",
        TRADE_2024,
        ("$240 billion", "pass", None),
    ),
    (
        "China-Russia trade was at least $244 billion in 2024.",
        TRADE_2024,
        ("$244 billion", "pass", None),
    ),
    (
        "China-Russia trade was less than $250 billion in 2024.",
        TRADE_2024,
        ("$250 billion", "pass", None),
    ),
    (
        "China-Russia trade reached $244,810 million in 2024.",
        TRADE_2024,
        ("$244,810 million", "pass", None),
    ),
    (
        "China-Russia trade reached $0.24 trillion in 2024.",
        TRADE_2024,
        ("$0.24 trillion", "pass", None),
    ),
    (
        "Trade between Russia and China reached $245 billion in 2024.",
        TRADE_2024,
        ("$245 billion", "pass", None),
    ),
    (
        "China-Russia trade was between $240 billion and $250 billion in 2024.",
        TRADE_2024,
        ("$240 billion and $250 billion", "pass", None),
    ),
    # scale word off by a thousand
    (
        "China-Russia trade reached $245 million in 2024.",
        TRADE_2024,
        ("$245 million", "flag", "value"),
    ),
    (
        "China-Russia trade reached $245 trillion in 2024.",
        TRADE_2024,
        ("$245 trillion", "flag", "value"),
    ),
    # wrong figure, wrong direction of a hedge
    (
        "China-Russia trade reached $254 billion in 2024.",
        TRADE_2024,
        ("$254 billion", "flag", "value"),
    ),
    (
        "China-Russia trade was more than $250 billion in 2024.",
        TRADE_2024,
        ("$250 billion", "flag", "value"),
    ),
    (
        "China-Russia trade was less than $240 billion in 2024.",
        TRADE_2024,
        ("$240 billion", "flag", "value"),
    ),
    (
        "China-Russia trade reached nearly $244 billion in 2024.",
        TRADE_2024,
        ("$244 billion", "flag", "value"),
    ),
    # last year's figure presented as this year's
    (
        "China-Russia trade reached $240.1 billion in 2024.",
        TRADE_2024 + TRADE_2023,
        ("$240.1 billion", "flag", "value"),
    ),
    (
        "China-Russia trade reached $240.1 billion in 2023.",
        TRADE_2024 + TRADE_2023,
        ("$240.1 billion", "pass", None),
    ),
    # a part-year figure presented as the full year, and the reverse: never compared
    (
        "China-Russia trade reached $222 billion in 2024.",
        fact_row("p", "trade", "CHN", "RUS", "2024-01..2024-11", "222", "billion USD"),
        ("$222 billion", "unverified", None),
    ),
    (
        "China-Russia trade reached $245 billion in January-November 2024.",
        TRADE_2024,
        ("$245 billion", "unverified", None),
    ),
    (
        "China-Russia trade reached $222 billion in January-November 2024.",
        fact_row("p", "trade", "CHN", "RUS", "2024-01..2024-11", "222", "billion USD"),
        ("$222 billion", "pass", None),
    ),
    # no fact for the period or the pair: unverified, never a pass
    (
        "China-Russia trade reached $190 billion in 2021.",
        TRADE_2024,
        ("$190 billion", "unverified", None),
    ),
    (
        "China-India trade reached $118 billion in 2024.",
        TRADE_2024,
        ("$118 billion", "unverified", None),
    ),
    (
        "China-Russia trade reached 245 billion in 2024.",
        TRADE_2024,
        ("245 billion", "unverified", None),
    ),
    # currencies: compared through fx.csv by period
    (
        "China-Russia trade reached 1.76 trillion yuan in 2024.",
        TRADE_2024,
        ("1.76 trillion yuan", "pass", None),
    ),
    (
        "China-Russia trade reached 1.9 trillion yuan in 2024.",
        TRADE_2024,
        ("1.9 trillion yuan", "flag", "value"),
    ),
    (
        "China-Russia trade reached €226 billion in 2024.",
        TRADE_2024,
        ("€226 billion", "pass", None),
    ),
    # ranks: possessives decide whose list
    (
        "Russia ranks as China's fifth-largest trading partner.",
        RANK_5 + RANK_1,
        ("fifth-largest", "pass", None),
    ),
    (
        "Russia ranks as China's fourth-largest trading partner.",
        RANK_5 + RANK_1,
        ("fourth-largest", "flag", "rank"),
    ),
    ("China is Russia's largest trading partner.", RANK_5 + RANK_1, ("largest", "pass", None)),
    (
        "China is Russia's second-biggest trading partner.",
        RANK_5 + RANK_1,
        ("second-biggest", "flag", "rank"),
    ),
    ("Russia is China's biggest trading partner.", RANK_5 + RANK_1, ("biggest", "flag", "rank")),
    (
        "Russia is among China's top five trading partners.",
        RANK_5 + RANK_1,
        ("top five", "pass", None),
    ),
    (
        "Russia is among China's top three trading partners.",
        RANK_5 + RANK_1,
        ("top three", "flag", "rank"),
    ),
    # dates at the precision written
    ("Chinese and Russian leaders held a summit in May 2024.", SUMMIT, ("May 2024", "pass", None)),
    (
        "Chinese and Russian leaders held a summit on 16 May 2024.",
        SUMMIT,
        ("16 May 2024", "pass", None),
    ),
    (
        "Chinese and Russian leaders held a summit on 17 May 2024.",
        SUMMIT,
        ("17 May 2024", "flag", "date"),
    ),
    ("Chinese and Russian leaders held a summit in 2024.", SUMMIT, ("2024", "pass", None)),
    (
        "Chinese and Russian leaders held a summit in June 2024.",
        SUMMIT,
        ("June 2024", "flag", "date"),
    ),
    # physical units convert through pint, whatever the spelling on either side
    (
        "Russia's gas exports to China reached 31 bcm in 2024.",
        fact_row("g", "gas", "RUS", "CHN", "2024", "31.0", "billion cubic metres"),
        ("31 bcm", "pass", None),
    ),
    (
        "Russia's gas exports to China reached 31 billion cubic metres in 2024.",
        fact_row("g", "gas", "RUS", "CHN", "2024", "31", "bcm"),
        ("31 billion cubic metres", "pass", None),
    ),
    (
        "Russia's gas exports to China reached 38 bcm in 2024.",
        fact_row("g", "gas", "RUS", "CHN", "2024", "31000", "million cubic metres"),
        ("38 bcm", "flag", "value"),
    ),
    (
        "China's LNG imports reached 76.6 million tonnes in 2024.",
        fact_row("l", "lng", "CHN", "", "2024", "76600000", "tonnes"),
        ("76.6 million tonnes", "pass", None),
    ),
    # text through aliases
    ("The Chinese capital, Beijing, hosted the talks.", CAPITAL, ("Beijing", "pass", None)),
    ("The Chinese capital, Shanghai, hosted the talks.", CAPITAL, ("Shanghai", "flag", "text")),
]


@pytest.mark.parametrize(("text", "facts", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_verdict(
    verdicts_for: Callable[..., list[tuple[str, str, str | None]]],
    text: str,
    facts: str,
    expected: tuple[str, str, str | None],
) -> None:
    assert expected in verdicts_for(text, facts)


def test_sources_that_disagree_make_the_claim_ambiguous(
    verdicts_for: Callable[..., list[tuple[str, str, str | None]]],
) -> None:
    facts = TRADE_2024 + fact_row(
        "t24b", "trade", "RUS", "CHN", "2024", "228.6", "billion USD", "Russian customs"
    )
    assert verdicts_for("China-Russia trade reached $245 billion in 2024.", facts) == [
        ("$245 billion", "flag", "ambiguous")
    ]


def test_a_source_hint_picks_that_sources_fact(
    verdicts_for: Callable[..., list[tuple[str, str, str | None]]],
) -> None:
    facts = fact_row(
        "t24", "trade", "CHN", "RUS", "2024", "244.81", "billion USD", "China customs"
    ) + fact_row("t24b", "trade", "RUS", "CHN", "2024", "228.6", "billion USD", "Russian customs")
    assert verdicts_for(
        "China-Russia trade reached $245 billion in 2024, according to Chinese data.", facts
    ) == [("$245 billion", "pass", None)]
    assert verdicts_for(
        "China-Russia trade reached $245 billion in 2024, according to Russian data.", facts
    ) == [("$245 billion", "flag", "value")]


def test_the_primary_fact_breaks_a_tie(
    verdicts_for: Callable[..., list[tuple[str, str, str | None]]],
) -> None:
    facts = fact_row(
        "t24", "trade", "CHN", "RUS", "2024", "244.81", "billion USD", "China customs", "true"
    ) + fact_row("t24b", "trade", "RUS", "CHN", "2024", "228.6", "billion USD", "Russian customs")
    assert verdicts_for("China-Russia trade reached $245 billion in 2024.", facts) == [
        ("$245 billion", "pass", None)
    ]


def test_agreeing_sources_pass_and_are_all_named(
    tmp_path: object, verdicts_for: Callable[..., list[tuple[str, str, str | None]]]
) -> None:
    facts = TRADE_2024 + fact_row(
        "t24c", "trade", "CHN", "RUS", "2024", "244.8", "billion USD", "Moscow Times"
    )
    assert verdicts_for("China-Russia trade reached $245 billion in 2024.", facts) == [
        ("$245 billion", "pass", None)
    ]


def test_a_slip_is_minor_and_a_wrong_conclusion_major(
    references: factlint.References, check_text: Callable[..., factlint.Report]
) -> None:
    slip = check_text("China-Russia trade reached $246 billion in 2024, according to Chinese data.")
    gross = check_text(
        "China-Russia trade reached $264 billion in 2024, according to Chinese data."
    )
    assert [v.severity for v in slip.verdicts] == ["minor"]
    assert [v.severity for v in gross.verdicts] == ["major"]
    assert "18.69 billion USD outside" in gross.verdicts[0].explanation


def test_explanation_shows_interval_fact_and_source(
    check_text: Callable[..., factlint.Report],
) -> None:
    report = check_text("China-Russia trade reached more than $240 billion in 2024.")
    explanation = report.verdicts[0].explanation
    assert explanation.startswith(
        "claimed 240 billion USD (more than 240); fact 244.81 billion USD, China General"
    )
    assert explanation.endswith("→ pass")


def test_unverified_says_what_was_looked_for(check_text: Callable[..., factlint.Report]) -> None:
    report = check_text("China-Russia trade reached $107 billion in 2019.")
    assert report.verdicts[0].explanation == (
        "claimed 107 billion USD (rounded: 106.5–107.5); no fact for metric bilateral_trade "
        "with CHN, RUS, period 2019, unit billion USD → unverified"
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [(244.81000000000003, "244.81"), (5.0, "5"), (1.1349999999999998, "1.135"), (-1.9, "-1.9")],
)
def test_numbers_are_shown_without_float_noise(value: float, shown: str) -> None:
    assert number(value) == shown


def test_interval_wording(claims_of: Callable[..., list[factlint.Claim]]) -> None:
    texts = {
        "China-Russia trade reached more than $240 billion in 2024.": "more than 240",
        "China-Russia trade reached at least $240 billion in 2024.": "at least 240",
        "China-Russia trade reached up to $240 billion in 2024.": "up to 240",
        "China-Russia trade reached about $240 billion in 2024.": "about: 223–257",
        "China-Russia trade reached $240bn in 2024.": "rounded: 235–245",
    }
    for sentence, wording in texts.items():
        assert describe_interval(claims_of(sentence)[0]) == wording


@pytest.mark.parametrize(
    ("sentence", "fact_value", "verdict"),
    [
        ("Chinese and Russian leaders held a summit on 16 May 2024.", "2024-05", "pass"),
        ("Chinese and Russian leaders held a summit on 16 June 2024.", "2024-05", "flag"),
        ("Chinese and Russian leaders held a summit in May 2024.", "2024-05-16", "pass"),
        ("Chinese and Russian leaders held a summit in May 2024.", "2024-06-01", "flag"),
    ],
)
def test_dates_compare_at_the_coarser_precision(
    verdicts_for: Callable[..., list[tuple[str, str, str | None]]],
    sentence: str,
    fact_value: str,
    verdict: str,
) -> None:
    facts = fact_row("s", "summit", "CHN", "RUS", "2024", fact_value)
    assert [v[1] for v in verdicts_for(sentence, facts)] == [verdict]


def test_basis_points_compare_with_percentage_points(tmp_path: object) -> None:
    from factlint.units import convert, parse_unit

    assert convert(
        25, parse_unit("basis points"), parse_unit("percentage points")
    ) == pytest.approx(0.25)


def test_a_rounding_interval_is_open_at_the_top(
    verdicts_for: Callable[..., list[tuple[str, str, str | None]]],
) -> None:
    at_half = fact_row("g", "growth", "CHN", "RUS", "2024", "2.5", "%")
    assert verdicts_for("China-Russia trade grew 3% in 2024.", at_half) == [("3%", "pass", None)]
    assert verdicts_for("China-Russia trade grew 2% in 2024.", at_half) == [("2%", "flag", "value")]


def test_a_less_precise_fact_holds_a_more_precise_claim_within_its_rounding(
    verdicts_for: Callable[..., list[tuple[str, str, str | None]]],
) -> None:
    facts = TRADE_2024 + fact_row(
        "t24c", "trade", "CHN", "RUS", "2024", "244.8", "billion USD", "Moscow Times"
    )
    assert verdicts_for("China-Russia trade reached $244.81 billion in 2024.", facts) == [
        ("$244.81 billion", "pass", None)
    ]
    assert (
        verdicts_for("China-Russia trade reached $244.91 billion in 2024.", facts)[0][1] == "flag"
    )


def _explained(tmp_path: Path, text: str, facts: str, policy: Policy | None = None) -> str:
    from conftest import make_document, write_references

    folder = write_references(tmp_path / "refs", facts)
    report = factlint.check([make_document(text)], folder, policy)
    return report.verdicts[0].explanation


def test_derived_growth_shows_the_levels_and_the_interval(tmp_path: Path) -> None:
    explanation = _explained(
        tmp_path, "China-Russia trade rose 1.9% in 2024.", TRADE_2024 + TRADE_2023
    )
    assert explanation == (
        "claimed 1.9 % (rounded: 1.85–1.95); derived from levels 240.11 billion USD in 2023 → "
        "244.81 billion USD in 2024 (Customs): +1.957% (1.953 to 1.962 with the levels' "
        "rounding) → flag (value, minor, 0.003231 percentage points outside)"
    )


def test_a_conversion_shows_the_rate_and_its_band(tmp_path: Path) -> None:
    explanation = _explained(
        tmp_path, "China-Russia trade reached 1.82 trillion yuan in 2024.", TRADE_2024
    )
    assert explanation.startswith(
        "claimed 1.82 trillion CNY (rounded: 1.815–1.825); fact 244.81 billion USD = "
        "1.76 trillion CNY at 7.19 CNY per USD (2024, Central bank), ± 2% for the rate: "
        "1.725–1.795"
    )
    assert explanation.endswith("→ flag (value, major, 0.01961 trillion CNY outside)")


def test_the_policy_reaches_the_comparison(tmp_path: Path) -> None:
    text = "China-Russia trade reached 1.79 trillion yuan in 2024."
    assert _explained(tmp_path, text, TRADE_2024).endswith("→ pass")
    assert "→ flag (value" in _explained(tmp_path, text, TRADE_2024, Policy(fx=0.0))


def test_a_multiple_shows_the_percent_change_it_stands_for(tmp_path: Path) -> None:
    facts = TRADE_2024 + fact_row("t20", "trade", "CHN", "RUS", "2020", "107.77", "billion USD")
    explanation = _explained(tmp_path, "China-Russia trade doubled between 2020 and 2024.", facts)
    assert explanation.startswith("claimed 'doubled' = +100% (90% to 110%); derived from levels")
    assert explanation.endswith("→ flag (value, major, 17.14 percentage points outside)")


def test_a_record_names_the_period_that_beat_it(tmp_path: Path) -> None:
    facts = TRADE_2024 + fact_row("t22", "trade", "CHN", "RUS", "2022", "251.3", "billion USD")
    explanation = _explained(
        tmp_path, "China-Russia trade hit a record $245 billion in 2024.", facts
    )
    assert explanation.endswith(
        "a record high: but 2022 had 251.3 billion USD (Customs), higher than 244.81 in 2024 "
        "→ flag (value, major, not a record: 6.49 billion USD beyond it)"
    )
