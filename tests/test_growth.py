"""Changes: the baseline a change is measured from, multiples as percent changes, and
growth derived from rounded levels by interval arithmetic."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import fact_row, make_document, write_references
from factlint.claims.assemble import assemble
from factlint.claims.model import Claim
from factlint.compare.growth import derive, percent_change_interval
from factlint.compare.record import Derivation
from factlint.config import Policy
from factlint.link.changes import (
    as_percent_change,
    baseline_span,
    between_years,
    follows_baseline,
    holds_changes,
)
from factlint.link.levels import Levels, level_bounds, levels_for
from factlint.periods import parse_period
from factlint.references import References, load_references
from factlint.references.models import Fact
from factlint.units import parse_unit
from factlint.verdicts.words import derivation_words

BILLION_USD = parse_unit("billion USD")

LEVELS = fact_row("t24", "trade", "CHN", "RUS", "2024", "244.81", "billion USD") + fact_row(
    "t23", "trade", "CHN", "RUS", "2023", "240.11", "billion USD"
)


def _claim(tmp_path: Path, text: str, facts: str = LEVELS) -> tuple[Claim, References]:
    references = load_references(write_references(tmp_path / "refs", facts))
    claims, _ = assemble(make_document(text, dt.date(2025, 1, 21)), references)
    return claims[0], references


@pytest.mark.parametrize(
    ("text", "end", "start"),
    [
        ("China-Russia trade rose 2% in 2024.", "2024", "2023"),
        ("China-Russia trade rose 2% in the third quarter of 2024.", "2024-Q3", "2023-Q3"),
        (
            "China-Russia trade rose 2% quarter on quarter in the third quarter of 2024.",
            "2024-Q3",
            "2024-Q2",
        ),
        ("China-Russia trade rose 2% month on month in December 2024.", "2024-12", "2024-11"),
        (
            "China-Russia trade rose 2% from the previous month in December 2024.",
            "2024-12",
            "2024-11",
        ),
        ("China-Russia trade has risen 60% since 2021.", "2024", "2021"),
        (
            "China-Russia trade rose 5% in January-July 2024 compared with the same period of 2022.",
            "2024-01..2024-07",
            "2022-01..2022-07",
        ),
    ],
)
def test_the_baseline_of_a_change(tmp_path: Path, text: str, end: str, start: str) -> None:
    claim, _ = _claim(tmp_path, text)
    assert str(baseline_span(claim, parse_period(end))) == start


def test_a_range_of_years_is_a_change_from_its_first_year(tmp_path: Path) -> None:
    claim, _ = _claim(tmp_path, "China-Russia trade doubled between 2020 and 2024.")
    moved = between_years(claim)
    assert (str(moved.period), str(moved.baseline)) == ("2024", "2020")


def test_a_growth_fact_serves_only_its_own_baseline(tmp_path: Path) -> None:
    yearly = fact_row("g24", "growth", "CHN", "RUS", "2024", "1.9", "%")
    claim, references = _claim(tmp_path, "China-Russia trade rose 1.9% in 2024 from 2023.", yearly)
    assert follows_baseline(claim, references.facts[0])
    since, _ = _claim(tmp_path, "China-Russia trade has risen 1.9% since 2021.", yearly)
    assert not follows_baseline(since, references.facts[0])


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("China-Russia trade doubled in 2024.", 90.0, 110.0),
        ("China-Russia trade more than doubled in 2024.", 100.0, None),
        ("China-Russia trade nearly doubled in 2024.", 90.0, 100.0),
        ("China-Russia trade halved in 2024.", -52.5, -47.5),
    ],
)
def test_a_multiple_in_words_is_a_percent_change(
    tmp_path: Path, text: str, low: float, high: float | None
) -> None:
    claim, _ = _claim(tmp_path, text)
    change = as_percent_change(claim, Policy())
    assert str(change.unit) == "%"
    assert change.lower == pytest.approx(low)
    assert change.upper == (None if high is None else pytest.approx(high))


def _derived(claim: Claim, metric: str, references: References) -> Derivation:
    levels = levels_for(claim, references.metrics[metric], references)
    assert isinstance(levels, Levels), levels
    return derive(claim, levels, references)


def test_derived_growth_carries_the_rounding_of_both_levels(tmp_path: Path) -> None:
    claim, references = _claim(tmp_path, "China-Russia trade rose 2% in 2024.")
    derived = _derived(claim, "trade", references)
    assert derived.low == pytest.approx((244.805 / 240.115 - 1) * 100)
    assert derived.high == pytest.approx((244.815 / 240.105 - 1) * 100)
    assert derived.value == pytest.approx((244.81 / 240.11 - 1) * 100)
    assert (derived.end.id, derived.start.id) == ("t24", "t23")
    assert "240.11 billion USD in 2023 → 244.81 billion USD in 2024" in derivation_words(derived)


def test_percentage_points_are_a_difference_of_levels(tmp_path: Path) -> None:
    facts = fact_row("r24", "growth", "CHN", "RUS", "2024", "3.9", "%") + fact_row(
        "r23", "growth", "CHN", "RUS", "2023", "3.6", "%"
    )
    claim, references = _claim(
        tmp_path, "China-Russia trade grew 0.3 percentage points in 2024.", facts
    )
    derived = _derived(claim, "growth", references)
    assert derived.points
    assert (derived.low, derived.high) == pytest.approx((0.2, 0.4))


def test_what_cannot_be_derived_is_said(tmp_path: Path) -> None:
    claim, references = _claim(tmp_path, "China-Russia trade has risen 60% since 2021.")
    assert levels_for(claim, references.metrics["trade"], references) == (
        "no level of trade for 2021, the period the change is measured from"
    )
    points, _ = _claim(tmp_path, "China-Russia trade rose 2 percentage points in 2024.")
    assert "cannot be derived from trade" in str(
        levels_for(points, references.metrics["trade"], references)
    )


def test_which_percent_metrics_hold_changes(tmp_path: Path) -> None:
    _, references = _claim(tmp_path, "China-Russia trade rose 2% in 2024.")
    assert holds_changes(references.metrics["growth"])
    assert not holds_changes(references.metrics["trade"])


@given(
    start=st.floats(min_value=1, max_value=1e6),
    ratio=st.floats(min_value=0.1, max_value=10),
    decimals=st.integers(min_value=0, max_value=3),
)
def test_the_derived_interval_holds_the_growth_of_any_levels_that_round_to_the_facts(
    start: float, ratio: float, decimals: int
) -> None:
    def level(period: str, value: float) -> Fact:
        written = f"{value:.{decimals}f}"
        row = {"id": "f", "metric": "trade", "subject": "CHN", "period": period}
        return Fact(
            **row,
            value=written,
            unit="billion USD",
            source="Customs",
            url="https://example.org/f",
            retrieved=dt.date(2025, 1, 1),
        )

    end = start * ratio
    _, a0, b0 = level_bounds(level("2023", start), BILLION_USD, BILLION_USD)
    _, a1, b1 = level_bounds(level("2024", end), BILLION_USD, BILLION_USD)
    low, high = percent_change_interval((a0, b0), (a1, b1))
    assert low - 1e-6 <= (end / start - 1) * 100 <= high + 1e-6
