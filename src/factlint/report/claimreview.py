"""claimreview.jsonld: schema.org ClaimReview records, the form fact-check search
results and aggregators read.

One ClaimReview per passed or flagged claim: an unverified claim was not reviewed, and
one an analyst ignored is left out on purpose. Each says what was claimed (the sentence),
where it appeared (the document's url, title, outlet and date from documents.csv), the
rating in words and on a 1–5 scale, the explanation, and the reference fact it was held
against. Who stands behind the reviews comes from the settings
(``[tool.factlint.claimreview]``); nothing depends on the clock, so reruns are identical.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from factlint.config import Publisher
from factlint.report._format import is_web_link
from factlint.report._json import list_items, placeholder, spliced
from factlint.report.model import DocumentInfo, Report
from factlint.report.parts import DocumentResult, RunInfo, Section, Totals, render_report
from factlint.verdicts.model import FactRef, Verdict

BEST, WORST = 5, 1


def rating(verdict: Verdict) -> tuple[int, str]:
    """The rating on the 1–5 scale, and in words (what search results show)."""
    if verdict.verdict == "pass":
        return 5, "Accurate"
    if verdict.reason == "ambiguous":
        return 2, "Sources disagree"
    if verdict.severity == "minor":
        return 3, "Slightly inaccurate"
    return 1, "Inaccurate"


def _appearance(info: DocumentInfo | None) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if info is None:
        return work
    if info.url and is_web_link(info.url):
        work["url"] = info.url
    if info.title:
        work["headline"] = info.title
    if info.published:
        work["datePublished"] = info.published
    if info.outlet:
        work["publisher"] = {"@type": "Organization", "name": info.outlet}
    return work


def _citation(fact: FactRef) -> dict[str, Any]:
    cited: dict[str, Any] = {"@type": "CreativeWork", "name": fact.source, "identifier": fact.id}
    if is_web_link(fact.url):
        cited["url"] = fact.url
    return cited


def _author(publisher: Publisher) -> dict[str, Any]:
    author: dict[str, Any] = {"@type": publisher.author_type, "name": publisher.author}
    if publisher.author_url:
        author["url"] = publisher.author_url
    return author


def review(verdict: Verdict, info: DocumentInfo | None, publisher: Publisher) -> dict[str, Any]:
    value, words = rating(verdict)
    node: dict[str, Any] = {"@type": "ClaimReview"}
    if publisher.url:
        node["url"] = f"{publisher.url}#claim-{verdict.claim.id}"
    node.update(
        {
            "identifier": verdict.claim.id,
            "claimReviewed": verdict.claim.sentence,
            "itemReviewed": {"@type": "Claim", "appearance": _appearance(info)},
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": value,
                "bestRating": BEST,
                "worstRating": WORST,
                "alternateName": words,
            },
            "reviewBody": verdict.explanation,
            "author": _author(publisher),
        }
    )
    if verdict.fact is not None:
        node["citation"] = _citation(verdict.fact)
    return node


NAME = "claimreview.jsonld"
SEPARATORS = {"graph": ",\n"}
_DEPTH = 2  # {"@graph": [ ... ]}


def document_parts(result: DocumentResult, run: RunInfo) -> dict[str, str]:
    publisher = run.publisher
    if publisher is None:
        raise ValueError("ClaimReview records need a publisher (config.publisher_of)")
    graph = [
        review(verdict, result.info, publisher)
        for verdict in result.verdicts
        if verdict.verdict in ("pass", "flag") and not verdict.ignored
    ]
    return {"graph": list_items(graph, _DEPTH)}


def assemble(totals: Totals, section: Section) -> Iterator[str]:
    skeleton = {"@context": "https://schema.org", "@graph": placeholder("graph")}
    return spliced(skeleton, {"graph": [section("graph")]}, _DEPTH)


def render(report: Report, publisher: Publisher) -> str:
    return render_report(sys.modules[__name__], report, publisher)
