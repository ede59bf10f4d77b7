"""claimreview.jsonld: schema.org ClaimReview for each passed or flagged claim, valid
against the schema.org vocabulary and what a fact-check search result needs."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from conftest import with_reviews
from factlint.config import Publisher
from factlint.report import Report
from factlint.report.claimreview import render
from validators import claimreview_problems

DESK = Publisher(
    author="The Data Desk",
    author_url="https://example.org/desk",
    url="https://example.org/factcheck/report.html",
)


def graph(report: Report, publisher: Publisher = DESK) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = json.loads(render(report, publisher))["@graph"]
    return nodes


def test_valid_against_the_schema_org_vocabulary(report: Report) -> None:
    assert claimreview_problems(render(report, DESK)) == []
    person = Publisher(author="A. Analyst", author_type="Person")
    assert claimreview_problems(render(with_reviews(report), person)) == []


def test_one_review_per_passed_or_flagged_claim_that_counts(report: Report) -> None:
    reviewed = with_reviews(report)
    expected = [
        v.claim.id for v in reviewed.verdicts if v.verdict != "unverified" and not v.ignored
    ]
    assert sorted(node["identifier"] for node in graph(reviewed)) == sorted(expected)


def test_a_review_says_what_where_how_wrong_and_who(report: Report) -> None:
    flagged = next(v for v in report.verdicts if v.verdict == "flag")
    [node] = [n for n in graph(report) if n["identifier"] == flagged.claim.id]
    document = report.documents[0]

    assert node["claimReviewed"] == flagged.claim.sentence
    appearance = node["itemReviewed"]["appearance"]
    assert appearance["url"] == document.url == "https://example.com/?a=1&b=2"
    assert appearance["headline"] == document.title
    assert appearance["publisher"]["name"] == document.outlet
    assert node["reviewRating"] == {
        "@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
        "alternateName": "Inaccurate",
    }  # fmt: skip
    assert node["reviewBody"] == flagged.explanation
    assert node["author"] == {
        "@type": "Organization", "name": "The Data Desk", "url": "https://example.org/desk"
    }  # fmt: skip
    assert node["url"] == f"https://example.org/factcheck/report.html#claim-{flagged.claim.id}"
    assert flagged.fact is not None
    assert node["citation"]["url"] == flagged.fact.url


def test_a_pass_is_rated_accurate_and_a_document_without_url_has_no_appearance_url(
    report: Report,
) -> None:
    passed = next(v for v in report.verdicts if v.verdict == "pass" and v.claim.doc == "seed.txt")
    [node] = [n for n in graph(report) if n["identifier"] == passed.claim.id]
    assert node["reviewRating"]["alternateName"] == "Accurate"
    assert node["reviewRating"]["ratingValue"] == 5
    assert "url" not in node["itemReviewed"]["appearance"]


def _misnamed(node: dict[str, Any]) -> None:
    node["rating"] = node.pop("reviewRating")


def _text_for_a_thing(node: dict[str, Any]) -> None:
    node["itemReviewed"] = "a claim"


def _wrong_domain(node: dict[str, Any]) -> None:
    node["appearance"] = node["itemReviewed"].pop("appearance")


def _no_words(node: dict[str, Any]) -> None:
    del node["reviewRating"]["alternateName"]


def _unknown_type(node: dict[str, Any]) -> None:
    node["author"]["@type"] = "Newsroom"


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (_misnamed, ".rating: not a schema.org property"),
        (_text_for_a_thing, "'a claim' where itemReviewed takes"),
        (_wrong_domain, ".appearance: not a property of ClaimReview"),
        (_no_words, "reviewRating: no alternateName"),
        (_unknown_type, "@type 'Newsroom' is not a schema.org type"),
    ],
)
def test_the_check_catches_what_schema_org_or_search_engines_reject(
    report: Report, change: Callable[[dict[str, Any]], None], complaint: str
) -> None:
    document = json.loads(render(report, DESK))
    change(document["@graph"][0])
    problems = claimreview_problems(json.dumps(document))
    assert any(complaint in problem for problem in problems), problems


def test_rendering_is_deterministic(report: Report) -> None:
    rebuilt = Report.model_validate(report.model_dump())
    assert render(report, DESK) == render(rebuilt, DESK)
