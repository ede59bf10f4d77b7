"""Linking: which facts a claim may be compared with, and why the others may not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import fact_row, make_document, write_references
from factlint.claims.assemble import assemble
from factlint.link.choose import select
from factlint.link.screen import screen
from factlint.references import load_references


@pytest.fixture
def linked(tmp_path: Path) -> Callable[[str, str], list[str]]:
    def run(sentence: str, facts: str) -> list[str]:
        references = load_references(write_references(tmp_path / "refs", facts))
        claims, _ = assemble(make_document(sentence), references)
        return [fact.id for fact in select(claims[0], references).chosen]

    return run


def test_symmetric_metrics_accept_either_order(linked: Callable[[str, str], list[str]]) -> None:
    facts = fact_row("a", "trade", "RUS", "CHN", "2024", "244.81", "billion USD")
    assert linked("China-Russia trade reached $245 billion in 2024.", facts) == ["a"]


def test_asymmetric_roles_must_match(linked: Callable[[str, str], list[str]]) -> None:
    facts = fact_row("a", "partner_rank", "CHN", "RUS", "2024", "1", "rank") + fact_row(
        "b", "partner_rank", "RUS", "CHN", "2024", "5", "rank"
    )
    assert linked("Russia is China's fifth-largest trading partner in 2024.", facts) == ["b"]
    assert linked("China is Russia's largest trading partner in 2024.", facts) == ["a"]


def test_flows_need_the_same_period(linked: Callable[[str, str], list[str]]) -> None:
    facts = fact_row("year", "trade", "CHN", "RUS", "2024", "244.81", "billion USD") + fact_row(
        "part", "trade", "CHN", "RUS", "2024-01..2024-11", "222", "billion USD"
    )
    assert linked("China-Russia trade reached $245 billion in 2024.", facts) == ["year"]
    assert linked("China-Russia trade reached $222 billion in January-November 2024.", facts) != [
        "year"
    ]


def test_states_hold_over_a_covering_period(linked: Callable[[str, str], list[str]]) -> None:
    facts = fact_row("since", "partner_rank", "CHN", "RUS", "2010..", "1", "rank")
    assert linked("China is Russia's largest trading partner in 2024.", facts) == ["since"]


def test_without_a_year_the_latest_fact_before_publication_is_taken(
    linked: Callable[[str, str], list[str]],
) -> None:
    facts = "".join(
        fact_row(f"r{year}", "partner_rank", "CHN", "RUS", str(year), "1", "rank")
        for year in (2022, 2023, 2024, 2025)
    )
    assert linked("China is Russia's largest trading partner.", facts) == ["r2024"]


def test_unit_dimension_must_fit(linked: Callable[[str, str], list[str]]) -> None:
    facts = fact_row("a", "growth", "CHN", "RUS", "2024", "1.9", "%")
    assert linked("China-Russia trade grew 1.9% in 2024.", facts) == ["a"]
    assert linked("China-Russia trade grew 1.9 percentage points in 2024.", facts) == []


def test_screen_says_why_a_fact_does_not_fit(tmp_path: Path) -> None:
    references = load_references(
        write_references(
            tmp_path / "refs", fact_row("a", "trade", "CHN", "IND", "2023", "118", "billion USD")
        )
    )
    claims, _ = assemble(
        make_document("China-Russia trade reached $245 billion in 2024."), references
    )
    screening = screen(claims[0], references.facts[0], references)
    assert screening.mismatches == (
        "entities: IND not in the sentence",
        "period: fact is for 2023, claim for 2024",
    )


EXPORTS = fact_row("ru-cn", "exports", "RUS", "CHN", "2024", "129.32", "billion USD") + fact_row(
    "cn-ru", "exports", "CHN", "RUS", "2024", "115.49", "billion USD"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia's exports to China reached $129 billion in 2024.", ["ru-cn"]),
        ("Russian exports to China reached $129 billion in 2024.", ["ru-cn"]),
        ("China's exports to Russia reached $115 billion in 2024.", ["cn-ru"]),
        ("Exports from China to Russia reached $115 billion in 2024.", ["cn-ru"]),
        ("China and Russia said exports reached $115 billion in 2024.", ["cn-ru", "ru-cn"]),
    ],
)
def test_directed_amounts_follow_the_wording(
    linked: Callable[[str, str], list[str]], sentence: str, expected: list[str]
) -> None:
    assert linked(sentence, EXPORTS) == expected


def test_an_unnamed_object_is_understood_when_only_one_fits(
    linked: Callable[[str, str], list[str]],
) -> None:
    one_partner = fact_row("a", "exports", "RUS", "CHN", "2024", "129.32", "billion USD")
    assert linked("Russia's exports reached $129 billion in 2024.", one_partner) == ["a"]
    assert (
        linked(
            "Russia's exports reached $129 billion in 2024.",
            EXPORTS + fact_row("b", "exports", "RUS", "IND", "2024", "65", "billion USD"),
        )
        == []
    )


def test_a_fiscal_year_links_twelve_months_ending_in_it_never_the_calendar_year(
    linked: Callable[[str, str], list[str]],
) -> None:
    facts = (
        fact_row("fy", "exports", "IND", "RUS", "2023-04..2024-03", "4.26", "billion USD")
        + fact_row("next", "exports", "IND", "RUS", "2024-04..2025-03", "4.9", "billion USD")
        + fact_row("cal", "exports", "IND", "RUS", "2024", "4.8", "billion USD")
    )
    assert linked("India's exports to Russia reached $4.26 billion in fiscal 2024.", facts) == [
        "fy"
    ]
    assert linked("India's exports to Russia reached $4.26 billion in FY2023-24.", facts) == ["fy"]
    assert linked("India's exports to Russia reached $4.8 billion in 2024.", facts) == ["cal"]


def test_screening_says_why_a_calendar_year_is_not_the_fiscal_year(tmp_path: Path) -> None:
    facts = fact_row("cal", "exports", "IND", "RUS", "2024", "4.8", "billion USD")
    references = load_references(write_references(tmp_path / "refs", facts))
    text = "India's exports to Russia reached $4.8 billion in fiscal 2024."
    claim = assemble(make_document(text), references)[0][0]
    assert str(claim.period) == "FY2024"
    assert screen(claim, references.facts[0], references).mismatches == (
        "period: 2024 is not the fiscal year FY2024",
    )
