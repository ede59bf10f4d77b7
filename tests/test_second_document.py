"""A second, unrelated article (Voice of America on the 2018 US trade deficit) with its
own reference rows, so the code is not tuned to the seed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from factlint.report import Report

ARTICLE = Path(__file__).resolve().parent.parent / "seeds" / "voa-us-trade-gap-2018.txt"
PUBLISHED = dt.date(2019, 3, 6)


@pytest.fixture(scope="module")
def article() -> str:
    return ARTICLE.read_text(encoding="utf-8")


def test_every_checkable_claim_passes_but_a_record_the_series_cannot_show(
    check_text: Callable[..., Report], article: str
) -> None:
    report = check_text(article, PUBLISHED)
    found = [
        (v.claim.text, v.claim.metric, str(v.claim.period), v.verdict) for v in report.verdicts
    ]
    assert found == [
        ("$891.3 billion", "goods_trade_deficit", "2018", "pass"),
        # "the highest since 2008": the references hold 2017 and 2018 alone, not the
        # years since 2008 a desk would check
        ("$621 billion", "goods_services_trade_deficit", "2018", "unverified"),
        ("2.1 percent", "imports_mom_change", "2018-12", "pass"),
        ("1.9 percent", "exports_mom_change", "2018-12", "pass"),
    ]


def test_since_2008_is_a_baseline_not_the_claims_period(
    check_text: Callable[..., Report], article: str
) -> None:
    report = check_text(article, PUBLISHED)
    reasons = {s.text: s.reason for s in report.skipped}
    assert reasons["2008"] == "starting point of a comparison, not a claim"
    assert reasons["December"] == "period of another claim"


@pytest.mark.parametrize(
    ("original", "changed", "expected"),
    [
        ("$891.3 billion", "$819.3 billion", {"$819.3 billion": "flag"}),
        ("$621 billion", "$612 billion", {"$612 billion": "flag"}),
        (
            "imports rose 2.1 percent",
            "imports rose 3.1 percent",
            {"3.1 percent": "flag", "1.9 percent": "pass"},
        ),
        (
            "rose 2.1 percent, while exports to other countries dropped 1.9",
            "rose 1.9 percent, while exports to other countries dropped 2.1",
            {"1.9 percent": "flag", "2.1 percent": "flag"},
        ),
        ("dropped 1.9 percent", "rose 1.9 percent", {"1.9 percent": "flag"}),
    ],
)
def test_changed_figures_are_flagged(
    check_text: Callable[..., Report],
    article: str,
    original: str,
    changed: str,
    expected: dict[str, str],
) -> None:
    assert article.count(original) == 1
    report = check_text(article.replace(original, changed), PUBLISHED)
    verdicts = {v.claim.text: v.verdict for v in report.verdicts}
    for text, verdict in expected.items():
        assert verdicts[text] == verdict
    assert report.summary["flag"] == list(expected.values()).count("flag")
