"""The seed article against the repository's references: the verdicts the issue expects,
and copies with one fact changed that must flag that claim and only that claim."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from factlint.report import Report

EXPECTED = [
    # (claim text, metric, verdict)
    ("Tuesday", "leaders_video_call", "pass"),
    ("47th", "president_ordinal", "pass"),
    ("February 2022", "no_limits_partnership", "pass"),
    ("Beijing", "visit_destination", "pass"),
    ("Ukraine", "troop_deployment", "pass"),
    ("Novo-Ogarevo", "residence", "pass"),
    ("Moscow", "located_near", "pass"),
    ("largest", "trade_partner_rank", "pass"),
    ("$245 billion", "bilateral_trade", "pass"),
    ("fifth largest", "trade_partner_rank", "pass"),
    ("largest", "energy_buyer_rank", "pass"),
    ("top", "oil_export_market_rank", "pass"),
]


def test_seed_gives_the_expected_verdicts(
    check_text: Callable[..., Report], seed_text: str
) -> None:
    report = check_text(seed_text)
    found = [(v.claim.text, v.claim.metric, v.verdict) for v in report.verdicts]
    assert found == EXPECTED
    assert report.summary == {"pass": 12, "flag": 0, "unverified": 0}


def test_seed_explains_the_trade_figure_with_its_source(
    check_text: Callable[..., Report], seed_text: str
) -> None:
    report = check_text(seed_text)
    trade = next(v for v in report.verdicts if v.claim.text == "$245 billion")
    assert "claimed 245 billion USD (rounded: 244.5–245.5)" in trade.explanation
    assert "fact 244.81 billion USD, China General Administration of Customs" in trade.explanation
    assert trade.explanation.endswith("→ pass")
    assert trade.fact is not None and trade.fact.url.startswith("https://")


def test_the_year_that_dates_the_trade_figure_is_not_a_claim(
    check_text: Callable[..., Report], seed_text: str
) -> None:
    report = check_text(seed_text)
    assert [(s.text, s.reason) for s in report.skipped] == [("2024", "period of another claim")]
    assert all(v.claim.text != "2024" for v in report.verdicts)


MUTATIONS = [
    # (original, changed, flagged claim text, reason, severity); a month off by days is a slip
    ("on Tuesday", "on Monday", "Monday", "date", "major"),
    ("the 47th president", "the 46th president", "46th", "rank", "major"),
    ("In February 2022", "In March 2022", "March 2022", "date", "minor"),
    ("In February 2022", "In February 2023", "February 2023", "date", "major"),
    ("residence in Novo-Ogarevo", "residence in Zavidovo", "Zavidovo", "text", "major"),
    ("visit to Beijing", "visit to Shanghai", "Shanghai", "text", "major"),
    ("troops into Ukraine", "troops into Georgia", "Georgia", "text", "major"),
    ("outside Moscow", "outside St Petersburg", "St Petersburg", "text", "major"),
    ("$245 billion", "$254 billion", "$254 billion", "value", "major"),
    ("$245 billion", "$246 billion", "$246 billion", "value", "minor"),
    ("$245 billion", "$245 million", "$245 million", "value", "major"),
    ("fifth largest trading", "fourth largest trading", "fourth largest", "rank", "major"),
    (
        "Russia’s largest trading",
        "Russia’s second-largest trading",
        "second-largest",
        "rank",
        "major",
    ),
    ("the largest consumer", "the third-largest consumer", "third-largest", "rank", "major"),
    ("the top single oil", "the second-biggest single oil", "second-biggest", "rank", "major"),
]


@pytest.mark.parametrize(("original", "changed", "flagged", "reason", "severity"), MUTATIONS)
def test_a_changed_fact_flags_that_claim_and_only_that_claim(
    check_text: Callable[..., Report],
    seed_text: str,
    original: str,
    changed: str,
    flagged: str,
    reason: str,
    severity: str,
) -> None:
    assert seed_text.count(original) == 1
    report = check_text(seed_text.replace(original, changed))
    flags = [v for v in report.verdicts if v.verdict == "flag"]
    assert [(v.claim.text, v.reason, v.severity) for v in flags] == [(flagged, reason, severity)]
    # Claims that took their period or subject from the changed words may lose their
    # fact (unverified); none may be flagged or go missing.
    assert report.summary["pass"] + report.summary["unverified"] == 11


def test_moving_the_trade_year_re_dates_the_claims_that_depend_on_it(
    check_text: Callable[..., Report], seed_text: str
) -> None:
    """The 2023 figure (240.11 billion) contradicts $245 billion; the references hold no
    2023 ranking, so the rank claims dated 2023 by that sentence (and by the next, which
    names no year of its own) are unverified, not passed."""
    report = check_text(seed_text.replace("$245 billion in 2024", "$245 billion in 2023"))
    outcomes = {
        (v.claim.text, v.claim.metric): (v.verdict, str(v.claim.period)) for v in report.verdicts
    }
    assert outcomes[("$245 billion", "bilateral_trade")] == ("flag", "2023")
    assert outcomes[("largest", "trade_partner_rank")] == ("unverified", "2023")
    assert outcomes[("fifth largest", "trade_partner_rank")] == ("unverified", "2023")
    assert report.summary == {"pass": 9, "flag": 1, "unverified": 2}
