"""factlint.explain: one claim's interval, every candidate fact with why it did or did not
match, and the arithmetic; claim ids by unique prefix, friendly errors otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

import factlint
from conftest import ENTITIES, METRICS, fact_row, make_document, write_references
from factlint.explain import Candidate, Explanation, find_claim
from factlint.references import References, load_references

TEXT = "According to Russian data, China-Russia trade reached $237 billion in 2024.\n"
FACTS = "".join([
    fact_row("cn24", "trade", "CHN", "RUS", "2024", "244.81", "billion USD", "China customs"),
    fact_row("ru24", "trade", "CHN", "RUS", "2024", "237.2", "billion USD", "Russian customs"),
    fact_row("ru23", "trade", "CHN", "RUS", "2023", "240.1", "billion USD", "Russian customs"),
    fact_row("in24", "trade", "IND", "RUS", "2024", "65.7", "billion USD", "Indian customs"),
    fact_row("cny24", "trade", "CHN", "RUS", "2024", "1760", "billion CNY", "Russian customs"),
    fact_row("gas24", "gas", "RUS", "CHN", "2024", "31", "bcm"),
])  # fmt: skip


@pytest.fixture
def references(tmp_path: Path) -> References:
    return load_references(write_references(tmp_path, FACTS))


@pytest.fixture
def explained(references: References) -> Explanation:
    report = factlint.check([make_document(TEXT)], references)
    (verdict,) = report.verdicts
    return factlint.explain(verdict.claim.id[:4], [make_document(TEXT)], references)


def candidate(explanation: Explanation, fact_id: str) -> Candidate:
    return next(c for c in explanation.candidates if c.fact.id == fact_id)


def test_the_claim_and_its_interval(explained: Explanation) -> None:
    assert explained.claim.text == "$237 billion"
    assert explained.location == "doc.txt:1:55"
    assert explained.interval == "rounded: 236.5–237.5"
    assert explained.verdict.verdict == "pass"


def test_the_fact_compared_shows_the_arithmetic(explained: Explanation) -> None:
    compared = [c for c in explained.candidates if c.status == "compared"]
    assert [c.fact.id for c in compared] == ["ru24"]
    assert compared[0].outcome == "237.2 billion USD lies within rounded: 236.5–237.5 → holds"


def test_every_fact_of_the_metric_says_why_it_did_not_match(explained: Explanation) -> None:
    assert candidate(explained, "ru23").why == ["period: fact is for 2023, claim for 2024"]
    assert candidate(explained, "in24").why == ["entities: IND not in the sentence"]
    assert [c.status for c in explained.candidates if c.metric == "gas"] == []
    assert candidate(explained, "cn24").status == "set aside"
    assert candidate(explained, "cn24").why == [
        "source: the claim cites Russian data; this is China customs"
    ]
    assert candidate(explained, "cny24").why == [
        "unit: a fact in the claim's own currency is used (billion USD)"
    ]


def test_candidates_come_compared_first(explained: Explanation) -> None:
    statuses = [c.status for c in explained.candidates]
    assert statuses == sorted(statuses, key=["compared", "set aside", "no match"].index)
    assert len(explained.candidates) == 5  # every trade fact


def test_the_text_rendering_has_every_part(explained: Explanation) -> None:
    text = explained.render()
    assert text.startswith(f"claim {explained.claim.id} at doc.txt:1:55: '$237 billion'\n")
    for part in (
        "  interval: rounded: 236.5–237.5\n",
        "  source named: Russian data\n",
        "compared (1):\n  ru24 [trade] 237.2 billion USD, period 2024, Russian customs\n",
        "set aside (2):\n",
        "no match (2):\n",
        "    period: fact is for 2023, claim for 2024\n",
        "verdict: pass\n",
    ):
        assert part in text


def test_a_flag_shows_the_distance_outside(references: References) -> None:
    text = "China-Russia trade reached $254 billion in 2024, Chinese customs said.\n"
    report = factlint.check([make_document(text)], references)
    (verdict,) = report.verdicts
    explanation = factlint.explain(verdict.claim.id, [make_document(text)], references)
    assert candidate(explanation, "cn24").outcome == (
        "244.81 billion USD is outside rounded: 253.5–254.5, 8.69 billion USD outside → contradicts"
    )
    assert explanation.render().split("verdict: ")[1].startswith("flag (value, major)")


def test_a_pinned_claim_shows_the_pin_and_what_it_overrides(
    tmp_path: Path, references: References
) -> None:
    report = factlint.check([make_document(TEXT)], references)
    claim_id = report.verdicts[0].claim.id
    reviews = tmp_path / "reviews.csv"
    reviews.write_text(
        f"claim_id,action,fact_id,reason,reviewer,date\n{claim_id},link,ru23,about 2023,A. B.,\n",
        encoding="utf-8",
    )
    explanation = factlint.explain(claim_id, [make_document(TEXT)], references, reviews=reviews)
    pinned = candidate(explanation, "ru23")
    assert pinned.status == "compared"
    assert pinned.why == [
        "review: pinned by review, despite: period: fact is for 2023, claim for 2024"
    ]
    assert candidate(explanation, "ru24").why == ["review: a review pins the claim to another fact"]
    assert "  review: pinned to ru23 by review (A. B.): about 2023\n" in explanation.render()


def test_an_unknown_id_is_a_friendly_error_with_a_suggestion(references: References) -> None:
    report = factlint.check([make_document(TEXT)], references)
    claim_id = report.verdicts[0].claim.id
    typo = claim_id[:6] + ("0" if claim_id[6] != "0" else "1")
    with pytest.raises(factlint.ClaimNotFoundError, match=f"did you mean {claim_id}"):
        factlint.explain(typo, [make_document(TEXT)], references)
    with pytest.raises(factlint.ClaimNotFoundError, match=f"did you mean {claim_id}"):
        factlint.explain("$237 billion", [make_document(TEXT)], references)
    assert issubclass(factlint.ClaimNotFoundError, factlint.FactlintError)


def test_a_prefix_of_several_ids_lists_them(references: References) -> None:
    text = "China-Russia trade reached $237 billion in 2024. India-Russia trade hit $66 billion in 2024."
    first, second = (v.claim for v in factlint.check([make_document(text)], references).verdicts)
    claims = [first.model_copy(update={"id": "abc1"}), second.model_copy(update={"id": "abc2"})]
    with pytest.raises(factlint.ClaimNotFoundError) as caught:
        find_claim("ab", claims)
    assert str(caught.value) == (
        "claim id 'ab' is the start of 2 claims: abc1 ('$237 billion', doc.txt:1:28); "
        "abc2 ('$66 billion', doc.txt:1:73); type more of the id"
    )
    assert find_claim("ABC2", claims).text == "$66 billion"
    with pytest.raises(factlint.ClaimNotFoundError, match="no claim with id ''"):
        find_claim("", claims)


def _explained(report: factlint.Report, references: References, text: str) -> Explanation:
    from conftest import DESK_PUBLISHED, DESK_TEXT

    claim = next(v.claim for v in report.verdicts if v.claim.text == text)
    document = make_document(DESK_TEXT, DESK_PUBLISHED)
    return factlint.explain(claim.id, [document], references)


def test_a_superseded_figure_shows_each_estimate_and_when_it_came_out(
    desk_report: factlint.Report, desk_references: References
) -> None:
    explained = _explained(desk_report, desk_references, "275,000")
    rendered = explained.render()
    assert (explained.verdict.verdict, explained.verdict.reason) == ("flag", "superseded")
    assert (
        "p-feb-second [payrolls] 270 thousand jobs, period 2024-02, Bureau of Labor Statistics "
        "(second estimate, published 2024-04-05)" in rendered
    )
    first = candidate(explained, "p-feb-first")
    assert first.status == "set aside"
    assert first.why == ["vintage: replaced on 2024-04-05 by p-feb-second, by the document's "
                         "date (2024-04-10)"]  # fmt: skip
    assert "lies within" in first.outcome and first.outcome.endswith("→ holds")
    assert "verdict: flag (superseded, minor)" in rendered


def test_a_claim_s_terms_and_the_facts_of_other_bases_are_shown(
    desk_report: factlint.Report, desk_references: References
) -> None:
    explained = _explained(desk_report, desk_references, "0.4%")
    rendered = explained.render()
    assert "  terms: month on month\n" in rendered
    other = candidate(explained, "cpi-mar-yoy")
    assert other.status == "no match"
    assert other.why == ["basis: the claim is month on month, the fact year on year"]


def test_an_expectation_says_so_and_names_who_made_the_fact(
    desk_report: factlint.Report, desk_references: References
) -> None:
    explained = _explained(desk_report, desk_references, "$5.0 billion")
    rendered = explained.render()
    assert "  an expectation (consensus): compared with expectations only\n" in rendered
    assert "LSEG (consensus of analysts polled by LSEG)" in rendered
    assert explained.verdict.verdict == "pass"
    assert "never with the outcome" in explained.verdict.explanation


def test_a_comparison_shows_both_entities_facts_and_the_relation(tmp_path: Path) -> None:
    entities = "ESP,Spain,country,Spanish\nITA,Italy,country,Italian\n"
    metrics = "gdp_growth,Real GDP growth,percent,%,growth|grew,false\n"
    facts = fact_row("es24", "gdp_growth", "ESP", "", "2024", "2.7", "%", "INE") + fact_row(
        "it24", "gdp_growth", "ITA", "", "2024", "0.7", "%", "Istat"
    )
    folder = write_references(
        tmp_path, facts, metrics=METRICS + metrics, entities=ENTITIES + entities
    )
    document = make_document("Italy grew faster than Spain in 2024.")
    (verdict,) = factlint.check([document], folder).verdicts
    explained = factlint.explain(verdict.claim.id, [document], folder)
    assert explained.interval == "the order of two entities' figures"
    assert "  relation: ITA 'faster than Spain' (gdp_growth, as changes)" in explained.render()
    assert [(c.fact.id, c.outcome) for c in explained.candidates if c.status == "compared"] == [
        ("es24", "the other's figure (ESP) for 2024"),
        ("it24", "the subject's figure (ITA) for 2024"),
    ]
    assert verdict.explanation.endswith(
        "2024: ITA 0.7 % (Istat) below ESP 2.7 % (INE), not above it beyond their rounding"
        " → flag (comparison, major, ITA not above ESP in 2024)"
    )
    relation = verdict.evidence.comparison.relation if verdict.evidence.comparison else None
    assert relation is not None and relation.holds is False
    assert [s.entity for s in verdict.evidence.link.pair] == ["ITA", "ESP"]  # type: ignore[union-attr]


def test_a_record_lists_the_series_it_is_held_against(tmp_path: Path) -> None:
    facts = "".join(
        fact_row(f"t{year}", "trade", "CHN", "RUS", str(year), value, "billion USD")
        for year, value in ((2024, "244.81"), (2023, "240.11"), (2021, "146.88"))
    )
    folder = write_references(tmp_path, facts)
    document = make_document("China-Russia trade hit $245 billion in 2024, the highest since 2021.")
    (verdict,) = factlint.check([document], folder).verdicts
    explained = factlint.explain(verdict.claim.id, [document], folder)
    assert "  record: highest since 2021" in explained.render()
    assert candidate(explained, "t2023").why[-1] == (
        "series: an earlier period of the series the record is held against"
    )
    assert verdict.verdict == "unverified"
    assert verdict.explanation.endswith(
        "the highest since 2021: 1 of 2 periods on file; missing 2022 → unverified"
    )
