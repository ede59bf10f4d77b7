"""Sources: which publisher a claim's hint names, and how a verdict's explanation speaks of
the sources it rests on. The verdicts themselves are in verdict_cases/sources.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

import factlint
from conftest import ENTITIES, fact_row, make_document, write_references
from factlint.claims.model import Claim
from factlint.link.sources import cites_a_publisher, hinted, names_entity
from factlint.references import References, load_references
from factlint.references.models import Entity

CUSTOMS = [
    "China General Administration of Customs",
    "Russian Federal Customs Service",
    "Russian Ministry of Economic Development",
    "US Census Bureau",
    "General Administration of Customs of China (GACC)",
]
USA = "USA,United States,country,US|American|Washington\n"


@pytest.fixture
def references(tmp_path: Path) -> References:
    facts = fact_row("t", "trade", "CHN", "RUS", "2024", "244.81", "billion USD")
    return load_references(write_references(tmp_path, facts, entities=ENTITIES + USA))


def claim_of(text: str, references: References) -> Claim:
    claims, _ = factlint.assemble(make_document(text), references)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    ("source", "named"),
    [
        ("Russian Federal Customs Service", True),  # a demonym
        ("Federal Customs Service of Russia", True),  # the name
        ("Russia's customs service", True),  # a possessive
        ("Kremlin press office", True),  # a metonym
        ("Belarusian statistics office", False),  # letters inside another word
        ("Prussian archives", False),
    ],
)
def test_a_source_names_an_entity_by_whole_words(source: str, named: bool) -> None:
    russia = Entity(id="RUS", name="Russia", kind="country", aliases=["Russian", "Kremlin"])
    assert names_entity(source, russia) is named


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("According to Chinese data, China-Russia trade reached $245 billion in 2024.",
         ["China General Administration of Customs", "General Administration of Customs of China (GACC)"]),
        ("Russian customs said China-Russia trade reached $237 billion in 2024.",
         ["Russian Federal Customs Service"]),
        ("According to US data, China-Russia trade reached $245 billion in 2024.",
         ["US Census Bureau"]),
        ("According to GACC, China-Russia trade reached $245 billion in 2024.",
         ["General Administration of Customs of China (GACC)"]),
        ("According to the economic development ministry, China-Russia trade reached $245 billion in 2024.",
         ["Russian Ministry of Economic Development"]),
        ("According to the IMF, China-Russia trade reached $245 billion in 2024.", []),
        ("China-Russia trade reached $245 billion in 2024.", []),
    ],
)  # fmt: skip
def test_a_hint_names_the_sources_it_means(
    sentence: str, expected: list[str], references: References
) -> None:
    assert hinted(claim_of(sentence, references), CUSTOMS, references) == expected


def test_a_speaker_is_not_a_publisher_but_a_customs_service_is(references: References) -> None:
    speaker = claim_of("Lavrov said China-Russia trade reached $245 billion in 2024.", references)
    customs = claim_of(
        "Russian customs said China-Russia trade reached $245 billion in 2024.", references
    )
    assert speaker.source_hint and not cites_a_publisher(speaker)
    assert cites_a_publisher(customs)


def explanation(tmp_path: Path, text: str, *rows: tuple[str, str, str]) -> factlint.Verdict:
    facts = "".join(
        fact_row(i, "trade", "CHN", "RUS", "2024", value, "billion USD", source)
        for i, value, source in rows
    )
    report = factlint.check([make_document(text)], write_references(tmp_path, facts))
    (verdict,) = report.verdicts
    return verdict


def test_agreeing_sources_are_each_named(tmp_path: Path) -> None:
    verdict = explanation(
        tmp_path,
        "China-Russia trade reached $245 billion in 2024.",
        ("cn", "244.81", "China customs"),
        ("ru", "244.9", "Russian customs"),
    )
    assert verdict.verdict == "pass"
    assert "China customs" in verdict.explanation and "Russian customs" in verdict.explanation
    assert verdict.explanation.endswith("; 2 sources agree → pass")
    assert [f.id for f in verdict.facts] == ["cn", "ru"]


def test_disagreeing_sources_are_listed_with_their_values(tmp_path: Path) -> None:
    verdict = explanation(
        tmp_path,
        "China-Russia trade reached $245 billion in 2024.",
        ("cn", "244.81", "China customs"),
        ("ru", "237.2", "Russian customs"),
    )
    assert (verdict.verdict, verdict.reason) == ("flag", "ambiguous")
    assert "244.81 billion USD, China customs" in verdict.explanation
    assert "237.2 billion USD, Russian customs" in verdict.explanation
    assert "(holds)" in verdict.explanation and "(contradicts)" in verdict.explanation


def test_a_cited_source_with_no_fact_is_said_so(tmp_path: Path) -> None:
    verdict = explanation(
        tmp_path,
        "According to the IMF, China-Russia trade reached $245 billion in 2024.",
        ("cn", "244.81", "China customs"),
    )
    assert verdict.verdict == "pass"
    assert verdict.explanation.endswith(
        "the claim cites the IMF, which no fact comes from; compared with China customs → pass"
    )


def test_the_named_source_is_the_evidence(tmp_path: Path) -> None:
    verdict = explanation(
        tmp_path,
        "Russian customs said China-Russia trade reached $237 billion in 2024.",
        ("cn", "244.81", "China customs"),
        ("ru", "237.2", "Russian customs"),
    )
    assert verdict.verdict == "pass"
    assert verdict.fact is not None and verdict.fact.id == "ru"
    assert "China customs" not in verdict.explanation
